'use strict';
// {stream: true} keeps an incomplete sequence for the next call; the final
// call without it flushes (an incomplete tail becomes U+FFFD).
const assert = require('./fixtures/assert');

const euro = [0xE2, 0x82, 0xAC];
const smile = [0xF0, 0x9F, 0x98, 0x80];
const bytes = [0x41, ...euro, ...smile, 0x42];

for (let split = 0; split <= bytes.length; split++) {
  const td = new TextDecoder();
  const out = td.decode(new Uint8Array(bytes.slice(0, split)), { stream: true }) +
              td.decode(new Uint8Array(bytes.slice(split)));
  assert.strictEqual(out, 'A\u20ac\ud83d\ude00B', `split at ${split}`);
}

const td = new TextDecoder();
let out = '';
for (const b of bytes) out += td.decode(new Uint8Array([b]), { stream: true });
out += td.decode();
assert.strictEqual(out, 'A\u20ac\ud83d\ude00B');

const tail = new TextDecoder();
assert.strictEqual(tail.decode(new Uint8Array([0x41, 0xE2, 0x82]), { stream: true }), 'A');
assert.strictEqual(tail.decode(), '\ufffd');

const fatal = new TextDecoder('utf-8', { fatal: true });
assert.strictEqual(fatal.decode(new Uint8Array([0xE2]), { stream: true }), '');
assert.throws(() => fatal.decode(), { code: 'ERR_ENCODING_INVALID_ENCODED_DATA' });
assert.strictEqual(fatal.decode(new Uint8Array([0x41])), 'A');

const utf16 = new TextDecoder('utf-16le');
assert.strictEqual(utf16.decode(new Uint8Array([0x3D, 0xD8, 0x00]), { stream: true }), '');
assert.strictEqual(utf16.decode(new Uint8Array([0xDE])), '\ud83d\ude00');
