'use strict';
// handleEvent is looked up when the event is dispatched, not when the
// listener is added.
const assert = require('./fixtures/assert');

const target = new EventTarget();
const listener = {};
const seen = [];
target.addEventListener('foo', listener);
listener.handleEvent = function(event) { seen.push([this === listener, event.type]); };
target.dispatchEvent(new Event('foo'));
listener.handleEvent = () => seen.push('replaced');
target.dispatchEvent(new Event('foo'));
assert.deepStrictEqual(seen, [[true, 'foo'], 'replaced']);

// removeEventListener matches the same object.
target.removeEventListener('foo', listener);
target.dispatchEvent(new Event('foo'));
assert.strictEqual(seen.length, 2);
