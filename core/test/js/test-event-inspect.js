'use strict';
// util.inspect shapes of the event classes (Node 20).
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

let util;
try {
  util = require('util');
} catch {
  // A bare core has no util module to inspect with.
  console.log('skipped: the util module is not available');
  process.exit(0);
}

const clean = (s) => s.replace(/timeStamp: [\d.]+/g, 'timeStamp: N');
assert.strictEqual(clean(util.inspect(new Event('foo'))),
                   "Event {\n  type: 'foo',\n  defaultPrevented: false,\n" +
                   '  cancelable: false,\n  timeStamp: N\n}');
assert.strictEqual(util.inspect({ a: { b: { c: new Event('x') } } }), '{ a: { b: { c: Event } } }');
assert.strictEqual(util.inspect(new EventTarget()), 'EventTarget {}');
assert.strictEqual(util.inspect(new AbortController()),
                   'AbortController { signal: AbortSignal { aborted: false } }');
assert.strictEqual(util.inspect(AbortSignal.abort()), 'AbortSignal { aborted: true }');
assert.strictEqual(util.inspect({ a: { b: { s: AbortSignal.abort() } } }),
                   '{ a: { b: { s: [AbortSignal] } } }');
assert.strictEqual(util.inspect(new TextEncoder()), "{ encoding: 'utf-8' }");
assert.strictEqual(util.inspect(new TextDecoder('utf-16le', { fatal: true })),
                   "TextDecoder { encoding: 'utf-16le', fatal: true, ignoreBOM: false }");
