'use strict';
// take() and drop(); take() stops pulling from the source.
const common = require('./fixtures/common');
const assert = require('assert');
const { Readable } = require('stream');

(async () => {
  assert.deepStrictEqual(await Readable.from([1, 2, 3, 4]).take(2).toArray(), [1, 2]);
  assert.deepStrictEqual(await Readable.from([1, 2, 3, 4]).drop(3).toArray(), [4]);
  let pulled = 0;
  const endless = Readable.from(function* () { for (;;) yield ++pulled; }());
  assert.deepStrictEqual(await endless.take(3).toArray(), [1, 2, 3]);
  assert.ok(pulled < 10);
  assert.throws(() => Readable.from([]).take(-1), { code: 'ERR_OUT_OF_RANGE' });
})().then(common.mustCall());
