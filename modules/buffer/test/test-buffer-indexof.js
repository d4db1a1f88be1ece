'use strict';
// buf.indexOf(value[, byteOffset][, encoding]) with strings, numbers and
// buffers; negative and out-of-range offsets; encodings.
const assert = require('assert');
const { Buffer } = require('buffer');

const buf = Buffer.from('this is a test, this is');
assert.strictEqual(buf.indexOf('is'), 2);
assert.strictEqual(buf.indexOf('is', 3), 5);
assert.strictEqual(buf.indexOf('is', -5), 18);
assert.strictEqual(buf.indexOf('is', -100), 2);
assert.strictEqual(buf.indexOf('is', 100), -1);
assert.strictEqual(buf.indexOf('nope'), -1);
assert.strictEqual(buf.indexOf(Buffer.from('test')), 10);
assert.strictEqual(buf.indexOf(new Uint8Array([0x74, 0x65])), 10);
assert.strictEqual(buf.indexOf(0x61), 8);
assert.strictEqual(buf.indexOf(0x161), 8);   // numbers are taken modulo 256
assert.strictEqual(buf.indexOf(97.9), 8);
// Offsets: strings mean encodings; null and [] mean 0; {} means "all".
assert.strictEqual(buf.indexOf('is', 'utf8'), 2);
assert.strictEqual(buf.indexOf('is', null), 2);
assert.strictEqual(buf.indexOf('is', {}), 2);
assert.strictEqual(buf.indexOf('is', 2.9), 2);
// Empty needles give the (clamped) offset.
assert.strictEqual(buf.indexOf(''), 0);
assert.strictEqual(buf.indexOf('', 5), 5);
assert.strictEqual(buf.indexOf('', 100), buf.length);
assert.strictEqual(buf.indexOf(Buffer.alloc(0), 3), 3);
// Encodings: the needle is encoded first.
assert.strictEqual(buf.indexOf('74657374', 'hex'), 10);
assert.strictEqual(buf.indexOf('dGVzdA==', 'base64'), 10);
assert.strictEqual(buf.indexOf('test', 0, 'latin1'), 10);
const u16 = Buffer.from('abc€abc', 'ucs2');
assert.strictEqual(u16.indexOf('€', 0, 'ucs2'), 6);
assert.strictEqual(u16.indexOf('c', 0, 'utf16le'), 4);
assert.strictEqual(Buffer.from('€uro').indexOf('uro'), 3);
// Long haystacks.
const long = Buffer.concat([Buffer.alloc(100000, 'ab'), Buffer.from('needle')]);
assert.strictEqual(long.indexOf('needle'), 100000);
assert.strictEqual(long.indexOf(Buffer.from('needle')), 100000);
assert.strictEqual(long.indexOf('bab', 50001), 50001);

assert.throws(() => buf.indexOf({}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "value" argument must be one of type number or string or an instance of ' +
    'Buffer or Uint8Array. Received an instance of Object',
});
assert.throws(() => buf.indexOf('a', 0, 'bogus'), {
  code: 'ERR_UNKNOWN_ENCODING',
  message: 'Unknown encoding: bogus',
});

// A UTF-8 needle's lone surrogates are searched for as their own three bytes
// (ED A0 80 for U+D800), never as U+FFFD's.
assert.strictEqual(Buffer.from('x\ufffd').indexOf('\ud800'), -1);
assert.strictEqual(Buffer.from('x\ufffd').includes('\ud800'), false);
assert.strictEqual(Buffer.from('ab\ud800cd').lastIndexOf('\ud800'), -1);
assert.strictEqual(Buffer.from([0x61, 0xed, 0xa0, 0x80]).indexOf('\ud800'), 1);
assert.strictEqual(Buffer.from([0x61, 0xed, 0xa0, 0x80, 0x62]).indexOf('\ud800b', 0, 'utf8'), 1);
assert.strictEqual(Buffer.from('a😀b').indexOf('😀b'), 1);
