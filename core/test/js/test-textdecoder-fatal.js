'use strict';
// fatal: invalid input throws ERR_ENCODING_INVALID_ENCODED_DATA.
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
