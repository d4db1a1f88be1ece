'use strict';
// buf.toString('utf8') on random byte strings equals the WHATWG UTF-8
// decoder written out below (V8 implements the same algorithm, so this
// passes on node too): valid sequences of every length, overlongs,
// surrogates, code points above U+10FFFF and truncated sequences, at every
// size class the plugin decodes differently (in a scratch buffer, straight
// into an external string, one-byte and two-byte results).
const assert = require('assert');
const { Buffer } = require('buffer');

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
  const b = Buffer.allocUnsafe(length);
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

for (let round = 0; round < 400; round++) {
  const bytes = randomBytes(1 + random(64), false);
  assert.strictEqual(bytes.toString('utf8'), whatwgDecode(bytes), bytes.toString('hex'));
}

// Every valid scalar value class, and a few boundaries, in one buffer.
for (const s of ['\u0080', '\u07FF', '\u0800', '\uD7FF', '\uE000', '\uFFFF',
                 '\u{10000}', '\u{10FFFF}', 'aé€😀']) {
  const bytes = Buffer.from(s);
  assert.strictEqual(bytes.toString(), s);
  const truncated = Buffer.concat([bytes, bytes.subarray(0, bytes.length - 1)]);
  assert.strictEqual(truncated.toString(), whatwgDecode(truncated));
  assert.ok(truncated.toString().startsWith(s));
}

// Sizes on both sides of the plugin's external-string threshold (128 KiB
// of UTF-16), with mixed and with Latin-1-only results.
for (const length of [1000, 70000, 200000]) {
  for (const latinOnly of [false, true]) {
    const bytes = randomBytes(length, latinOnly);
    const expected = whatwgDecode(bytes);
    assert.strictEqual(bytes.toString(), expected);
    assert.strictEqual(bytes.toString('utf8', 3, length - 3),
                       whatwgDecode(bytes.subarray(3, length - 3)));
  }
}
