'use strict';
// A null/undefined listener is a no-op that emits an
// AddEventListenerArgumentTypeWarning.
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

const warnings = [];
process.removeAllListeners('warning');
process.on('warning', (w) => warnings.push(w));

const target = new EventTarget();
target.addEventListener('foo', null);
target.removeEventListener('foo', null);  // silent
assert.strictEqual(target.dispatchEvent(new Event('foo')), true);

setTimeout(() => {
  assert.strictEqual(warnings.length, 1);
  const [w] = warnings;
  assert.strictEqual(w.name, 'AddEventListenerArgumentTypeWarning');
  assert.strictEqual(w.message, 'addEventListener called with null which has no effect.');
  assert.strictEqual(w.target, target);
  assert.strictEqual(w.type, 'foo');
}, 10);
