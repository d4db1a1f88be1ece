'use strict';
// AbortController.abort(): sets aborted/reason once, fires one trusted
// 'abort' event; the default reason is an AbortError DOMException.
const assert = require('./fixtures/assert');

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
