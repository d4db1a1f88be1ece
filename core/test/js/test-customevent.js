'use strict';
// CustomEvent: detail defaults to null; brand-checked getter.
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

const detail = { a: 1 };
const e = new CustomEvent('foo', { detail, cancelable: true });
assert.strictEqual(e.detail, detail);
assert.strictEqual(e.cancelable, true);
assert.ok(e instanceof Event);
assert.strictEqual(new CustomEvent('foo').detail, null);
assert.strictEqual(new CustomEvent('foo', { detail: undefined }).detail, null);
assert.strictEqual(new CustomEvent('foo', { detail: 0 }).detail, 0);
assert.strictEqual(Object.prototype.toString.call(e), '[object CustomEvent]');

const target = new EventTarget();
let got;
target.addEventListener('foo', (ev) => { got = ev.detail; });
target.dispatchEvent(e);
assert.strictEqual(got, detail);

assert.throws(() => new CustomEvent(), { code: 'ERR_MISSING_ARGS' });
const getter = Object.getOwnPropertyDescriptor(CustomEvent.prototype, 'detail').get;
assert.throws(() => getter.call(new Event('foo')), { code: 'ERR_INVALID_THIS' });
