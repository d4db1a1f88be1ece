'use strict';
// Readable.from() over arrays, generators, async generators and strings.
const common = require('./fixtures/common');
const assert = require('assert');
const { Readable } = require('stream');

(async () => {
  assert.deepStrictEqual(await Readable.from([1, 2]).toArray(), [1, 2]);
  assert.deepStrictEqual(await Readable.from(function* () { yield 'g'; }()).toArray(), ['g']);
  assert.deepStrictEqual(await Readable.from(async function* () { yield 'ag'; }()).toArray(), ['ag']);
  // A string (or Buffer) is one chunk, not iterated.
  assert.deepStrictEqual(await Readable.from('abc').toArray(), ['abc']);
  const b = await Readable.from(Buffer.from('buf')).toArray();
  assert.strictEqual(b[0].toString(), 'buf');
  // Promises in a sync iterable are awaited.
  assert.deepStrictEqual(await Readable.from([Promise.resolve(1), 2]).toArray(), [1, 2]);
  const r = Readable.from([]);
  assert.strictEqual(r.readableObjectMode, true);
  assert.strictEqual(r.readableHighWaterMark, 1);
  assert.throws(() => Readable.from(42), { code: 'ERR_INVALID_ARG_TYPE' });
})().then(common.mustCall());
