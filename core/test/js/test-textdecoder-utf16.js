'use strict';
// utf-16le and utf-16be decoding, unpaired surrogates become U+FFFD.
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
