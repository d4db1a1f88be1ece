'use strict';
// removeAllListeners() with and without a type, with 'removeListener'
// listeners seeing every removal (in LIFO order per type).
const assert = require('assert');
const EventEmitter = require('events');

const e = new EventEmitter();
const seen = [];
e.on('removeListener', (type, fn) => seen.push([type, fn.name]));
function a1() {}
function a2() {}
function b1() {}
e.on('a', a1);
e.on('a', a2);
e.on('b', b1);
e.removeAllListeners('a');
assert.deepStrictEqual(seen, [['a', 'a2'], ['a', 'a1']]);
assert.deepStrictEqual(e.eventNames(), ['removeListener', 'b']);
e.removeAllListeners();
assert.deepStrictEqual(e.eventNames(), []);
// The last 'removeListener' listener goes without an event of its own.
assert.deepStrictEqual(seen.slice(2).map((s) => s[0]), ['b']);
assert.strictEqual(e.removeAllListeners('missing'), e);
