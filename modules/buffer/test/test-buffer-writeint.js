'use strict';
// write[U]Int8/16/32[LE|BE]: byte layout, return value, value ranges and
// offset errors with Node's messages.
const assert = require('assert');
const { Buffer } = require('buffer');

const buf = Buffer.alloc(6);
assert.strictEqual(buf.writeUInt8(0xab), 1);
assert.strictEqual(buf.writeInt8(-2, 1), 2);
assert.strictEqual(buf.writeUInt16BE(0x1234, 2), 4);
assert.strictEqual(buf.toString('hex'), 'abfe12340000');
assert.strictEqual(buf.writeUInt32LE(0xdeadbeef, 2), 6);
assert.strictEqual(buf.toString('hex'), 'abfeefbeadde');
buf.writeInt32BE(-1, 0);
assert.strictEqual(buf.toString('hex'), 'ffffffffadde');
buf.writeInt16LE(-32768, 4);
assert.strictEqual(buf.toString('hex'), 'ffffffff0080');
buf.writeUint16LE(1.9, 0);   // fractions truncate
assert.strictEqual(buf.readUInt16LE(0), 1);

assert.throws(() => buf.writeUInt8(256), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "value" is out of range. It must be >= 0 and <= 255. Received 256',
});
assert.throws(() => buf.writeInt16LE(-32769), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "value" is out of range. It must be >= -32768 and <= 32767. ' +
    'Received -32769',
});
assert.throws(() => buf.writeUInt32BE(2 ** 32), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "value" is out of range. It must be >= 0 and <= 4294967295. ' +
    'Received 4294967296',
});
assert.throws(() => buf.writeInt32LE(0, 3), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "offset" is out of range. It must be >= 0 and <= 2. Received 3',
});
assert.throws(() => buf.writeUInt16LE(0, '0'), { code: 'ERR_INVALID_ARG_TYPE' });
