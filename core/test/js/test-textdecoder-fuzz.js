'use strict';
// TextDecoder('utf-8') on random byte strings equals the WHATWG UTF-8
// decoder written out below (V8 implements the same algorithm, so this
// passes on node too): valid sequences of every length, overlongs,
// surrogates, code points above U+10FFFF and truncated sequences; `fatal`
// throws exactly when the reference replaced something; streaming in random
// pieces gives the same text.
const assert = require('./fixtures/assert');

function whatwgDecode(bytes) {
  const units = [];
  let needed = 0;
  let seen = 0;
  let cp = 0;
  let lower = 0x80;
  let upper = 0xBF;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (needed === 0) {
      if (b <= 0x7F) {
        units.push(b);
      } else if (b >= 0xC2 && b <= 0xDF) {
        needed = 1;
        cp = b & 0x1F;
      } else if (b >= 0xE0 && b <= 0xEF) {
        if (b === 0xE0) lower = 0xA0;
        if (b === 0xED) upper = 0x9F;
        needed = 2;
        cp = b & 0xF;
      } else if (b >= 0xF0 && b <= 0xF4) {
        if (b === 0xF0) lower = 0x90;
        if (b === 0xF4) upper = 0x8F;
        needed = 3;
        cp = b & 0x7;
      } else {
        units.push(0xFFFD);
      }
      continue;
    }
    if (b < lower || b > upper) {
      needed = seen = cp = 0;
      lower = 0x80;
      upper = 0xBF;
      units.push(0xFFFD);
      i--;  // decode this byte again
      continue;
    }
    lower = 0x80;
    upper = 0xBF;
    cp = (cp << 6) | (b & 0x3F);
    if (++seen === needed) {
      if (cp > 0xFFFF) {
        units.push(0xD800 + ((cp - 0x10000) >> 10), 0xDC00 + (cp & 0x3FF));
      } else {
        units.push(cp);
      }
      needed = seen = cp = 0;
    }
  }
  if (needed !== 0) units.push(0xFFFD);
  let out = '';
  for (let i = 0; i < units.length; i += 4096) {
    out += String.fromCharCode.apply(null, units.slice(i, i + 4096));
  }
  return out;
}

let seed = 0x2545F491;
function random(n) {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  return (seed >>> 0) % n;
}

// Bytes that matter to a UTF-8 decoder, plus runs of ASCII.
const interesting = [
  0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2,
  0xC3, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4,
  0xF5, 0xF8, 0xFE, 0xFF,
];
function randomBytes(length, latinOnly) {
  const b = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    const r = random(10);
    if (latinOnly) {
      // Valid two-byte sequences for U+0080..U+00FF among ASCII.
      if (r < 3 && i + 1 < length) {
        const cp = 0x80 + random(0x80);
        b[i++] = 0xC0 | (cp >> 6);
        b[i] = 0x80 | (cp & 0x3F);
      } else {
        b[i] = 0x20 + random(0x5F);
      }
    } else if (r < 4) {
      b[i] = 0x20 + random(0x5F);
    } else if (r < 7) {
      b[i] = interesting[random(interesting.length)];
    } else {
      b[i] = 0x80 + random(0x40);  // continuation bytes
    }
  }
  return b;
}

function randomPieces(bytes) {
  const pieces = [];
  for (let at = 0; at < bytes.length;) {
    const n = Math.min(bytes.length - at, 1 + random(7));
    pieces.push(bytes.subarray(at, at + n));
    at += n;
  }
  return pieces;
}

const decoder = new TextDecoder();
const fatal = new TextDecoder('utf-8', { fatal: true });
for (let round = 0; round < 400; round++) {
  const bytes = randomBytes(1 + random(64), false);
  const expected = whatwgDecode(bytes);
  assert.strictEqual(decoder.decode(bytes), expected, Array.from(bytes).join(','));
  if (expected.includes('\ufffd')) {
    assert.throws(() => fatal.decode(bytes), { code: 'ERR_ENCODING_INVALID_ENCODED_DATA' });
  } else {
    assert.strictEqual(fatal.decode(bytes), expected);
  }
  let streamed = '';
  for (const piece of randomPieces(bytes)) streamed += decoder.decode(piece, { stream: true });
  streamed += decoder.decode();
  assert.strictEqual(streamed, expected);
}

// Results both one-byte (Latin-1 only) and two-byte, small and large.
for (const length of [1000, 200000]) {
  for (const latinOnly of [false, true]) {
    const bytes = randomBytes(length, latinOnly);
    assert.strictEqual(decoder.decode(bytes), whatwgDecode(bytes));
  }
}
