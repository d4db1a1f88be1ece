'use strict';

// Preload (node --expose-internals -r ./use-plugin.js script.js) that makes
// require('buffer') / require('node:buffer') and the global Buffer the
// plugin's, so the test/ scripts can run against it under node.

const Module = require('module');
const { loadPlugin } = require('./load');

const plugin = loadPlugin();
const originalLoad = Module._load;
Module._load = function load(request, parent, isMain) {
  if (request === 'buffer' || request === 'node:buffer') return plugin;
  return originalLoad.call(this, request, parent, isMain);
};
Object.defineProperty(globalThis, 'Buffer', {
  value: plugin.Buffer, writable: true, configurable: true, enumerable: false,
});
