'use strict';
// new Event(type, options): defaults, coercion and validation.
const assert = require('./fixtures/assert');

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
