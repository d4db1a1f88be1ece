'use strict';
// Argument validation of addEventListener/removeEventListener/dispatchEvent.
const assert = require('./fixtures/assert');

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
