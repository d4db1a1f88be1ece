'use strict';
// Installs the globals every script sees. Anything not needed to start is
// defined lazily: it is loaded on first access and then becomes a plain
// writable property, as the global is in node.

function defineLazy(global, name, load) {
  Object.defineProperty(global, name, {
    configurable: true,
    enumerable: false,
    get() {
      const value = load();
      Object.defineProperty(global, name, { value, writable: true, configurable: true, enumerable: false });
      return value;
    },
    set(value) {
      Object.defineProperty(global, name, { value, writable: true, configurable: true, enumerable: false });
    },
  });
}

function defineValue(global, name, value) {
  Object.defineProperty(global, name, { value, writable: true, configurable: true, enumerable: false });
}

// Node's global WHATWG stream classes (CompressionStream and
// DecompressionStream need zlib, which Mosaic does not have yet).
const kWebStreamGlobals = [
  'ReadableStream', 'ReadableStreamDefaultReader', 'ReadableStreamBYOBReader',
  'ReadableStreamBYOBRequest', 'ReadableByteStreamController', 'ReadableStreamDefaultController',
  'TransformStream', 'TransformStreamDefaultController', 'WritableStream',
  'WritableStreamDefaultWriter', 'WritableStreamDefaultController', 'ByteLengthQueuingStrategy',
  'CountQueuingStrategy', 'TextEncoderStream', 'TextDecoderStream',
];

function install(global, process) {
  Object.defineProperty(global, 'global', { value: global, writable: true, configurable: true, enumerable: false });
  Object.defineProperty(global, 'process', { value: process, writable: true, configurable: true, enumerable: false });

  const timers = require('internal/timers');
  for (const name of ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate']) {
    Object.defineProperty(global, name, { value: timers[name], writable: true, configurable: true, enumerable: true });
  }
  Object.defineProperty(global, 'queueMicrotask', {
    value: require('internal/process/task_queues').queueMicrotask,
    writable: true, configurable: true, enumerable: true,
  });
  Object.defineProperty(global, 'structuredClone', {
    // Rest arguments keep .length 0 and let the implementation see how many
    // arguments were passed (ERR_MISSING_ARGS), as in node.
    value: function structuredClone(...args) {
      return require('internal/structured_clone').structuredClone(...args);
    },
    writable: true, configurable: true, enumerable: true,
  });

  defineLazy(global, 'console', () => {
    const { createGlobalConsole } = require('internal/console');
    return createGlobalConsole(process.stdout, process.stderr);
  });

  const lazy = (id, name) => () => require(id)[name];
  defineLazy(global, 'TextEncoder', lazy('internal/encoding', 'TextEncoder'));
  defineLazy(global, 'TextDecoder', lazy('internal/encoding', 'TextDecoder'));
  defineLazy(global, 'atob', lazy('internal/base64', 'atob'));
  defineLazy(global, 'btoa', lazy('internal/base64', 'btoa'));
  defineLazy(global, 'AbortController', lazy('internal/abort_controller', 'AbortController'));
  defineLazy(global, 'AbortSignal', lazy('internal/abort_controller', 'AbortSignal'));
  defineLazy(global, 'Event', lazy('internal/event_target', 'Event'));
  defineLazy(global, 'EventTarget', lazy('internal/event_target', 'EventTarget'));
  defineLazy(global, 'CustomEvent', lazy('internal/event_target', 'CustomEvent'));
  defineLazy(global, 'DOMException', lazy('internal/dom_exception', 'DOMException'));
  defineLazy(global, 'performance', lazy('internal/performance', 'performance'));
  for (const name of ['Performance', 'PerformanceEntry', 'PerformanceMark', 'PerformanceMeasure']) {
    defineLazy(global, name, lazy('internal/performance', name));
  }
  for (const name of kWebStreamGlobals) defineLazy(global, name, lazy('internal/webstreams', name));
  defineLazy(global, 'URL', lazy('internal/url', 'URL'));
  defineLazy(global, 'URLSearchParams', lazy('internal/url', 'URLSearchParams'));
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
  for (const name of ['Buffer', 'Blob', 'File']) defineLazy(global, name, fromPlugin('buffer', name));
  for (const name of ['PerformanceObserver', 'PerformanceObserverEntryList',
                      'PerformanceResourceTiming']) {
    defineLazy(global, name, fromPlugin('perf_hooks', name));
  }
  // Web Crypto's entry point (getRandomValues, randomUUID, subtle).
  defineLazy(global, 'crypto', fromPlugin('crypto', 'webcrypto'));
  for (const name of ['CompressionStream', 'DecompressionStream']) {
    defineLazy(global, name, fromPlugin('stream/web', name));
  }
}

module.exports = { install, defineLazy, defineValue };
