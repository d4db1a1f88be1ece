'use strict';
// The `signal` option removes the listener when the signal aborts, and an
// already aborted signal means the listener is never added.
const assert = require('./fixtures/assert');

const ac = new AbortController();
const target = new EventTarget();
let calls = 0;
const listener = () => calls++;

target.addEventListener('foo', listener, { signal: ac.signal });
target.dispatchEvent(new Event('foo'));
assert.strictEqual(calls, 1);

ac.abort();
target.dispatchEvent(new Event('foo'));
assert.strictEqual(calls, 1);

target.addEventListener('foo', listener, { signal: ac.signal });
target.dispatchEvent(new Event('foo'));
assert.strictEqual(calls, 1);

// A listener on the signal's own 'abort' event with that signal as option
// is removed before it could run.
const ac2 = new AbortController();
let selfCalls = 0;
ac2.signal.addEventListener('abort', () => selfCalls++, { signal: ac2.signal });
ac2.abort();
assert.strictEqual(selfCalls, 0);

assert.throws(() => target.addEventListener('foo', listener, { signal: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: 'The "options.signal" property must be an instance of AbortSignal. ' +
           'Received type number (1)',
});
