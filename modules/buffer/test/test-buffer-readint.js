'use strict';
// read[U]Int8/16/32[LE|BE] and their readUint* aliases: values, default
// offset, and Node's offset errors.
const assert = require('assert');
const { Buffer } = require('buffer');

const buf = Buffer.from([0x81, 0xff, 0x00, 0x7f, 0x80, 0x01]);
assert.strictEqual(buf.readUInt8(), 0x81);
assert.strictEqual(buf.readInt8(0), -127);
assert.strictEqual(buf.readUInt16LE(0), 0xff81);
assert.strictEqual(buf.readUInt16BE(0), 0x81ff);
assert.strictEqual(buf.readInt16LE(0), -127);
assert.strictEqual(buf.readInt16BE(0), -32257);
assert.strictEqual(buf.readUInt32LE(0), 0x7f00ff81);
assert.strictEqual(buf.readUInt32BE(2), 0x007f8001);
assert.strictEqual(buf.readInt32BE(0), -2113994625);
assert.strictEqual(buf.readInt32LE(2), 0x01807f00);
assert.strictEqual(buf.readUint8, buf.readUInt8);
assert.strictEqual(buf.readUint32BE(2), buf.readUInt32BE(2));

assert.throws(() => buf.readUInt8(6), {
  code: 'ERR_OUT_OF_RANGE',
  name: 'RangeError',
  message: 'The value of "offset" is out of range. It must be >= 0 and <= 5. Received 6',
});
assert.throws(() => buf.readUInt32LE(3), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "offset" is out of range. It must be >= 0 and <= 2. Received 3',
});
assert.throws(() => buf.readInt16LE(1.5), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "offset" is out of range. It must be an integer. Received 1.5',
});
assert.throws(() => buf.readInt8('0'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "offset" argument must be of type number. Received type string (\'0\')',
});
assert.throws(() => Buffer.alloc(1).readUInt16LE(0), {
  code: 'ERR_BUFFER_OUT_OF_BOUNDS',
  message: 'Attempt to access memory outside buffer bounds',
});
