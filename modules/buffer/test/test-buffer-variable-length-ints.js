'use strict';
// read/write[U]Int{LE,BE}(..., byteLength) for byteLength 1 to 6.
const assert = require('assert');
const { Buffer } = require('buffer');

const buf = Buffer.alloc(8);
for (let bl = 1; bl <= 6; bl++) {
  const umax = 2 ** (8 * bl) - 1;
  const smin = -(2 ** (8 * bl - 1));
  for (const v of [0, 1, umax, Math.floor(umax / 3)]) {
    assert.strictEqual(buf.writeUIntLE(v, 1, bl), 1 + bl);
    assert.strictEqual(buf.readUIntLE(1, bl), v);
    buf.writeUIntBE(v, 1, bl);
    assert.strictEqual(buf.readUIntBE(1, bl), v);
  }
  for (const v of [0, -1, smin, -smin - 1, 5]) {
    buf.writeIntLE(v, 2, bl);
    assert.strictEqual(buf.readIntLE(2, bl), v);
    buf.writeIntBE(v, 2, bl);
    assert.strictEqual(buf.readIntBE(2, bl), v);
  }
}
buf.fill(0);
buf.writeUIntBE(0x010203040506, 0, 6);
assert.strictEqual(buf.toString('hex'), '0102030405060000');
assert.strictEqual(buf.readUIntLE(0, 6), 0x060504030201);
buf.writeIntLE(-2, 0, 5);
assert.strictEqual(buf.toString('hex', 0, 5), 'feffffffff');

assert.throws(() => buf.readUIntLE(0, 7), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "byteLength" is out of range. It must be >= 1 and <= 6. Received 7',
});
assert.throws(() => buf.readIntBE(0), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "byteLength" argument must be of type number. Received undefined',
});
assert.throws(() => buf.readUIntBE(), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "offset" argument must be of type number. Received undefined',
});
assert.throws(() => buf.writeUIntLE(2 ** 48, 0, 6), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "value" is out of range. It must be >= 0 and < 2 ** 48. ' +
    'Received 281_474_976_710_656',
});
assert.throws(() => buf.writeIntBE(2 ** 39, 0, 5), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "value" is out of range. It must be >= -(2 ** 39) and < 2 ** 39. ' +
    'Received 549_755_813_888',
});
assert.throws(() => buf.writeIntLE(128, 0, 1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "value" is out of range. It must be >= -128 and <= 127. Received 128',
});
assert.throws(() => buf.readIntLE(4, 6), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "offset" is out of range. It must be >= 0 and <= 2. Received 4',
});
