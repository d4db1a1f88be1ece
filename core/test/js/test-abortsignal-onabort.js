'use strict';
// The onabort handler keeps the position of its first assignment among the
// listeners; later assignments replace it in place; null clears it.
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
const { signal } = ac;
const log = [];
assert.strictEqual(signal.onabort, null);
signal.addEventListener('abort', () => log.push('first'));
signal.onabort = () => log.push('replaced');
signal.addEventListener('abort', () => log.push('third'));
signal.onabort = function(e) { log.push(['handler', this === signal, e.type]); };
assert.strictEqual(typeof signal.onabort, 'function');
ac.abort();
assert.deepStrictEqual(log, ['first', ['handler', true, 'abort'], 'third']);

const ac2 = new AbortController();
let called = false;
ac2.signal.onabort = () => { called = true; };
ac2.signal.onabort = null;
assert.strictEqual(ac2.signal.onabort, null);
ac2.abort();
assert.strictEqual(called, false);
