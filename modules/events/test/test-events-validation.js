'use strict';
// Listener validation messages.
const assert = require('assert');
const EventEmitter = require('events');

const e = new EventEmitter();
for (const method of ['on', 'addListener', 'once', 'prependListener', 'prependOnceListener',
  'removeListener', 'off']) {
  assert.throws(() => e[method]('a', 5), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "listener" argument must be of type function. Received type number (5)',
  });
  assert.throws(() => e[method]('a', null), {
    message: 'The "listener" argument must be of type function. Received null',
  });
}
assert.throws(() => EventEmitter.getEventListeners({}, 'a'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "emitter" argument must be an instance of EventEmitter or EventTarget. ' +
           'Received an instance of Object',
});
assert.throws(() => EventEmitter.addAbortListener(), { code: 'ERR_INVALID_ARG_TYPE' });
