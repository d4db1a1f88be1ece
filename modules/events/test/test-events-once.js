'use strict';
// once() listeners run a single time, are reported unwrapped by
// listeners() and wrapped by rawListeners(), and can be removed by the
// original function.
const assert = require('assert');
const EventEmitter = require('events');

const e = new EventEmitter();
let calls = 0;
function onceFn(a, b) {
  calls++;
  assert.strictEqual(this, e);
  assert.deepStrictEqual([a, b], [1, 2]);
}
e.once('o', onceFn);
assert.strictEqual(e.listeners('o')[0], onceFn);
assert.notStrictEqual(e.rawListeners('o')[0], onceFn);
assert.strictEqual(e.rawListeners('o')[0].listener, onceFn);
e.emit('o', 1, 2);
e.emit('o', 1, 2);
assert.strictEqual(calls, 1);
assert.strictEqual(e.listenerCount('o'), 0);

e.once('p', onceFn);
e.removeListener('p', onceFn);
assert.strictEqual(e.emit('p', 1, 2), false);

// A once listener that re-emits does not run again.
let reentered = 0;
e.once('r', () => { reentered++; e.emit('r'); });
e.emit('r');
assert.strictEqual(reentered, 1);
