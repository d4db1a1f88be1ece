'use strict';
// structuredClone() argument errors and DataCloneError.
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

assert.throws(() => structuredClone(), {
  code: 'ERR_MISSING_ARGS',
  message: 'The value argument must be specified',
});
assert.throws(() => structuredClone(1, 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The options argument must be either an object or undefined',
});
for (const [value, message] of [
  [() => {}, '() => {} could not be cloned.'],
  [Symbol('q'), 'Symbol(q) could not be cloned.'],
  [new WeakMap(), '#<WeakMap> could not be cloned.'],
]) {
  let caught;
  try {
    structuredClone(value);
  } catch (err) {
    caught = err;
  }
  assert.ok(caught instanceof DOMException);
  assert.strictEqual(caught.name, 'DataCloneError');
  assert.strictEqual(caught.code, 25);
  assert.strictEqual(caught.message, message);
}
// Exceptions from getters propagate unchanged.
const inner = new Error('inner');
let caught;
try {
  structuredClone({ get a() { throw inner; } });
} catch (err) {
  caught = err;
}
assert.strictEqual(caught, inner);
