'use strict';
// performance.measure() start/end resolution.
const assert = require('./fixtures/assert');

performance.clearMarks();
performance.clearMeasures();
performance.mark('a', { startTime: 5 });
performance.mark('b', { startTime: 20 });
const times = (e) => [e.startTime, e.duration];

assert.deepStrictEqual(times(performance.measure('m1', 'a', 'b')), [5, 15]);
assert.deepStrictEqual(times(performance.measure('m2', { start: 'a', end: 10 })), [5, 5]);
assert.deepStrictEqual(times(performance.measure('m3', { start: 1, duration: 2 })), [1, 2]);
assert.deepStrictEqual(times(performance.measure('m4', { end: 10, duration: 2 })), [8, 2]);
assert.deepStrictEqual(times(performance.measure('m5', undefined, 'b')), [0, 20]);
assert.strictEqual(performance.measure('m6').startTime, 0);
const withDetail = performance.measure('m7', { start: 1, end: 2, detail: 'd' });
assert.strictEqual(withDetail.detail, 'd');
assert.strictEqual(withDetail.entryType, 'measure');
assert.ok(withDetail instanceof PerformanceMeasure);
assert.strictEqual(performance.measure('m8', 'a').startTime, 5);

assert.throws(() => performance.measure('x', 'missing'), {
  name: 'SyntaxError',
  code: 12,
  message: 'The "missing" performance mark has not been set',
});
assert.throws(() => performance.measure('x', { start: 1 }, 'b'), {
  code: 'ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS',
  message: 'endMark must not be specified',
});
assert.throws(() => performance.measure('x', { start: 1, end: 2, duration: 1 }), {
  code: 'ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS',
  message: 'Must not have options.start, options.end, and options.duration specified',
});
assert.throws(() => performance.measure(), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => new PerformanceMeasure(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });
