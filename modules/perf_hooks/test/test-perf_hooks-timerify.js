'use strict';
// performance.timerify: wraps a function, reports 'function' entries and
// records durations in a histogram.
const assert = require('assert');
const {
  performance,
  PerformanceObserver,
  PerformanceEntry,
  createHistogram,
  monitorEventLoopDelay,
} = require('perf_hooks');

function foo(a, b) { return a + b; }
assert.throws(() => performance.timerify(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "fn" argument must be of type function. Received type number (1)',
});
assert.throws(() => performance.timerify(foo, 1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => performance.timerify(foo, { histogram: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.histogram" property must be an instance of RecordableHistogram. ' +
           'Received type number (1)',
});
assert.throws(() => performance.timerify(foo, { histogram: monitorEventLoopDelay() }),
              { code: 'ERR_INVALID_ARG_TYPE' });

const timed = performance.timerify(foo);
assert.strictEqual(timed.name, 'timerified foo');
assert.strictEqual(timed.length, 2);
assert.strictEqual(timed(1, 2), 3);

class K { constructor(a) { this.a = a; } }
const TimedK = performance.timerify(K);
const k = new TimedK(5);
assert.ok(k instanceof K);
assert.strictEqual(k.a, 5);

const histogram = createHistogram();
const busy = performance.timerify(function busy() {
  let x = 0;
  for (let i = 0; i < 1e5; i++) x += i;
  return x;
}, { histogram });
busy();
busy();
assert.strictEqual(histogram.count, 2);
assert.ok(histogram.min > 0);

const seen = [];
const observer = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    assert.ok(entry instanceof PerformanceEntry);
    assert.strictEqual(entry.entryType, 'function');
    assert.strictEqual(typeof entry.startTime, 'number');
    assert.strictEqual(typeof entry.duration, 'number');
    assert.ok(entry.duration >= 0);
    seen.push([entry.name, entry.detail, Object.keys(entry)]);
    const json = entry.toJSON();
    assert.deepStrictEqual(Object.keys(json), ['name', 'entryType', 'startTime', 'duration', 'detail']);
  }
});
observer.observe({ type: 'function' });
timed(3, 4);
const asyncTimed = performance.timerify(async function af() {
  await null;
  return 7;
});
asyncTimed().then((v) => assert.strictEqual(v, 7));

setTimeout(() => {
  observer.disconnect();
  assert.deepStrictEqual(seen, [
    ['foo', [3, 4], ['0', '1']],
    ['af', [], []],
  ]);
}, 20);
