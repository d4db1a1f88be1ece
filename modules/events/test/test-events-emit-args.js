'use strict';
// emit() passes its arguments through unchanged (0..n of them), binds
// `this` to the emitter and returns whether anyone listened.
const assert = require('assert');
const EventEmitter = require('events');

const e = new EventEmitter();
assert.strictEqual(e.emit('nothing'), false);

const seen = [];
e.on('x', function(...args) {
  assert.strictEqual(this, e);
  seen.push([arguments.length, args]);
});
for (let n = 0; n <= 6; n++) {
  const args = Array.from({ length: n }, (_, i) => i);
  assert.strictEqual(e.emit('x', ...args), true);
}
assert.deepStrictEqual(seen, [
  [0, []], [1, [0]], [2, [0, 1]], [3, [0, 1, 2]], [4, [0, 1, 2, 3]],
  [5, [0, 1, 2, 3, 4]], [6, [0, 1, 2, 3, 4, 5]],
]);

// Several listeners, in order, all with the same arguments.
const order = [];
const m = new EventEmitter();
m.on('y', (a, b) => order.push(['first', a, b]));
m.on('y', (a, b) => order.push(['second', a, b]));
m.emit('y', 'a', 'b');
assert.deepStrictEqual(order, [['first', 'a', 'b'], ['second', 'a', 'b']]);
assert.strictEqual(EventEmitter.prototype.emit.length, 1);
