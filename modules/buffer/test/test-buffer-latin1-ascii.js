'use strict';
// latin1 (binary) and ascii: one byte per code unit when writing (the low
// byte); ascii decoding clears the high bit, latin1 maps bytes to U+00XX.
const assert = require('assert');
const { Buffer } = require('buffer');

assert.strictEqual(Buffer.from('aé€Ā', 'latin1').toString('hex'), '61e9ac00');
assert.strictEqual(Buffer.from('aé€Ā', 'binary').toString('hex'), '61e9ac00');
assert.strictEqual(Buffer.from('aé€Ā', 'ascii').toString('hex'), '61e9ac00');
const bytes = Buffer.from([0x61, 0xe9, 0x80, 0xff]);
assert.strictEqual(bytes.toString('latin1'), 'aé\u0080ÿ');
assert.strictEqual(bytes.toString('binary'), 'aé\u0080ÿ');
assert.strictEqual(bytes.toString('ascii'), 'ai\u0000\u007f');
assert.strictEqual(Buffer.byteLength('aé€', 'latin1'), 3);
assert.strictEqual(Buffer.byteLength('aé€', 'ascii'), 3);
const all = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
assert.strictEqual(Buffer.from(all.toString('latin1'), 'latin1').equals(all), true);
