'use strict';
// Listeners run in registration order; a duplicate (same callback and
// capture) is ignored; handleEvent objects are called with `this` = object.
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
const first = () => log.push('first');
const handler = { handleEvent(e) { log.push(['handler', this === handler, e.type]); } };
const last = function() { log.push(['last', this === target]); };

target.addEventListener('foo', first);
target.addEventListener('foo', first);  // duplicate: ignored
target.addEventListener('foo', handler);
target.addEventListener('foo', first, { capture: true });  // distinct listener
target.addEventListener('foo', last);

assert.strictEqual(target.dispatchEvent(new Event('foo')), true);
assert.deepStrictEqual(log, [
  'first',
  ['handler', true, 'foo'],
  'first',
  ['last', true],
]);
