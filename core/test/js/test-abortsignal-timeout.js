'use strict';
// AbortSignal.timeout(ms) aborts with a TimeoutError DOMException, and its
// timer does not keep the process alive by itself.
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

assert.throws(() => AbortSignal.timeout(), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => AbortSignal.timeout(-1), {
  code: 'ERR_OUT_OF_RANGE',
  name: 'RangeError',
  message: 'The value of "delay" is out of range. It must be >= 0 && <= 4294967295. ' +
           'Received -1',
});
assert.throws(() => AbortSignal.timeout(1.5), { code: 'ERR_OUT_OF_RANGE' });

const signal = AbortSignal.timeout(10);
assert.strictEqual(signal.aborted, false);
let fired = false;
signal.addEventListener('abort', () => {
  fired = true;
  assert.strictEqual(signal.reason.name, 'TimeoutError');
  assert.strictEqual(signal.reason.message, 'The operation was aborted due to timeout');
  assert.strictEqual(signal.reason.code, 23);
  assert.ok(signal.reason instanceof DOMException);
});
// Keep the loop alive long enough (the signal's own timer is unref'd).
setTimeout(() => assert.strictEqual(fired, true), 100);

// An unref'd timeout alone lets the process exit: this long one must not
// hold the test open.
AbortSignal.timeout(600000).addEventListener('abort', () => {
  throw new Error('must not fire');
});
