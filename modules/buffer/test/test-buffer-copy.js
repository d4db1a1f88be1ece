'use strict';
// buf.copy(target, targetStart, sourceStart, sourceEnd): copies what fits,
// returns the count, handles overlap, coerces and checks its offsets.
const assert = require('assert');
const { Buffer } = require('buffer');

const src = Buffer.from('abcdefghij');
let dst = Buffer.alloc(5, '.');
assert.strictEqual(src.copy(dst), 5);
assert.strictEqual(dst.toString(), 'abcde');
dst = Buffer.alloc(5, '.');
assert.strictEqual(src.copy(dst, 1, 2, 4), 2);
assert.strictEqual(dst.toString(), '.cd..');
dst = Buffer.alloc(5, '.');
assert.strictEqual(src.copy(dst, 3), 2);
assert.strictEqual(dst.toString(), '...ab');
assert.strictEqual(src.copy(dst, 5), 0);
assert.strictEqual(src.copy(dst, 0, 4, 2), 0);
// Coercions: strings, fractions (rounded down), NaN (0), huge values.
dst = Buffer.alloc(5, '.');
assert.strictEqual(src.copy(dst, '1', 1.7, 3.2), 2);
assert.strictEqual(dst.toString(), '.bc..');
assert.strictEqual(src.copy(dst, 2 ** 53), 0);
// Into a plain Uint8Array.
const u8 = new Uint8Array(3);
assert.strictEqual(src.copy(u8), 3);
assert.deepStrictEqual([...u8], [97, 98, 99]);
// Overlapping copies within one buffer.
const self = Buffer.from('abcdefghij');
self.copy(self, 2, 0, 6);
assert.strictEqual(self.toString(), 'ababcdefij');

assert.throws(() => src.copy('x'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => src.copy(dst, -1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "targetStart" is out of range. It must be >= 0. Received -1',
});
assert.throws(() => src.copy(dst, 0, 11), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "sourceStart" is out of range. It must be >= 0 && <= 10. Received 11',
});
assert.throws(() => src.copy(dst, 0, 0, -1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "sourceEnd" is out of range. It must be >= 0. Received -1',
});
