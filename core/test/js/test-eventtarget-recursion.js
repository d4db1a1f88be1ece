'use strict';
// Dispatching an event that is already being dispatched throws
// ERR_EVENT_RECURSION; the same event can be dispatched again afterwards.
const assert = require('./fixtures/assert');

const target = new EventTarget();
const event = new Event('foo');
let inner;
let calls = 0;
target.addEventListener('foo', () => {
  calls++;
  try {
    target.dispatchEvent(event);
  } catch (err) {
    inner = err;
  }
});
assert.strictEqual(target.dispatchEvent(event), true);
assert.strictEqual(inner.code, 'ERR_EVENT_RECURSION');
assert.strictEqual(inner.message, 'The event "foo" is already being dispatched');
assert.strictEqual(target.dispatchEvent(event), true);
assert.strictEqual(calls, 2);
