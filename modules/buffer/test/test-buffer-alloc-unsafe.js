'use strict';
// allocUnsafe / allocUnsafeSlow / SlowBuffer: right sizes; small allocUnsafe
// buffers are 8-byte aligned slices of a shared pool (Buffer.poolSize).
const assert = require('assert');
const { Buffer, SlowBuffer } = require('buffer');

assert.strictEqual(Buffer.poolSize, 8192);
for (const size of [0, 1, 7, 100, 4095, 4096, 10000]) {
  assert.strictEqual(Buffer.allocUnsafe(size).length, size);
  assert.strictEqual(Buffer.allocUnsafeSlow(size).length, size);
  assert.strictEqual(SlowBuffer(size).length, size);
}
assert.ok(Buffer.allocUnsafe(3) instanceof Buffer);
assert.ok(SlowBuffer(3) instanceof Buffer);

// Pooled: small allocations share one ArrayBuffer, at aligned offsets.
const a = Buffer.allocUnsafe(3);
const b = Buffer.allocUnsafe(5);
assert.strictEqual(a.buffer.byteLength, Buffer.poolSize);
if (a.buffer === b.buffer) assert.strictEqual(b.byteOffset - a.byteOffset, 8);
assert.strictEqual(b.byteOffset % 8, 0);
// Half the pool and more, and allocUnsafeSlow, get their own memory.
assert.strictEqual(Buffer.allocUnsafe(4096).buffer.byteLength, 4096);
assert.strictEqual(Buffer.allocUnsafeSlow(10).buffer.byteLength, 10);

assert.throws(() => Buffer.allocUnsafe(-1), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => Buffer.allocUnsafeSlow('1'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => SlowBuffer(NaN), { code: 'ERR_OUT_OF_RANGE' });
