'use strict';
// removeListener()/off() remove the most recently added matching listener;
// 'removeListener' is emitted with the original function; removing during
// emit does not affect the running emit.
const assert = require('assert');
const EventEmitter = require('events');

const e = new EventEmitter();
const f = () => {};
const g = () => {};
e.on('a', f);
e.on('a', g);
e.on('a', f);
e.removeListener('a', f);
assert.deepStrictEqual(e.listeners('a'), [f, g]);
e.off('a', f);
assert.deepStrictEqual(e.listeners('a'), [g]);
assert.strictEqual(e.off, e.removeListener);

const removed = [];
e.on('removeListener', (type, fn) => removed.push([type, fn]));
function onceOnly() {}
e.once('b', onceOnly);
e.removeListener('b', onceOnly);
assert.deepStrictEqual(removed, [['b', onceOnly]]);

const log = [];
const x = new EventEmitter();
const second = () => log.push('second');
x.on('z', () => { log.push('first'); x.removeListener('z', second); });
x.on('z', second);
x.emit('z');
x.emit('z');
assert.deepStrictEqual(log, ['first', 'second', 'first']);

// Removing an unknown listener is a no-op that returns the emitter.
assert.strictEqual(x.removeListener('nope', () => {}), x);
