'use strict';
// some(), every(), find(), forEach(), flatMap().
const common = require('./fixtures/common');
const assert = require('assert');
const { Readable } = require('stream');

(async () => {
  assert.strictEqual(await Readable.from([1, 5]).some((x) => x > 3), true);
  assert.strictEqual(await Readable.from([1, 5]).every((x) => x > 3), false);
  assert.strictEqual(await Readable.from([1, 5, 7]).find((x) => x > 3), 5);
  assert.strictEqual(await Readable.from([1]).find((x) => x > 3), undefined);
  const seen = [];
  assert.strictEqual(await Readable.from(['a', 'b']).forEach((x) => { seen.push(x); }), undefined);
  assert.deepStrictEqual(seen, ['a', 'b']);
  assert.deepStrictEqual(await Readable.from([1, 2]).flatMap((x) => [x, x]).toArray(), [1, 1, 2, 2]);
})().then(common.mustCall());
