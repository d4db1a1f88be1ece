'use strict';
// 'newListener' fires before the listener is added, with the unwrapped
// function for once() listeners.
const assert = require('assert');
const EventEmitter = require('events');

const e = new EventEmitter();
const seen = [];
e.on('newListener', (type, fn) => {
  seen.push([type, fn.name, e.listenerCount(type)]);
});
function foo() {}
e.on('x', foo);
e.once('x', foo);
assert.deepStrictEqual(seen, [['x', 'foo', 0], ['x', 'foo', 1]]);

// A listener added from inside 'newListener' for the same event runs first.
const order = [];
const n = new EventEmitter();
n.once('newListener', (type) => {
  if (type === 'y') n.on('y', () => order.push('inner'));
});
n.on('y', () => order.push('outer'));
n.emit('y');
assert.deepStrictEqual(order, ['inner', 'outer']);
