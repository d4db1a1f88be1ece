'use strict';
// createHash / hash: known digests, encodings, incremental updates, copy(),
// the stream interface, and errors.
const assert = require('assert');
const crypto = require('crypto');
const { Transform } = require('stream');

const vectors = {
  md5: '900150983cd24fb0d6963f7d28e17f72',
  sha1: 'a9993e364706816aba3e25717850c26c9cd0d89d',
  sha224: '23097d223405d8228642a477bda255b32aadbce4bda0b3f7e36c9da7',
  sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
  sha384: 'cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed' +
    '8086072ba1e7cc2358baeca134c825a7',
  sha512: 'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a' +
    '2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f',
};
for (const [algorithm, hex] of Object.entries(vectors)) {
  assert.strictEqual(crypto.createHash(algorithm).update('abc').digest('hex'), hex, algorithm);
  assert.strictEqual(crypto.hash(algorithm, 'abc'), hex, algorithm);
  assert.ok(crypto.getHashes().includes(algorithm), algorithm);
}
assert.strictEqual(crypto.createHash('SHA256').update('abc').digest('hex'), vectors.sha256);

const parts = crypto.createHash('sha256').update('a').update(Buffer.from('b'))
  .update(new Uint8Array([99]));
assert.strictEqual(parts.digest('base64'), Buffer.from(vectors.sha256, 'hex').toString('base64'));
assert.strictEqual(crypto.createHash('sha1').update('616263', 'hex').digest('hex'), vectors.sha1);
const digest = crypto.createHash('sha1').update('abc').digest();
assert.ok(Buffer.isBuffer(digest));
assert.strictEqual(digest.length, 20);
assert.strictEqual(crypto.hash('sha1', 'abc', 'base64url'), digest.toString('base64url'));

const original = crypto.createHash('sha256').update('ab');
const copy = original.copy();
assert.strictEqual(original.update('c').digest('hex'), vectors.sha256);
assert.strictEqual(copy.digest('hex'), crypto.hash('sha256', 'ab'));

const finished = crypto.createHash('md5');
finished.digest();
assert.throws(() => finished.update('x'), { code: 'ERR_CRYPTO_HASH_FINALIZED', message: 'Digest already called' });
assert.throws(() => finished.digest(), { code: 'ERR_CRYPTO_HASH_FINALIZED' });
assert.throws(() => finished.copy(), { code: 'ERR_CRYPTO_HASH_FINALIZED' });
assert.throws(() => crypto.createHash('no-such-digest'), { message: 'Digest method not supported' });
assert.throws(() => crypto.createHash(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.createHash('sha1').update(1), { code: 'ERR_INVALID_ARG_TYPE' });

// A Hash is a Transform: written data is hashed, the digest comes out.
const stream = crypto.createHash('sha256');
assert.ok(stream instanceof Transform);
const out = [];
stream.on('data', (chunk) => out.push(chunk));
stream.on('end', () => assert.strictEqual(Buffer.concat(out).toString('hex'), vectors.sha256));
stream.write('a');
stream.end('bc');
