'use strict';
// Node 20's globals from perf_hooks: the module's own classes, defined
// lazily, non-enumerable and replaceable like every other global.
const assert = require('assert');

for (const name of ['PerformanceObserver', 'PerformanceObserverEntryList',
                    'PerformanceResourceTiming']) {
  const descriptor = Object.getOwnPropertyDescriptor(globalThis, name);
  assert.ok(descriptor, name);
  assert.strictEqual(descriptor.enumerable, false, name);
  assert.strictEqual(globalThis[name], require('perf_hooks')[name], name);
  assert.deepStrictEqual(Object.getOwnPropertyDescriptor(globalThis, name),
                         { value: require('perf_hooks')[name], writable: true,
                           enumerable: false, configurable: true }, name);
}

// A script may shadow them.
globalThis.PerformanceObserver = 42;
assert.strictEqual(PerformanceObserver, 42);
