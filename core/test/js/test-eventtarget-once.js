'use strict';
// `once` listeners are removed before they run, so re-adding from inside
// the listener schedules it for the next dispatch only.
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

const target = new EventTarget();
let calls = 0;
function listener() {
  calls++;
  if (calls === 1) target.addEventListener('foo', listener, { once: true });
}
target.addEventListener('foo', listener, { once: true });

target.dispatchEvent(new Event('foo'));
assert.strictEqual(calls, 1);
target.dispatchEvent(new Event('foo'));
assert.strictEqual(calls, 2);
target.dispatchEvent(new Event('foo'));
assert.strictEqual(calls, 2);

// once listeners registered with and without capture are distinct.
let n = 0;
const f = () => n++;
const t2 = new EventTarget();
t2.addEventListener('bar', f, { once: true });
t2.addEventListener('bar', f, { once: true, capture: true });
t2.dispatchEvent(new Event('bar'));
t2.dispatchEvent(new Event('bar'));
assert.strictEqual(n, 2);
