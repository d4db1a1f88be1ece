'use strict';
// Buffer.alloc(size[, fill[, encoding]]): zero-filled by default, filled
// with a number, string (in an encoding) or bytes otherwise; size checked.
const assert = require('assert');
const { Buffer, kMaxLength } = require('buffer');

const zero = Buffer.alloc(10);
assert.ok(zero instanceof Buffer);
assert.strictEqual(zero.length, 10);
assert.ok(zero.every((b) => b === 0));
assert.strictEqual(Buffer.alloc(0).length, 0);

assert.deepStrictEqual([...Buffer.alloc(4, 1)], [1, 1, 1, 1]);
assert.deepStrictEqual([...Buffer.alloc(4, 257)], [1, 1, 1, 1]);
assert.deepStrictEqual([...Buffer.alloc(5, 'ab')], [0x61, 0x62, 0x61, 0x62, 0x61]);
assert.deepStrictEqual([...Buffer.alloc(5, 'aGk=', 'base64')], [0x68, 0x69, 0x68, 0x69, 0x68]);
assert.deepStrictEqual([...Buffer.alloc(3, 'abcd', 'hex')], [0xab, 0xcd, 0xab]);
assert.deepStrictEqual([...Buffer.alloc(3, Buffer.from([7, 8]))], [7, 8, 7]);
assert.deepStrictEqual([...Buffer.alloc(3, '')], [0, 0, 0]);
// Fractional sizes are truncated.
assert.strictEqual(Buffer.alloc(2.7).length, 2);

for (const bad of ['1', null, undefined, {}, 1n]) {
  assert.throws(() => Buffer.alloc(bad), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
}
for (const bad of [-1, NaN, kMaxLength + 1, Infinity]) {
  assert.throws(() => Buffer.alloc(bad), {
    code: 'ERR_OUT_OF_RANGE',
    name: 'RangeError',
    message: `The value of "size" is out of range. It must be >= 0 && <= ${kMaxLength}. ` +
      `Received ${bad === kMaxLength + 1 ? '4_294_967_297' : bad}`,
  });
}
assert.throws(() => Buffer.alloc(2, 'zz', 'hex'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'value' is invalid. Received 'zz'",
});
assert.throws(() => Buffer.alloc(2, 'a', 'bogus'), {
  code: 'ERR_UNKNOWN_ENCODING',
  message: 'Unknown encoding: bogus',
});
