'use strict';
// 64-bit BigInt reads and writes, with Node's range errors.
const assert = require('assert');
const { Buffer } = require('buffer');

const buf = Buffer.alloc(9);
assert.strictEqual(buf.writeBigUInt64BE(0x0102030405060708n), 8);
assert.strictEqual(buf.toString('hex'), '010203040506070800');
assert.strictEqual(buf.readBigUInt64BE(), 0x0102030405060708n);
assert.strictEqual(buf.readBigUInt64LE(), 0x0807060504030201n);
assert.strictEqual(buf.writeBigInt64LE(-2n, 1), 9);
assert.strictEqual(buf.readBigInt64LE(1), -2n);
assert.strictEqual(buf.readBigUInt64LE(1), 2n ** 64n - 2n);
buf.writeBigUInt64LE(2n ** 64n - 1n);
assert.strictEqual(buf.readBigInt64BE(), -1n);
buf.writeBigInt64BE(-(2n ** 63n), 1);
assert.strictEqual(buf.readBigInt64BE(1), -(2n ** 63n));
assert.strictEqual(buf.readBigUint64LE, buf.readBigUInt64LE);
assert.strictEqual(buf.writeBigUint64BE, buf.writeBigUInt64BE);

assert.throws(() => buf.writeBigUInt64LE(2n ** 64n), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "value" is out of range. It must be >= 0n and < 2n ** 64n. ' +
    'Received 18_446_744_073_709_551_616n',
});
assert.throws(() => buf.writeBigInt64BE(2n ** 63n), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "value" is out of range. It must be >= -(2n ** 63n) and ' +
    '< 2n ** 63n. Received 9_223_372_036_854_775_808n',
});
assert.throws(() => buf.writeBigInt64LE(1), { name: 'TypeError' });
assert.throws(() => buf.readBigInt64LE(2), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "offset" is out of range. It must be >= 0 and <= 1. Received 2',
});
