'use strict';
// Buffer.from(arrayBuffer[, byteOffset[, length]]) shares the memory.
const assert = require('assert');
const { Buffer } = require('buffer');

const ab = new ArrayBuffer(8);
const view = new Uint8Array(ab);
const b = Buffer.from(ab, 2, 3);
assert.strictEqual(b.length, 3);
assert.strictEqual(b.byteOffset, 2);
assert.strictEqual(b.buffer, ab);
b[0] = 42;
assert.strictEqual(view[2], 42);
view[4] = 7;
assert.strictEqual(b[2], 7);

assert.strictEqual(Buffer.from(ab).length, 8);
assert.strictEqual(Buffer.from(ab, 8).length, 0);
assert.strictEqual(Buffer.from(ab, 1, -5).length, 0);
assert.strictEqual(Buffer.from(ab, '2').byteOffset, 2);
assert.strictEqual(Buffer.from(ab, NaN, 1).byteOffset, 0);

const sab = new SharedArrayBuffer(4);
const sb = Buffer.from(sab);
sb[1] = 5;
assert.strictEqual(new Uint8Array(sab)[1], 5);

assert.throws(() => Buffer.from(ab, 9), {
  code: 'ERR_BUFFER_OUT_OF_BOUNDS',
  name: 'RangeError',
  message: '"offset" is outside of buffer bounds',
});
assert.throws(() => Buffer.from(ab, 4, 5), {
  code: 'ERR_BUFFER_OUT_OF_BOUNDS',
  message: '"length" is outside of buffer bounds',
});
