'use strict';
// Buffer.copyBytesFrom(view[, offset[, length]]) copies elements' bytes.
const assert = require('assert');
const { Buffer } = require('buffer');

const u16 = new Uint16Array([0x0102, 0x0304, 0x0506]);
const all = Buffer.copyBytesFrom(u16);
assert.strictEqual(all.toString('hex'), '020104030605');
assert.strictEqual(Buffer.copyBytesFrom(u16, 1).toString('hex'), '04030605');
assert.strictEqual(Buffer.copyBytesFrom(u16, 1, 1).toString('hex'), '0403');
assert.strictEqual(Buffer.copyBytesFrom(u16, 5).length, 0);
u16[0] = 0;
assert.strictEqual(all[0], 2);   // a copy
assert.throws(() => Buffer.copyBytesFrom([1, 2]), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "view" argument must be an instance of TypedArray. Received an instance of Array',
});
assert.throws(() => Buffer.copyBytesFrom(u16, -1), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => Buffer.copyBytesFrom(u16, 0, 1.5), { code: 'ERR_OUT_OF_RANGE' });
