'use strict';
// buf.toString() of random, mostly malformed UTF-8 equals TextDecoder's
// result (which core/test/js/test-textdecoder-fuzz.js checks against the
// WHATWG algorithm), at every size the plugin handles differently: decoded
// in scratch memory or straight into an external string, with a one-byte
// (Latin-1 only) or a two-byte result, and for subranges.
const assert = require('assert');
const { Buffer } = require('buffer');

let seed = 0x9E3779B9;
function random(n) {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) % n;
}

const leads = [0x7F, 0x80, 0xBF, 0xC0, 0xC2, 0xDF, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF];
function mixedBytes(length) {
  const b = Buffer.allocUnsafe(length);
  for (let i = 0; i < length; i++) {
    const r = random(3);
    b[i] = r === 0 ? 0x61 + random(26) : r === 1 ? leads[random(leads.length)] : 0x80 + random(0x40);
  }
  return b;
}

// Valid text whose characters are all <= U+00FF.
function latin1Text(length) {
  const chars = [];
  for (let i = 0; i < length; i++) chars.push(String.fromCharCode(0x41 + random(0xBF)));
  return Buffer.from(chars.join(''));
}

const decoder = new TextDecoder();
for (let round = 0; round < 300; round++) {
  const bytes = mixedBytes(1 + random(40));
  assert.strictEqual(bytes.toString(), decoder.decode(bytes), bytes.toString('hex'));
}
for (const length of [1000, 70000, 300000]) {
  for (const bytes of [mixedBytes(length), latin1Text(length)]) {
    const expected = decoder.decode(bytes);
    assert.strictEqual(bytes.toString(), expected);
    assert.strictEqual(bytes.toString('utf8', 5, bytes.length - 5),
                       decoder.decode(bytes.subarray(5, bytes.length - 5)));
  }
}
// A valid Latin-1-only text comes back unchanged.
const text = 'Grüße, café naïve ÿ '.repeat(20000);
assert.strictEqual(Buffer.from(text).toString(), text);
