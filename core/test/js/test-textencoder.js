'use strict';
// TextEncoder.encode(): UTF-8, lone surrogates become U+FFFD.
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

const te = new TextEncoder();
assert.strictEqual(te.encoding, 'utf-8');
const bytes = (s) => Array.from(te.encode(s));
assert.deepStrictEqual(bytes(), []);
assert.deepStrictEqual(bytes(undefined), []);
assert.deepStrictEqual(bytes('A\u00e9\u20ac'), [0x41, 0xC3, 0xA9, 0xE2, 0x82, 0xAC]);
assert.deepStrictEqual(bytes('\ud83d\ude00'), [0xF0, 0x9F, 0x98, 0x80]);
assert.deepStrictEqual(bytes('\ud800'), [0xEF, 0xBF, 0xBD]);
assert.deepStrictEqual(bytes('a\udc00b'), [0x61, 0xEF, 0xBF, 0xBD, 0x62]);
assert.deepStrictEqual(bytes(null), [0x6E, 0x75, 0x6C, 0x6C]);
assert.ok(te.encode('x') instanceof Uint8Array);

const encodingGetter = Object.getOwnPropertyDescriptor(TextEncoder.prototype, 'encoding').get;
assert.throws(() => encodingGetter.call({}), {
  code: 'ERR_INVALID_THIS',
  message: 'Value of "this" must be of type TextEncoder',
});
