'use strict';
// A listener removed during a dispatch does not run; one added during a
// dispatch runs in that dispatch only if it was appended behind a listener
// that had not run yet.
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
const log = [];
function third() { log.push(3); }
target.addEventListener('foo', () => {
  log.push(1);
  target.addEventListener('foo', () => log.push('added'));
});
target.addEventListener('foo', () => {
  log.push(2);
  target.removeEventListener('foo', third);
});
target.addEventListener('foo', third);
target.dispatchEvent(new Event('foo'));
assert.deepStrictEqual(log, [1, 2, 'added']);

const t2 = new EventTarget();
const log2 = [];
t2.addEventListener('foo', () => {
  log2.push('only');
  t2.addEventListener('foo', () => log2.push('late'));
});
t2.dispatchEvent(new Event('foo'));
assert.deepStrictEqual(log2, ['only']);
// Second round: the first listener is no longer the tail, so the listener
// it appends now runs in the same dispatch, after the earlier one.
t2.dispatchEvent(new Event('foo'));
assert.deepStrictEqual(log2, ['only', 'only', 'late', 'late']);
