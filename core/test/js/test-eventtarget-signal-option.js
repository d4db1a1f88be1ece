'use strict';
// The `signal` option removes the listener when the signal aborts, and an
// already aborted signal means the listener is never added.
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

const ac = new AbortController();
const target = new EventTarget();
let calls = 0;
const listener = () => calls++;

target.addEventListener('foo', listener, { signal: ac.signal });
target.dispatchEvent(new Event('foo'));
assert.strictEqual(calls, 1);

ac.abort();
target.dispatchEvent(new Event('foo'));
assert.strictEqual(calls, 1);

target.addEventListener('foo', listener, { signal: ac.signal });
target.dispatchEvent(new Event('foo'));
assert.strictEqual(calls, 1);

// A listener on the signal's own 'abort' event with that signal as option
// is removed before it could run.
const ac2 = new AbortController();
let selfCalls = 0;
ac2.signal.addEventListener('abort', () => selfCalls++, { signal: ac2.signal });
ac2.abort();
assert.strictEqual(selfCalls, 0);

assert.throws(() => target.addEventListener('foo', listener, { signal: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: 'The "options.signal" property must be an instance of AbortSignal. ' +
           'Received type number (1)',
});
