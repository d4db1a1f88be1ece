'use strict';
// buf.fill(value[, offset[, end]][, encoding]) with numbers, strings in any
// encoding (repeated, possibly cut mid-character) and bytes.
const assert = require('assert');
const { Buffer } = require('buffer');

const hex = (b) => b.toString('hex');
assert.strictEqual(hex(Buffer.alloc(4).fill(0x61)), '61616161');
assert.strictEqual(hex(Buffer.alloc(4).fill(-1)), 'ffffffff');
assert.strictEqual(hex(Buffer.alloc(4).fill(257.5)), '01010101');
assert.strictEqual(hex(Buffer.alloc(5).fill('ab')), '6162616261');
assert.strictEqual(hex(Buffer.alloc(5).fill('€')), 'e282ace282');
assert.strictEqual(hex(Buffer.alloc(5).fill('a', 'ucs2')), '6100610061');
assert.strictEqual(hex(Buffer.alloc(4).fill('Ā', 'latin1')), '00000000');
assert.strictEqual(hex(Buffer.alloc(5).fill('abcd', 'hex')), 'abcdabcdab');
assert.strictEqual(hex(Buffer.alloc(4).fill('abz', 'hex')), 'abababab');
assert.strictEqual(hex(Buffer.alloc(4).fill('aGk=', 'base64')), '68696869');
assert.strictEqual(hex(Buffer.alloc(4).fill(Buffer.from([1, 2, 3]))), '01020301');
assert.strictEqual(hex(Buffer.alloc(4).fill(new Uint16Array([0x102]))), '02010201');
assert.strictEqual(hex(Buffer.alloc(3).fill(true)), '010101');
assert.strictEqual(hex(Buffer.alloc(3).fill('')), '000000');
// Ranges, and the encoding in place of offset / end.
assert.strictEqual(hex(Buffer.alloc(5).fill('a', 1, 3)), '0061610000');
assert.strictEqual(hex(Buffer.alloc(4).fill('6162', 'hex')), '61626162');
assert.strictEqual(hex(Buffer.alloc(4).fill('6162', 1, 'hex')), '00616261');
assert.strictEqual(hex(Buffer.alloc(4).fill('a', 3, 1)), '00000000');
const buf = Buffer.alloc(3);
assert.strictEqual(buf.fill(1), buf);

assert.throws(() => Buffer.alloc(4).fill('zz', 'hex'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'value' is invalid. Received 'zz'",
});
assert.throws(() => Buffer.alloc(4).fill(Buffer.alloc(0)), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => Buffer.alloc(4).fill('a', 'bogus'), {
  code: 'ERR_UNKNOWN_ENCODING',
  message: 'Unknown encoding: bogus',
});
assert.throws(() => Buffer.alloc(4).fill('a', 0, 4, 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "encoding" argument must be of type string. Received type number (5)',
});
assert.throws(() => Buffer.alloc(4).fill('a', -1), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => Buffer.alloc(4).fill('a', 0, 5), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "end" is out of range. It must be >= 0 && <= 4. Received 5',
});
