'use strict';
// {stream: true} keeps an incomplete sequence for the next call; the final
// call without it flushes (an incomplete tail becomes U+FFFD).
// assert from the assert plugin; on a bare core (no plugins) the small
// subset these tests use.
const assert = (() => {
  try {
    return require('assert');
  } catch {
    // Fall through to the local subset.
  }
  const show = (v) => {
    try { return typeof v === 'string' ? JSON.stringify(v) : String(JSON.stringify(v) ?? v); } catch { return String(v); }
  };
  const fail = (message) => { throw new Error(`AssertionError: ${message}`); };
  const same = (a, b) => {
    if (Object.is(a, b)) return true;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null ||
        Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => same(a[k], b[k]));
  };
  return {
    ok: (value, message) => value || fail(message || `${show(value)} is not truthy`),
    strictEqual: (a, b, message) => Object.is(a, b) || fail(message || `${show(a)} !== ${show(b)}`),
    deepStrictEqual: (a, b, message) => same(a, b) || fail(message || `${show(a)} !== ${show(b)}`),
    throws(fn, expected = {}) {
      try {
        fn();
      } catch (err) {
        for (const key of Object.keys(expected)) {
          if (!same(err[key], expected[key])) fail(`error.${key}: ${show(err[key])} !== ${show(expected[key])}`);
        }
        return;
      }
      fail('Missing expected exception.');
    },
  };
})();

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
