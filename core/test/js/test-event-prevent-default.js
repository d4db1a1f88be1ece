'use strict';
// preventDefault() only affects cancelable events; dispatchEvent() returns
// false once the default was prevented.
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

const plain = new Event('foo');
plain.preventDefault();
assert.strictEqual(plain.defaultPrevented, false);
assert.strictEqual(plain.returnValue, true);

const target = new EventTarget();
target.addEventListener('foo', (e) => e.preventDefault());
const cancelable = new Event('foo', { cancelable: true });
assert.strictEqual(target.dispatchEvent(cancelable), false);
assert.strictEqual(cancelable.defaultPrevented, true);
assert.strictEqual(cancelable.returnValue, false);
assert.strictEqual(target.dispatchEvent(new Event('foo')), true);

// cancelBubble can only be set to true.
const e = new Event('bar');
e.cancelBubble = false;
assert.strictEqual(e.cancelBubble, false);
e.cancelBubble = true;
e.cancelBubble = false;
assert.strictEqual(e.cancelBubble, true);
