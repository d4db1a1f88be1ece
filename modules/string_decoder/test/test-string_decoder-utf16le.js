'use strict';
// UTF-16LE: odd bytes and high surrogates are held back; end() drops an
// odd byte and emits a held surrogate as is.
const assert = require('assert');
const { StringDecoder } = require('string_decoder');

const smile = Buffer.from('😀', 'utf16le');  // 3d d8 00 de
let d = new StringDecoder('utf16le');
assert.strictEqual(d.write(smile.subarray(0, 2)), '');
assert.strictEqual(d.lastNeed, 2);
assert.strictEqual(d.write(smile.subarray(2)), '😀');

// A code unit completed from a held odd byte is emitted at once, even a
// high surrogate (as Node does): the pair arrives in two strings.
d = new StringDecoder('utf16le');
assert.strictEqual(d.write(smile.subarray(0, 1)), '');
assert.strictEqual(d.write(smile.subarray(1, 3)), '\ud83d');
assert.strictEqual(d.lastNeed, 1);
assert.strictEqual(d.write(smile.subarray(3)), '\ude00');

d = new StringDecoder('ucs2');
assert.strictEqual(d.encoding, 'utf16le');
assert.strictEqual(d.write(Buffer.from([0x61, 0x00, 0x62])), 'a');
assert.strictEqual(d.end(), '');

d = new StringDecoder('utf-16le');
assert.strictEqual(d.write(smile.subarray(0, 2)), '');
assert.strictEqual(d.end(), '\ud83d');

d = new StringDecoder('utf16le');
assert.strictEqual(d.end(Buffer.from([0x41, 0x00, 0x42])), 'A');
