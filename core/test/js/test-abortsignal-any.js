'use strict';
// AbortSignal.any(): follows its sources; aborted inputs give an already
// aborted signal; composite inputs are flattened.
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

const a = new AbortController();
const b = new AbortController();
const any = AbortSignal.any([a.signal, b.signal]);
const nested = AbortSignal.any([any]);
const log = [];
a.signal.addEventListener('abort', () => log.push(['a', any.aborted]));
any.addEventListener('abort', () => log.push(['any', any.reason]));
nested.addEventListener('abort', () => log.push(['nested', nested.reason]));
assert.strictEqual(any.aborted, false);
b.abort('B');
a.abort('A');
assert.deepStrictEqual(log, [['any', 'B'], ['nested', 'B'], ['a', true]]);
assert.strictEqual(any.reason, 'B');

const pre = AbortSignal.any([new AbortController().signal, AbortSignal.abort('x')]);
assert.strictEqual(pre.aborted, true);
assert.strictEqual(pre.reason, 'x');

const empty = AbortSignal.any([]);
assert.strictEqual(empty.aborted, false);

assert.throws(() => AbortSignal.any(), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "signals" argument must be an instance of Array. Received undefined',
});
assert.throws(() => AbortSignal.any([1]), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "signals[0]" argument must be an instance of AbortSignal. ' +
           'Received type number (1)',
});
