'use strict';
// Buffer.allocUnsafe and the pool skip zero-filling through the runtime's
// zero-fill switch; every other allocation must still come back zeroed,
// also after an allocUnsafe that threw.
const assert = require('assert');

function allZero(view) {
  for (let i = 0; i < view.length; i++) if (view[i] !== 0) return false;
  return true;
}

// Dirty the allocator's free memory with non-zero bytes of many sizes.
for (let round = 0; round < 50; round++) {
  for (const size of [100, 4096, 8192, 65536, 1 << 20]) {
    Buffer.allocUnsafe(size).fill(0xa5);
    Buffer.allocUnsafeSlow(size).fill(0x5a);
  }
}

for (const size of [100, 4096, 8192, 65536, 1 << 20]) {
  Buffer.allocUnsafe(size).fill(0xff);
  assert.ok(allZero(Buffer.alloc(size)), `Buffer.alloc(${size})`);
  assert.ok(allZero(new Uint8Array(size)), `new Uint8Array(${size})`);
  assert.ok(allZero(new Float64Array(size >> 3)), `new Float64Array(${size >> 3})`);
  assert.ok(allZero(new Uint8Array(new ArrayBuffer(size))), `new ArrayBuffer(${size})`);
}

// A failed allocUnsafe leaves the switch on.
for (const bad of [-1, 2 ** 53, NaN, 'x']) {
  assert.throws(() => Buffer.allocUnsafe(bad), { name: /Error/ });
}
assert.throws(() => Buffer.allocUnsafeSlow(2 ** 40), RangeError);
for (let i = 0; i < 20; i++) {
  Buffer.allocUnsafe(65536).fill(0xee);
  assert.ok(allZero(new Uint8Array(65536)));
}

// allocUnsafe itself: right sizes, writable, independent.
const a = Buffer.allocUnsafe(10000);
const b = Buffer.allocUnsafe(10000);
assert.strictEqual(a.length, 10000);
a.fill(1);
b.fill(2);
assert.ok(a.every((x) => x === 1) && b.every((x) => x === 2));

// Large toString() results are external strings that the decoders read in
// place: round trips still give the original bytes.
const bytes = Buffer.allocUnsafe(1 << 20);
for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919) & 0xff;
for (const enc of ['base64', 'base64url', 'hex', 'latin1']) {
  const text = bytes.toString(enc);
  assert.ok(Buffer.from(text, enc).equals(bytes), enc);
  const half = Buffer.alloc(1000);
  assert.strictEqual(half.write(text, enc), 1000);
  assert.ok(half.equals(bytes.subarray(0, 1000)), `${enc} write`);
}
// Junk inside a large base64 string is skipped as node does.
const b64 = bytes.toString('base64');
const withJunk = b64.slice(0, 4000) + '\n \t' + b64.slice(4000);
assert.ok(Buffer.from(withJunk, 'base64').equals(bytes));
