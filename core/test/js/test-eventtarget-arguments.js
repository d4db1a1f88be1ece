'use strict';
// Argument validation of addEventListener/removeEventListener/dispatchEvent.
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
assert.throws(() => target.addEventListener('foo'), {
  code: 'ERR_MISSING_ARGS',
  message: 'The "type" and "listener" arguments must be specified',
});
assert.throws(() => target.addEventListener('foo', 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "listener" argument must be an instance of EventListener. ' +
           'Received type number (1)',
});
assert.throws(() => target.addEventListener('foo', () => {}, 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received type number (1)',
});
assert.throws(() => target.dispatchEvent(), {
  code: 'ERR_MISSING_ARGS',
  message: 'The "event" argument must be specified',
});
assert.throws(() => target.dispatchEvent({ type: 'foo' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "event" argument must be an instance of Event. ' +
           'Received an instance of Object',
});
assert.throws(() => target.removeEventListener(Symbol('s'), () => {}), {
  code: 'ERR_INVALID_ARG_VALUE',
});
// The event type is stringified.
let calls = 0;
target.addEventListener(1, () => calls++);
target.dispatchEvent(new Event('1'));
assert.strictEqual(calls, 1);
