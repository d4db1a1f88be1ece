'use strict';
// UTF-8: characters split across chunks are held back and completed;
// invalid and truncated sequences become U+FFFD the way Node does it.
const assert = require('assert');
const { StringDecoder } = require('string_decoder');

function decode(chunks) {
  const d = new StringDecoder('utf8');
  let out = '';
  for (const c of chunks) out += d.write(Buffer.from(c));
  return out + d.end();
}

const euro = [0xe2, 0x82, 0xac];
const smile = [0xf0, 0x9f, 0x98, 0x80];
assert.strictEqual(decode([euro]), '€');
assert.strictEqual(decode([[0xe2], [0x82], [0xac]]), '€');
assert.strictEqual(decode([[0xf0, 0x9f], [0x98, 0x80]]), '😀');
assert.strictEqual(decode([[0x61, 0xe2, 0x82], [0xac, 0x62]]), 'a€b');

// Held bytes interrupted by a non-continuation byte: one U+FFFD for them.
assert.strictEqual(decode([[0xe2, 0x82], [0x61]]), '\ufffda');
// Truncated at end().
assert.strictEqual(decode([[0xe2, 0x82]]), '\ufffd');
assert.strictEqual(decode([[0xf0]]), '\ufffd');
// Stray continuation bytes and invalid lead bytes.
assert.strictEqual(decode([[0x80, 0x80]]), '\ufffd\ufffd');
assert.strictEqual(decode([[0xff, 0x61]]), '\ufffda');
assert.strictEqual(decode([[0xc0, 0x80]]), '\ufffd\ufffd');
assert.strictEqual(decode([[0xed, 0xa0, 0x80]]), '\ufffd\ufffd\ufffd');
assert.strictEqual(decode([smile, [0xf0, 0x9f], [0x61]]), '😀\ufffda');

const d = new StringDecoder();
assert.strictEqual(d.encoding, 'utf8');
assert.strictEqual(d.write(Buffer.from([0xe2])), '');
assert.strictEqual(d.lastNeed, 2);
assert.strictEqual(d.lastTotal, 3);
assert.strictEqual(d.lastChar[0], 0xe2);
assert.strictEqual(d.write(Buffer.from([0x82, 0xac])), '€');
assert.strictEqual(d.lastNeed, 0);
