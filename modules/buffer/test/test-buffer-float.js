'use strict';
// read/write Float and Double, LE and BE.
const assert = require('assert');
const { Buffer } = require('buffer');

const buf = Buffer.alloc(8);
assert.strictEqual(buf.writeFloatBE(1.5), 4);
assert.strictEqual(buf.toString('hex', 0, 4), '3fc00000');
assert.strictEqual(buf.readFloatBE(0), 1.5);
buf.writeFloatLE(-0.1, 4);
assert.strictEqual(buf.readFloatLE(4), Math.fround(-0.1));
assert.strictEqual(buf.writeDoubleLE(Math.PI), 8);
assert.strictEqual(buf.readDoubleLE(0), Math.PI);
buf.writeDoubleBE(-0);
assert.strictEqual(buf.toString('hex'), '8000000000000000');
assert.ok(Object.is(buf.readDoubleBE(0), -0));
buf.writeFloatLE(NaN);
assert.ok(Number.isNaN(buf.readFloatLE(0)));
buf.writeDoubleLE(Infinity);
assert.strictEqual(buf.readDoubleLE(), Infinity);
buf.writeFloatBE(3.5e38);   // beyond float range
assert.strictEqual(buf.readFloatBE(), Infinity);
buf.writeDoubleBE('2.5');
assert.strictEqual(buf.readDoubleBE(), 2.5);

assert.throws(() => buf.readDoubleLE(1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "offset" is out of range. It must be >= 0 and <= 0. Received 1',
});
assert.throws(() => buf.writeFloatLE(1, 5), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => buf.writeDoubleBE(1, NaN), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "offset" is out of range. It must be an integer. Received NaN',
});
