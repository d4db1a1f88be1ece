'use strict';
// fatal: invalid input throws ERR_ENCODING_INVALID_ENCODED_DATA.
const assert = require('./fixtures/assert');

const decode = (label, bytes) => new TextDecoder(label, { fatal: true }).decode(new Uint8Array(bytes));
for (const bytes of [[0xFF], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xE2, 0x82], [0xF4, 0x90, 0x80, 0x80]]) {
  assert.throws(() => decode('utf-8', bytes), {
    code: 'ERR_ENCODING_INVALID_ENCODED_DATA',
    name: 'TypeError',
    message: 'The encoded data was not valid for encoding utf-8',
  });
}
assert.throws(() => decode('utf-16le', [0x00, 0xD8]), {
  code: 'ERR_ENCODING_INVALID_ENCODED_DATA',
  message: 'The encoded data was not valid for encoding utf-16le',
});
assert.throws(() => decode('utf-16le', [0x41]), { code: 'ERR_ENCODING_INVALID_ENCODED_DATA' });
assert.strictEqual(decode('utf-8', [0xE2, 0x82, 0xAC]), '\u20ac');

// Without fatal, errors become U+FFFD (one per maximal subpart).
const lenient = new TextDecoder();
assert.strictEqual(lenient.decode(new Uint8Array([0xE2, 0x82, 0x41, 0xFF])), '\ufffdA\ufffd');
assert.strictEqual(lenient.decode(new Uint8Array([0xF0, 0x90, 0x80])), '\ufffd');
assert.strictEqual(lenient.decode(new Uint8Array([0xED, 0xA0, 0x80])), '\ufffd\ufffd\ufffd');
assert.strictEqual(lenient.fatal, false);
