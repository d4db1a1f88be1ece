'use strict';
// createHistogram: HDR bucketing (3 significant digits by default), with
// the same min/max/mean/stddev/percentiles as Node.
const assert = require('assert');
const { createHistogram } = require('perf_hooks');

const empty = createHistogram();
assert.strictEqual(empty.count, 0);
assert.strictEqual(empty.countBigInt, 0n);
assert.strictEqual(empty.min, 9223372036854776000);
assert.strictEqual(empty.minBigInt, 9223372036854775807n);
assert.strictEqual(empty.max, 0);
assert.strictEqual(empty.maxBigInt, 0n);
assert.ok(Number.isNaN(empty.mean));
assert.ok(Number.isNaN(empty.stddev));
assert.strictEqual(empty.exceeds, 0);
assert.strictEqual(empty.exceedsBigInt, 0n);
assert.deepStrictEqual(Array.from(empty.percentiles), ([[100, 0]]));
assert.strictEqual(empty.percentile(50), 0);
assert.deepStrictEqual(empty.toJSON(), {
  count: 0, min: 9223372036854776000, max: 0, mean: NaN, exceeds: 0, stddev: NaN,
  percentiles: { 100: 0 },
});

const h = createHistogram();
h.record(5);
h.record(10);
h.record(10n);
assert.strictEqual(h.count, 3);
assert.strictEqual(h.min, 5);
assert.strictEqual(h.max, 10);
assert.strictEqual(h.mean, 25 / 3);
assert.strictEqual(h.stddev, 2.357022603955158);
assert.strictEqual(h.percentile(50), 10);
assert.strictEqual(h.percentileBigInt(50), 10n);
assert.deepStrictEqual(Array.from(h.percentiles), ([[0, 5], [50, 10], [100, 10]]));
assert.deepStrictEqual(Array.from(h.percentilesBigInt), ([[0, 5n], [50, 10n], [100, 10n]]));

// Larger values share buckets (3 significant digits).
const big = createHistogram();
for (let i = 1; i <= 100; i++) big.record(i * 1000);
assert.strictEqual(big.min, 1000);
assert.strictEqual(big.max, 100031);
assert.strictEqual(big.mean, 50503.62);
assert.strictEqual(big.stddev, 28866.20629378928);
assert.strictEqual(big.percentile(99), 99007);
assert.strictEqual(big.percentileBigInt(50), 50015n);
assert.deepStrictEqual(Array.from(big.percentiles), ([
  [0, 1000], [50, 49984], [75, 74944], [87.5, 88000], [93.75, 93952],
  [96.875, 96960], [98.4375, 98944], [99.21875, 99968], [100, 99968],
]));

const one = createHistogram();
one.record(123456789);
assert.strictEqual(one.min, 123404288);
assert.strictEqual(one.max, 123469823);
assert.strictEqual(one.mean, 123437056);

// lowest / figures change the buckets.
const coarse = createHistogram({ lowest: 1000, figures: 1 });
coarse.record(5);
coarse.record(1234567);
assert.strictEqual(coarse.min, 0);
assert.strictEqual(coarse.max, 1245183);
assert.strictEqual(coarse.mean, 606336);
assert.strictEqual(coarse.stddev, 606080);
assert.deepStrictEqual(Array.from(coarse.percentiles),
                       [[0, 0], [50, 0], [75, 1179648], [100, 1179648]]);

// Values above `highest` are counted in `exceeds` only.
const small = createHistogram({ highest: 100 });
small.record(50);
small.record(101);
small.record(5000);
assert.strictEqual(small.count, 1);
assert.strictEqual(small.exceeds, 2);
assert.strictEqual(small.max, 50);
const full = createHistogram();
full.record(Number.MAX_SAFE_INTEGER);
assert.strictEqual(full.maxBigInt, 9007199254740991n);
full.record(2n ** 62n);
assert.strictEqual(full.exceeds, 1);

// add() merges values (dropping those out of range) and counters.
const a = createHistogram({ highest: 100 });
const b = createHistogram();
b.record(5000);
b.record(3);
assert.strictEqual(a.add(b), undefined);
assert.strictEqual(a.count, 2);
assert.strictEqual(a.max, 3);
const c = createHistogram();
c.record(5);
const d = createHistogram();
d.record(7);
d.record(9);
c.add(d);
assert.deepStrictEqual([c.count, c.min, c.max, c.mean], [3, 5, 9, 7]);

// reset()
c.reset();
assert.strictEqual(c.count, 0);
assert.strictEqual(c.max, 0);
assert.strictEqual(c.min, 9223372036854776000);

// recordDelta(): the first call only starts the clock.
const delta = createHistogram();
delta.recordDelta();
assert.strictEqual(delta.count, 0);
delta.recordDelta();
assert.strictEqual(delta.count, 1);
assert.ok(delta.min > 0);

const json = h.toJSON();
assert.deepStrictEqual(json, {
  count: 3, min: 5, max: 10, mean: 25 / 3, exceeds: 0, stddev: 2.357022603955158,
  percentiles: { 0: 5, 50: 10, 100: 10 },
});
