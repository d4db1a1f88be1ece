'use strict';
// EventTarget and Event methods refuse foreign receivers with
// ERR_INVALID_THIS.
const assert = require('./fixtures/assert');

for (const method of ['addEventListener', 'removeEventListener', 'dispatchEvent']) {
  assert.throws(() => EventTarget.prototype[method].call({}, 'foo', () => {}), {
    code: 'ERR_INVALID_THIS',
    name: 'TypeError',
    message: 'Value of "this" must be of type EventTarget',
  });
}

const typeGetter = Object.getOwnPropertyDescriptor(Event.prototype, 'type').get;
assert.throws(() => typeGetter.call({}), {
  code: 'ERR_INVALID_THIS',
  message: 'Value of "this" must be of type Event',
});
assert.throws(() => Event.prototype.preventDefault.call({}), { code: 'ERR_INVALID_THIS' });

const detailGetter = Object.getOwnPropertyDescriptor(CustomEvent.prototype, 'detail').get;
assert.throws(() => detailGetter.call(new Event('foo')), {
  code: 'ERR_INVALID_THIS',
  message: 'Value of "this" must be of type CustomEvent',
});

// isTrusted has no brand check.
const isTrusted = Object.getOwnPropertyDescriptor(Event.prototype, 'isTrusted').get;
assert.strictEqual(isTrusted.call({}), false);
