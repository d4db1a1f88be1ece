'use strict';
// The transfer option moves ArrayBuffers (the originals are detached).
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

const buffer = new ArrayBuffer(4);
new Uint8Array(buffer).set([1, 2, 3, 4]);
const clone = structuredClone({ buffer, view: new Uint8Array(buffer, 1, 2) },
                              { transfer: [buffer] });
assert.strictEqual(buffer.byteLength, 0);
assert.strictEqual(clone.buffer.byteLength, 4);
assert.deepStrictEqual(Array.from(clone.view), [2, 3]);
assert.strictEqual(clone.view.buffer, clone.buffer);

// Any iterable works.
const b2 = new ArrayBuffer(1);
structuredClone(b2, { transfer: new Set([b2]) });
assert.strictEqual(b2.byteLength, 0);

assert.throws(() => structuredClone(1, { transfer: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'Optional transferList argument must be an iterable',
});
assert.throws(() => structuredClone(1, { transfer: [{}] }), {
  code: 'ERR_INVALID_TRANSFER_OBJECT',
  message: 'Found invalid object in transferList',
});
const dup = new ArrayBuffer(1);
assert.throws(() => structuredClone(1, { transfer: [dup, dup] }), {
  name: 'DataCloneError',
  message: 'Transfer list contains duplicate ArrayBuffer',
});
