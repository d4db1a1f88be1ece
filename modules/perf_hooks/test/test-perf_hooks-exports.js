'use strict';
// Shape of the perf_hooks module.
const assert = require('assert');
const perfHooks = require('perf_hooks');

assert.deepStrictEqual(Object.keys(perfHooks), [
  'Performance', 'PerformanceEntry', 'PerformanceMark', 'PerformanceMeasure',
  'PerformanceObserver', 'PerformanceObserverEntryList', 'PerformanceResourceTiming',
  'monitorEventLoopDelay', 'createHistogram', 'performance', 'constants',
]);
assert.strictEqual(require('node:perf_hooks'), perfHooks);
assert.strictEqual(perfHooks.performance, globalThis.performance);
assert.strictEqual(perfHooks.PerformanceEntry, globalThis.PerformanceEntry);
assert.strictEqual(perfHooks.PerformanceMark, globalThis.PerformanceMark);
assert.strictEqual(perfHooks.PerformanceMeasure, globalThis.PerformanceMeasure);
assert.strictEqual(perfHooks.Performance, globalThis.Performance);
assert.ok(perfHooks.performance instanceof perfHooks.Performance);

assert.deepStrictEqual(perfHooks.constants, {
  NODE_PERFORMANCE_GC_MAJOR: 4,
  NODE_PERFORMANCE_GC_MINOR: 1,
  NODE_PERFORMANCE_GC_INCREMENTAL: 8,
  NODE_PERFORMANCE_GC_WEAKCB: 16,
  NODE_PERFORMANCE_GC_FLAGS_NO: 0,
  NODE_PERFORMANCE_GC_FLAGS_CONSTRUCT_RETAINED: 2,
  NODE_PERFORMANCE_GC_FLAGS_FORCED: 4,
  NODE_PERFORMANCE_GC_FLAGS_SYNCHRONOUS_PHANTOM_PROCESSING: 8,
  NODE_PERFORMANCE_GC_FLAGS_ALL_AVAILABLE_GARBAGE: 16,
  NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY: 32,
  NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE: 64,
});

for (const Ctor of [perfHooks.PerformanceObserverEntryList,
                    perfHooks.PerformanceResourceTiming]) {
  assert.throws(() => new Ctor(), {
    code: 'ERR_ILLEGAL_CONSTRUCTOR', name: 'TypeError', message: 'Illegal constructor',
  });
}
assert.ok(perfHooks.PerformanceResourceTiming.prototype instanceof perfHooks.PerformanceEntry);

const types = perfHooks.PerformanceObserver.supportedEntryTypes;
assert.ok(Array.isArray(types));
assert.ok(Object.isFrozen(types));
assert.strictEqual(perfHooks.PerformanceObserver.supportedEntryTypes, types);
for (const t of ['function', 'mark', 'measure']) assert.ok(types.includes(t), t);

assert.strictEqual(typeof perfHooks.performance.timerify, 'function');
assert.strictEqual(typeof perfHooks.performance.eventLoopUtilization, 'function');
