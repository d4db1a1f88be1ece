'use strict';
// decode() accepts ArrayBuffer, SharedArrayBuffer and any ArrayBufferView.
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

const td = new TextDecoder();
const ab = new ArrayBuffer(3);
new Uint8Array(ab).set([0x61, 0x62, 0x63]);
assert.strictEqual(td.decode(ab), 'abc');
assert.strictEqual(td.decode(new DataView(ab, 1)), 'bc');
assert.strictEqual(td.decode(new Uint8Array(ab, 2, 1)), 'c');
assert.strictEqual(td.decode(new SharedArrayBuffer(1)), '\u0000');
assert.strictEqual(td.decode(), '');
assert.strictEqual(td.decode(undefined), '');
for (const bad of [null, 1, 'abc', {}]) {
  assert.throws(() => td.decode(bad), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
}
