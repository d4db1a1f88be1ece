'use strict';

// Preload (node -r) that replaces node's web globals with Mosaic's
// implementations, so the Mosaic-side tests in core/test/js can be run
// against them under the system node:
//
//   node -r tests/web-globals-under-node/lib/install-mosaic-globals.js \
//        core/test/js/test-eventtarget-once.js
//
// MOSAIC_BLOCK_ASSERT=1 also makes require('assert') fail, as on a bare
// Mosaic core, to exercise the tests' built-in fallback.

const { mosaicGlobals } = require('./globals');

const M = mosaicGlobals();
for (const name of ['Event', 'CustomEvent', 'EventTarget', 'AbortController', 'AbortSignal',
                    'DOMException', 'TextEncoder', 'TextDecoder', 'atob', 'btoa',
                    'performance', 'PerformanceEntry', 'PerformanceMark',
                    'PerformanceMeasure', 'structuredClone']) {
  Object.defineProperty(globalThis, name, {
    value: M[name], writable: true, configurable: true, enumerable: false,
  });
}

if (process.env.MOSAIC_BLOCK_ASSERT === '1') {
  const Module = require('module');
  const original = Module._load;
  Module._load = function(request, ...rest) {
    if (request === 'assert' || request === 'node:assert' || request === 'assert/strict') {
      const err = new Error(`No such built-in module: ${request}`);
      err.code = 'ERR_UNKNOWN_BUILTIN_MODULE';
      throw err;
    }
    return original.call(this, request, ...rest);
  };
}
