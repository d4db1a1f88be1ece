'use strict';
// base64 / base64url: padded / unpadded output; lenient input: both
// alphabets, whitespace and junk skipped, '=' ends the data.
const assert = require('assert');
const { Buffer } = require('buffer');

const b = Buffer.from([0xfb, 0xff, 0xbf, 0x41]);
assert.strictEqual(b.toString('base64'), '+/+/QQ==');
assert.strictEqual(b.toString('base64url'), '-_-_QQ');
const dec = (s, enc = 'base64') => Buffer.from(s, enc).toString('hex');
assert.strictEqual(dec('+/+/QQ=='), 'fbffbf41');
assert.strictEqual(dec('-_-_QQ'), 'fbffbf41');
assert.strictEqual(dec('+/+/QQ==', 'base64url'), 'fbffbf41');
assert.strictEqual(dec('QUJD\nREVG'), '414243444546');
assert.strictEqual(dec('  QU JD\tRA =='), '41424344');
assert.strictEqual(dec('QUJD!!RA=='), '41424344');
assert.strictEqual(dec('QUJDRA==QUJD'), '41424344');   // stops at padding
assert.strictEqual(dec('QU=JD'), '41');
assert.strictEqual(dec('QQ'), '41');
assert.strictEqual(dec('QQQ'), '4104');
assert.strictEqual(dec('Q'), '');
assert.strictEqual(dec('=QUJD'), '');
assert.strictEqual(Buffer.byteLength('QUJDRA==', 'base64'), 4);
assert.strictEqual(Buffer.byteLength('QUJDRA', 'base64url'), 4);

for (let n = 0; n < 100; n++) {
  const bytes = Buffer.from(Array.from({ length: n }, (_, i) => (i * 37 + n) & 0xff));
  for (const enc of ['base64', 'base64url']) {
    const text = bytes.toString(enc);
    assert.ok(Buffer.from(text, enc).equals(bytes), `${enc} round trip of ${n} bytes`);
  }
  const wrapped = bytes.toString('base64').replace(/(.{4})/g, '$1\r\n');
  assert.ok(Buffer.from(wrapped, 'base64').equals(bytes));
}
