'use strict';
// Mosaic-specific: the plugin's digests run on BoringSSL, not on the OpenSSL
// 3 libnode carries (the plugin is opened RTLD_DEEPBIND; DESIGN.md); what
// is not implemented yet fails clearly; timingSafeEqual.
const assert = require('assert');
const crypto = require('crypto');

const library = crypto[Symbol.for('mosaic.crypto.testing')].cryptoLibrary();
assert.match(library, /\/android\/libcrypto\.so/);

assert.strictEqual(crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abc')), true);
assert.strictEqual(crypto.timingSafeEqual(Buffer.from('abc'), Buffer.from('abd')), false);
assert.throws(() => crypto.timingSafeEqual(Buffer.alloc(1), Buffer.alloc(2)), {
  code: 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', name: 'RangeError',
});

const notImplemented = { code: 'ERR_MOSAIC_NOT_IMPLEMENTED' };
assert.throws(() => crypto.createCipheriv('aes-128-cbc', Buffer.alloc(16), Buffer.alloc(16)),
              notImplemented);
assert.throws(() => crypto.generateKeyPairSync('rsa'), notImplemented);
assert.throws(() => new crypto.KeyObject(), notImplemented);
crypto.subtle.encrypt().catch((err) => assert.strictEqual(err.code, 'ERR_MOSAIC_NOT_IMPLEMENTED'));
