'use strict';
// preventDefault() only affects cancelable events; dispatchEvent() returns
// false once the default was prevented.
const assert = require('./fixtures/assert');

const plain = new Event('foo');
plain.preventDefault();
assert.strictEqual(plain.defaultPrevented, false);
assert.strictEqual(plain.returnValue, true);

const target = new EventTarget();
target.addEventListener('foo', (e) => e.preventDefault());
const cancelable = new Event('foo', { cancelable: true });
assert.strictEqual(target.dispatchEvent(cancelable), false);
assert.strictEqual(cancelable.defaultPrevented, true);
assert.strictEqual(cancelable.returnValue, false);
assert.strictEqual(target.dispatchEvent(new Event('foo')), true);

// cancelBubble can only be set to true.
const e = new Event('bar');
e.cancelBubble = false;
assert.strictEqual(e.cancelBubble, false);
e.cancelBubble = true;
e.cancelBubble = false;
assert.strictEqual(e.cancelBubble, true);
