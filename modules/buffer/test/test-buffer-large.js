'use strict';
// Large buffers (beyond the pool and the native fast paths' block sizes):
// every encoding round-trips and search / compare / fill still work.
const assert = require('assert');
const { Buffer } = require('buffer');

const n = 3 * 1024 * 1024 + 7;
const big = Buffer.allocUnsafe(n);
for (let i = 0; i < n; i++) big[i] = (i * 2654435761) >>> 24;
for (const enc of ['hex', 'base64', 'base64url', 'latin1', 'ucs2']) {
  const text = big.toString(enc);
  const back = Buffer.from(text, enc);
  assert.strictEqual(back.length, enc === 'ucs2' ? n - 1 : n, enc);
  assert.ok(back.equals(enc === 'ucs2' ? big.subarray(0, n - 1) : big), enc);
}
const text = 'ünïcödé ✓ '.repeat(100000);
assert.strictEqual(Buffer.from(text).toString(), text);
const hay = Buffer.concat([big, Buffer.from('needle'), big]);
assert.strictEqual(hay.indexOf('needle'), n);
assert.strictEqual(hay.lastIndexOf(Buffer.from('needle')), n);
assert.strictEqual(Buffer.compare(big, Buffer.from(big)), 0);
const filled = Buffer.alloc(n, 'abc');
for (const i of [0, 1, 2, 4096, n - 4, n - 1]) assert.strictEqual(filled[i], 0x61 + (i % 3));
