'use strict';
// Buffer.compare and buf.compare(target, targetStart, targetEnd,
// sourceStart, sourceEnd): byte-wise ordering, ranges, errors.
const assert = require('assert');
const { Buffer } = require('buffer');

const b = (s) => Buffer.from(s, 'latin1');
assert.strictEqual(Buffer.compare(b('abc'), b('abc')), 0);
assert.strictEqual(Buffer.compare(b('abc'), b('abd')), -1);
assert.strictEqual(Buffer.compare(b('abd'), b('abc')), 1);
assert.strictEqual(Buffer.compare(b('ab'), b('abc')), -1);
assert.strictEqual(Buffer.compare(b('\u00ff'), b('\u0001')), 1);
assert.strictEqual(Buffer.compare(b(''), new Uint8Array(0)), 0);
assert.deepStrictEqual([b('c'), b('a'), b('b')].sort(Buffer.compare).map(String), ['a', 'b', 'c']);

const src = b('abcdef');
assert.strictEqual(src.compare(b('bcd')), -1);
assert.strictEqual(src.compare(b('bcd'), 0, 3, 1, 4), 0);
assert.strictEqual(src.compare(b('bcd'), 0, 3, 1), 1);
assert.strictEqual(src.compare(b('bcd'), 2, 2), 1);   // empty target range
assert.strictEqual(src.compare(b('bcd'), 0, 3, 4, 4), -1);
assert.strictEqual(src.compare(b('bcd'), 3, 3, 4, 4), 0);

assert.throws(() => Buffer.compare('a', b('a')), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buf1" argument must be an instance of Buffer or Uint8Array. ' +
    'Received type string (\'a\')',
});
assert.throws(() => src.compare({}), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => src.compare(b('a'), -1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "targetStart" is out of range. It must be >= 0 && <= 4294967296. ' +
    'Received -1',
});
assert.throws(() => src.compare(b('a'), 0, 2), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "targetEnd" is out of range. It must be >= 0 && <= 1. Received 2',
});
assert.throws(() => src.compare(b('abc'), 5, 6), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "targetEnd" is out of range. It must be >= 0 && <= 3. Received 6',
});
