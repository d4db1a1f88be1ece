'use strict';
// map() and filter() on Readable.prototype.
const common = require('./fixtures/common');
const assert = require('assert');
const { Readable } = require('stream');

(async () => {
  const mapped = Readable.from([1, 2, 3]).map((x) => x * 2);
  assert.ok(mapped instanceof Readable);
  assert.deepStrictEqual(await mapped.toArray(), [2, 4, 6]);
  assert.deepStrictEqual(await Readable.from([1, 2, 3, 4]).filter(async (x) => x % 2 === 0).toArray(), [2, 4]);
  assert.throws(() => Readable.from([]).map(1), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => Readable.from([]).map(() => {}, { concurrency: 0 }), { code: 'ERR_OUT_OF_RANGE' });
})().then(common.mustCall());
