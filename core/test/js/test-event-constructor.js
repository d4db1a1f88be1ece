'use strict';
// new Event(type, options): defaults, coercion and validation.
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

const e = new Event('foo');
assert.strictEqual(e.type, 'foo');
assert.strictEqual(e.bubbles, false);
assert.strictEqual(e.cancelable, false);
assert.strictEqual(e.composed, false);
assert.strictEqual(e.defaultPrevented, false);
assert.strictEqual(e.returnValue, true);
assert.strictEqual(e.cancelBubble, false);
assert.strictEqual(e.eventPhase, Event.NONE);
assert.strictEqual(e.isTrusted, false);
assert.strictEqual(e.target, null);
assert.strictEqual(e.currentTarget, null);
assert.strictEqual(e.srcElement, null);
assert.deepStrictEqual(e.composedPath(), []);
assert.strictEqual(typeof e.timeStamp, 'number');

const o = new Event('bar', { bubbles: 1, cancelable: 'yes', composed: {} });
assert.strictEqual(o.bubbles, true);
assert.strictEqual(o.cancelable, true);
assert.strictEqual(o.composed, true);
assert.strictEqual(new Event(1).type, '1');
assert.strictEqual(new Event('x', null).cancelable, false);

assert.throws(() => new Event(), {
  code: 'ERR_MISSING_ARGS',
  name: 'TypeError',
  message: 'The "type" argument must be specified',
});
assert.throws(() => new Event('x', 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received type number (1)',
});
assert.throws(() => new Event(Symbol('s')), { name: 'TypeError' });

assert.strictEqual(Event.NONE, 0);
assert.strictEqual(Event.CAPTURING_PHASE, 1);
assert.strictEqual(Event.AT_TARGET, 2);
assert.strictEqual(Event.BUBBLING_PHASE, 3);
assert.strictEqual(Object.prototype.toString.call(e), '[object Event]');
assert.deepStrictEqual(Object.keys(e), []);
