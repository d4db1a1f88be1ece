'use strict';
// Argument validation of createHistogram, record, percentile, add.
const assert = require('assert');
const { createHistogram, monitorEventLoopDelay } = require('perf_hooks');

assert.throws(() => createHistogram(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received type number (1)',
});
assert.throws(() => createHistogram({ lowest: 0 }), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "options.lowest" is out of range. It must be >= 1 && ' +
           '<= 9007199254740991. Received 0',
});
assert.throws(() => createHistogram({ lowest: '1' }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => createHistogram({ highest: 1 }), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "options.highest" is out of range. It must be >= 2 && ' +
           '<= 9007199254740991. Received 1',
});
assert.throws(() => createHistogram({ figures: 6 }), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "options.figures" is out of range. It must be >= 1 && <= 5. Received 6',
});
assert.throws(() => createHistogram({ figures: 0 }), { code: 'ERR_OUT_OF_RANGE' });
createHistogram({ lowest: 1n, highest: 10n ** 12n, figures: 5 }).record(1);

const h = createHistogram();
assert.throws(() => h.record(0), {
  code: 'ERR_OUT_OF_RANGE', name: 'RangeError',
  message: 'The value of "val" is out of range. It must be >= 1 && <= 9007199254740991. Received 0',
});
assert.throws(() => h.record(1.5), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "val" is out of range. It must be an integer. Received 1.5',
});
assert.throws(() => h.record('1'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "val" argument must be of type number. Received type string (\'1\')',
});
assert.throws(() => h.record(0n), { code: 'ERR_OUT_OF_RANGE', name: 'RangeError' });
assert.throws(() => h.record(2n ** 63n), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => h.percentile(0), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "percentile" is out of range. It must be > 0 && <= 100. Received 0',
});
assert.throws(() => h.percentile(101), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => h.percentileBigInt(NaN), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => h.percentile('1'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => h.add(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "other" argument must be an instance of RecordableHistogram. ' +
           'Received type number (1)',
});
assert.throws(() => h.add(monitorEventLoopDelay()), { code: 'ERR_INVALID_ARG_TYPE' });
assert.strictEqual(h.count, 0);

// Methods need a histogram receiver; histograms are not constructible.
const proto = Object.getPrototypeOf(Object.getPrototypeOf(h));
const countGetter = Object.getOwnPropertyDescriptor(proto, 'count').get;
assert.throws(() => countGetter.call({}), { code: 'ERR_INVALID_THIS' });
assert.throws(() => h.record.call({}, 1), { code: 'ERR_INVALID_THIS' });
assert.throws(() => new h.constructor(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });
assert.throws(() => new proto.constructor(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });
assert.deepStrictEqual(Object.getOwnPropertyNames(Object.getPrototypeOf(h)).sort(),
                       ['add', 'constructor', 'record', 'recordDelta']);

assert.throws(() => monitorEventLoopDelay(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => monitorEventLoopDelay({ resolution: 0 }), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "options.resolution" is out of range. It must be >= 1 && ' +
           '<= 9007199254740991. Received 0',
});
assert.throws(() => monitorEventLoopDelay({ resolution: 1.5 }), { code: 'ERR_OUT_OF_RANGE' });
assert.strictEqual(typeof monitorEventLoopDelay().record, 'undefined');
