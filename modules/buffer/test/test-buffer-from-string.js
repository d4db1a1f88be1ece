'use strict';
// Buffer.from(string[, encoding]) in every encoding, case-insensitive names,
// utf8 by default, unknown encodings rejected.
const assert = require('assert');
const { Buffer } = require('buffer');

const hex = (b) => b.toString('hex');
assert.strictEqual(hex(Buffer.from('héllo')), '68c3a96c6c6f');
assert.strictEqual(hex(Buffer.from('héllo', 'utf-8')), '68c3a96c6c6f');
assert.strictEqual(hex(Buffer.from('h€', 'UTF8')), '68e282ac');
assert.strictEqual(hex(Buffer.from('h€', 'ucs2')), '6800ac20');
assert.strictEqual(hex(Buffer.from('h€', 'utf-16le')), '6800ac20');
assert.strictEqual(hex(Buffer.from('h€', 'latin1')), '68ac');
assert.strictEqual(hex(Buffer.from('h€', 'binary')), '68ac');
assert.strictEqual(hex(Buffer.from('h€', 'ascii')), '68ac');
assert.strictEqual(hex(Buffer.from('aGk=', 'base64')), '6869');
assert.strictEqual(hex(Buffer.from('-_8', 'base64url')), 'fbff');
assert.strictEqual(hex(Buffer.from('DEADbeef', 'hex')), 'deadbeef');
assert.strictEqual(hex(Buffer.from('\ud83d\ude00')), 'f09f9880');
// Empty strings, and non-string encodings meaning utf8.
assert.strictEqual(Buffer.from('').length, 0);
assert.strictEqual(hex(Buffer.from('é', null)), 'c3a9');
assert.strictEqual(hex(Buffer.from('é', '')), 'c3a9');

assert.throws(() => Buffer.from('abc', 'utf9'), {
  code: 'ERR_UNKNOWN_ENCODING',
  name: 'TypeError',
  message: 'Unknown encoding: utf9',
});

// Strings of every size round-trip (pooled and unpooled paths).
for (const n of [1, 31, 33, 1365, 1400, 4095, 4096, 5000, 100000]) {
  const s = 'x€😀'.repeat(n).slice(0, n);
  assert.strictEqual(Buffer.from(s).toString(), s.replace(/[\ud800-\udbff]$/, '\ufffd'));
}
