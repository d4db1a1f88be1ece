'use strict';
// Installs the globals every script sees. Anything not needed to start is
// defined lazily: it is loaded on first access and then becomes a plain
// writable property, as the global is in node.

// `enumerable` globals are the ones node lists in Object.keys(globalThis).
function defineLazy(global, name, load, enumerable = false) {
  const define = (value) => Object.defineProperty(global, name, {
    __proto__: null, value, writable: true, configurable: true, enumerable,
  });
  Object.defineProperty(global, name, {
    __proto__: null,
    configurable: true,
    enumerable,
    get() {
      const value = load();
      define(value);
      return value;
    },
    set: define,
  });
}

function defineValue(global, name, value, enumerable = false) {
  Object.defineProperty(global, name, {
    __proto__: null, value, writable: true, configurable: true, enumerable,
  });
}

// Node's global WHATWG stream classes (CompressionStream and
// DecompressionStream come with the zlib plugin, below).
const kWebStreamGlobals = [
  'ReadableStream', 'ReadableStreamDefaultReader', 'ReadableStreamBYOBReader',
  'ReadableStreamBYOBRequest', 'ReadableByteStreamController', 'ReadableStreamDefaultController',
  'TransformStream', 'TransformStreamDefaultController', 'WritableStream',
  'WritableStreamDefaultWriter', 'WritableStreamDefaultController', 'ByteLengthQueuingStrategy',
  'CountQueuingStrategy', 'TextEncoderStream', 'TextDecoderStream',
];

function install(global, process) {
  // Object.keys(globalThis) in node: exactly these, in this order.
  defineValue(global, 'global', global, true);
  const timers = require('internal/timers');
  for (const name of ['clearImmediate', 'setImmediate', 'clearInterval', 'clearTimeout', 'setInterval', 'setTimeout']) {
    defineValue(global, name, timers[name], true);
  }
  defineValue(global, 'queueMicrotask', require('internal/process/task_queues').queueMicrotask, true);
  // Rest arguments keep .length 0 and let the implementation see how many
  // arguments were passed (ERR_MISSING_ARGS), as in node.
  defineValue(global, 'structuredClone', function structuredClone(...args) {
    return require('internal/structured_clone').structuredClone(...args);
  }, true);
  const lazy = (id, name) => () => require(id)[name];
  defineLazy(global, 'atob', lazy('internal/base64', 'atob'), true);
  defineLazy(global, 'btoa', lazy('internal/base64', 'btoa'), true);
  defineLazy(global, 'performance', lazy('internal/performance', 'performance'), true);
  // Globals that come from plugins: in a runtime composed without the
  // plugin they are undefined (feature tests like `typeof Buffer` keep
  // working).
  const fromPlugin = (id, name) => () => {
    try {
      return require(id)[name];
    } catch (err) {
      if (err.code === 'ERR_MOSAIC_PLUGIN_MISSING') return undefined;
      throw err;
    }
  };
  // Web Crypto's entry point (getRandomValues, randomUUID, subtle).
  defineLazy(global, 'crypto', fromPlugin('crypto', 'webcrypto'), true);

  Object.defineProperty(global, Symbol.toStringTag, {
    __proto__: null, value: 'global', writable: false, enumerable: false, configurable: true,
  });
  defineValue(global, 'process', process);
  defineLazy(global, 'console', () => {
    const { createGlobalConsole } = require('internal/console');
    return createGlobalConsole(process.stdout, process.stderr);
  });

  defineLazy(global, 'TextEncoder', lazy('internal/encoding', 'TextEncoder'));
  defineLazy(global, 'TextDecoder', lazy('internal/encoding', 'TextDecoder'));
  defineLazy(global, 'AbortController', lazy('internal/abort_controller', 'AbortController'));
  defineLazy(global, 'AbortSignal', lazy('internal/abort_controller', 'AbortSignal'));
  defineLazy(global, 'Event', lazy('internal/event_target', 'Event'));
  defineLazy(global, 'EventTarget', lazy('internal/event_target', 'EventTarget'));
  defineLazy(global, 'CustomEvent', lazy('internal/event_target', 'CustomEvent'));
  defineLazy(global, 'DOMException', lazy('internal/dom_exception', 'DOMException'));
  for (const name of ['Performance', 'PerformanceEntry', 'PerformanceMark', 'PerformanceMeasure']) {
    defineLazy(global, name, lazy('internal/performance', name));
  }
  for (const name of kWebStreamGlobals) defineLazy(global, name, lazy('internal/webstreams', name));
  defineLazy(global, 'URL', lazy('internal/url', 'URL'));
  defineLazy(global, 'URLSearchParams', lazy('internal/url', 'URLSearchParams'));
  for (const name of ['Buffer', 'Blob', 'File']) defineLazy(global, name, fromPlugin('buffer', name));
  for (const name of ['PerformanceObserver', 'PerformanceObserverEntryList',
                      'PerformanceResourceTiming']) {
    defineLazy(global, name, fromPlugin('perf_hooks', name));
  }
  for (const name of ['CompressionStream', 'DecompressionStream']) {
    defineLazy(global, name, fromPlugin('stream/web', name));
  }
}

module.exports = { install };
