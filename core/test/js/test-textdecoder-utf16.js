'use strict';
// utf-16le and utf-16be decoding, unpaired surrogates become U+FFFD.
const assert = require('./fixtures/assert');

const le = (bytes, opts) => new TextDecoder('utf-16le', opts).decode(new Uint8Array(bytes));
const be = (bytes) => new TextDecoder('utf-16be').decode(new Uint8Array(bytes));
assert.strictEqual(le([0x41, 0x00, 0x42, 0x00]), 'AB');
assert.strictEqual(be([0x00, 0x41, 0x00, 0x42]), 'AB');
assert.strictEqual(le([0x3D, 0xD8, 0x00, 0xDE]), '\ud83d\ude00');
assert.strictEqual(be([0xD8, 0x3D, 0xDE, 0x00]), '\ud83d\ude00');
assert.strictEqual(le([0x3D, 0xD8, 0x41, 0x00]), '\ufffdA');
assert.strictEqual(le([0x00, 0xDE]), '\ufffd');
assert.strictEqual(le([0x41, 0x00, 0x42]), 'A\ufffd');
assert.strictEqual(le([0x3D, 0xD8, 0x00]), '\ufffd');
assert.strictEqual(new TextDecoder('utf-16').encoding, 'utf-16le');
// Any ArrayBufferView is read as bytes.
assert.strictEqual(new TextDecoder('utf-16le').decode(new Uint16Array([0x4142])), '\u4142');
