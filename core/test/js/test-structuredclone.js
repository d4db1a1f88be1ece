'use strict';
// structuredClone() of cloneable values.
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

const o = { a: 1, nested: { b: [1, 2, { c: 3 }] } };
o.self = o;
const c = structuredClone(o);
assert.ok(c !== o);
assert.strictEqual(c.self, c);
assert.deepStrictEqual(c.nested, { b: [1, 2, { c: 3 }] });
assert.strictEqual(structuredClone(new Date(0)).toISOString(), '1970-01-01T00:00:00.000Z');
assert.deepStrictEqual(structuredClone(new Map([[1, 'a']])).get(1), 'a');
assert.deepStrictEqual([...structuredClone(new Set([1, 2]))], [1, 2]);
assert.strictEqual(structuredClone(/ab+c/gi).toString(), '/ab+c/gi');
assert.strictEqual(structuredClone(10n), 10n);
assert.strictEqual(structuredClone(undefined), undefined);
assert.strictEqual(structuredClone(null, null), null);
const err = structuredClone(new RangeError('bad'));
assert.ok(err instanceof RangeError);
assert.strictEqual(err.message, 'bad');
assert.deepStrictEqual(Array.from(structuredClone(new Uint16Array([1, 2]))), [1, 2]);
class A { constructor() { this.x = 1; } }
const plain = structuredClone(new A());
assert.strictEqual(Object.getPrototypeOf(plain), Object.prototype);
assert.strictEqual(plain.x, 1);
assert.strictEqual(structuredClone.length, 0);
