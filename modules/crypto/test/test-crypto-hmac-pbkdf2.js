'use strict';
// createHmac (RFC 4231 test case 2) and pbkdf2 (RFC 6070 vectors).
const assert = require('assert');
const crypto = require('crypto');

assert.strictEqual(
  crypto.createHmac('sha256', 'Jefe').update('what do ya want for nothing?').digest('hex'),
  '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
assert.strictEqual(
  crypto.createHmac('sha1', Buffer.from('key')).update('The quick brown fox jumps over the lazy dog')
    .digest('hex'),
  'de7c9b85b8b78aa6bc8a7a36f70a90701c9db4d9');
assert.strictEqual(crypto.createHmac('sha256', '').update('').digest('hex'),
                   'b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad');
const finished = crypto.createHmac('md5', 'k');
finished.digest();
assert.throws(() => finished.update('x'), { code: 'ERR_CRYPTO_HASH_FINALIZED' });
assert.throws(() => crypto.createHmac('sha256'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.createHmac('no-such-digest', 'k'), {
  code: 'ERR_CRYPTO_INVALID_DIGEST', message: 'Invalid digest: no-such-digest',
});

assert.strictEqual(crypto.pbkdf2Sync('password', 'salt', 1, 20, 'sha1').toString('hex'),
                   '0c60c80f961f0e71f3a9b524af6012062fe037a6');
assert.strictEqual(crypto.pbkdf2Sync('password', 'salt', 4096, 20, 'sha1').toString('hex'),
                   '4b007901b765489abead49d926f721d065a429c1');
assert.throws(() => crypto.pbkdf2Sync('p', 's', 1, 16, 'no-such-digest'), {
  code: 'ERR_CRYPTO_INVALID_DIGEST',
});
assert.throws(() => crypto.pbkdf2Sync('p', 's', 0, 16, 'sha1'), { code: 'ERR_OUT_OF_RANGE' });
let called = false;
crypto.pbkdf2('password', 'salt', 2, 20, 'sha1', (err, key) => {
  assert.strictEqual(err, null);
  assert.strictEqual(key.toString('hex'), 'ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957');
  called = true;
});
assert.strictEqual(called, false);  // asynchronous
process.on('exit', () => assert.ok(called));
