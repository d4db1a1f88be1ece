'use strict';
// randomBytes / randomFill(Sync) / randomInt / randomUUID / getRandomValues
// and the crypto global (Web Crypto).
const assert = require('assert');
const crypto = require('crypto');

const a = crypto.randomBytes(32);
const b = crypto.randomBytes(32);
assert.strictEqual(a.length, 32);
assert.notDeepStrictEqual(a, b);
assert.strictEqual(crypto.randomBytes(0).length, 0);
assert.throws(() => crypto.randomBytes(-1), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => crypto.randomBytes('1'), { code: 'ERR_INVALID_ARG_TYPE' });

const filled = crypto.randomFillSync(Buffer.alloc(16), 8);
assert.ok(filled.subarray(0, 8).every((byte) => byte === 0));
const words = crypto.randomFillSync(new Uint32Array(64));
assert.ok(words.some((word) => word !== 0));
assert.throws(() => crypto.randomFillSync(Buffer.alloc(4), 5), { code: 'ERR_OUT_OF_RANGE' });

const counts = new Array(6).fill(0);
for (let i = 0; i < 6000; i++) counts[crypto.randomInt(1, 7) - 1]++;
assert.ok(counts.every((count) => count > 800 && count < 1200), String(counts));
assert.throws(() => crypto.randomInt(5, 5), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => crypto.randomInt(0, 2 ** 49), { code: 'ERR_OUT_OF_RANGE' });

const uuid = crypto.randomUUID();
assert.match(uuid, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
assert.notStrictEqual(crypto.randomUUID(), uuid);

assert.strictEqual(crypto.getRandomValues(new Uint8Array(8)).length, 8);
assert.throws(() => crypto.getRandomValues(new Float64Array(2)), { name: 'TypeMismatchError' });
assert.throws(() => crypto.getRandomValues(new Uint8Array(65537)), { name: 'QuotaExceededError' });
assert.strictEqual(typeof globalThis.crypto.randomUUID(), 'string');
assert.strictEqual(globalThis.crypto, crypto.webcrypto);

let async = 0;
crypto.randomBytes(8, (err, buf) => { assert.ifError(err); assert.strictEqual(buf.length, 8); async++; });
crypto.randomFill(new Uint8Array(4), (err, buf) => { assert.ifError(err); assert.strictEqual(buf.length, 4); async++; });
crypto.randomInt(10, (err, n) => { assert.ifError(err); assert.ok(n >= 0 && n < 10); async++; });
crypto.webcrypto.subtle.digest('SHA-256', new TextEncoder().encode('abc')).then((digest) => {
  assert.strictEqual(Buffer.from(digest).toString('hex'),
                     'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  async++;
});
process.on('exit', () => assert.strictEqual(async, 4));
