'use strict';
// AbortController.abort(): sets aborted/reason once, fires one trusted
// 'abort' event; the default reason is an AbortError DOMException.
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
assert.strictEqual(ac.signal, signal);
assert.strictEqual(signal.aborted, false);
assert.strictEqual(signal.reason, undefined);
assert.ok(signal instanceof EventTarget);

const events = [];
signal.addEventListener('abort', (e) => {
  events.push({ type: e.type, trusted: e.isTrusted, aborted: signal.aborted,
                cancelable: e.cancelable, target: e.target === signal });
});
ac.abort();
ac.abort('ignored');
assert.deepStrictEqual(events, [
  { type: 'abort', trusted: true, aborted: true, cancelable: false, target: true },
]);
assert.ok(signal.reason instanceof DOMException);
assert.strictEqual(signal.reason.name, 'AbortError');
assert.strictEqual(signal.reason.message, 'This operation was aborted');
assert.strictEqual(signal.reason.code, 20);

const withReason = new AbortController();
const reason = new Error('custom');
withReason.abort(reason);
assert.strictEqual(withReason.signal.reason, reason);
const nullReason = new AbortController();
nullReason.abort(null);
assert.strictEqual(nullReason.signal.reason, null);

const signalGetter = Object.getOwnPropertyDescriptor(AbortController.prototype, 'signal').get;
assert.throws(() => signalGetter.call({}), { name: 'TypeError' });
