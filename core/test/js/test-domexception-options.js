'use strict';
// DOMException(message, nameOrOptions).
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

const plain = new DOMException();
assert.strictEqual(plain.name, 'Error');
assert.strictEqual(plain.message, '');
assert.strictEqual(plain.code, 0);

const named = new DOMException('msg', 'NotFoundError');
assert.strictEqual(named.name, 'NotFoundError');
assert.strictEqual(named.message, 'msg');
assert.strictEqual(String(named), 'NotFoundError: msg');
assert.ok(named instanceof Error);
assert.strictEqual(named.stack.split('\n')[0], 'NotFoundError: msg');
assert.strictEqual(Object.prototype.toString.call(named), '[object DOMException]');
assert.deepStrictEqual(Object.keys(named), []);

const withCause = new DOMException('m', { name: 'AbortError', cause: 'why' });
assert.strictEqual(withCause.name, 'AbortError');
assert.strictEqual(withCause.code, 20);
assert.strictEqual(withCause.cause, 'why');
assert.strictEqual(Object.getOwnPropertyDescriptor(withCause, 'cause').enumerable, false);
assert.strictEqual('cause' in new DOMException('m', { name: 'AbortError' }), false);

assert.strictEqual(new DOMException(null, null).name, 'null');
assert.strictEqual(new DOMException(null, null).message, 'null');

const nameGetter = Object.getOwnPropertyDescriptor(DOMException.prototype, 'name').get;
assert.throws(() => nameGetter.call({}), {
  code: 'ERR_INVALID_THIS',
  message: 'Value of "this" must be of DOMException',
});
