'use strict';
// stopImmediatePropagation() stops the remaining listeners of the target;
// stopPropagation() only sets cancelBubble (there is no propagation path).
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
target.addEventListener('immediate', (e) => {
  log.push('a');
  e.stopImmediatePropagation();
  assert.strictEqual(e.cancelBubble, true);
});
target.addEventListener('immediate', () => log.push('b'));
target.dispatchEvent(new Event('immediate'));
assert.deepStrictEqual(log, ['a']);

const log2 = [];
target.addEventListener('normal', (e) => {
  log2.push('a');
  e.stopPropagation();
  assert.strictEqual(e.cancelBubble, true);
});
target.addEventListener('normal', () => log2.push('b'));
target.dispatchEvent(new Event('normal'));
assert.deepStrictEqual(log2, ['a', 'b']);
