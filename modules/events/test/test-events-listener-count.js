'use strict';
// listenerCount() per type and per listener, the static form,
// eventNames() with symbols, listeners() copies.
const assert = require('assert');
const EventEmitter = require('events');

const e = new EventEmitter();
const f = () => {};
const s = Symbol('s');
e.on('a', f);
e.on('a', f);
e.once('a', f);
e.on('a', () => {});
e.on(s, f);
assert.strictEqual(e.listenerCount('a'), 4);
assert.strictEqual(e.listenerCount('a', f), 3);
assert.strictEqual(e.listenerCount(s, f), 1);
assert.strictEqual(e.listenerCount('none'), 0);
assert.strictEqual(EventEmitter.listenerCount(e, 'a'), 4);
assert.deepStrictEqual(e.eventNames(), ['a', s]);

const copy = e.listeners('a');
copy.pop();
assert.strictEqual(e.listeners('a').length, 4);
assert.deepStrictEqual(EventEmitter.getEventListeners(e, 'a'), e.listeners('a'));
