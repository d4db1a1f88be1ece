'use strict';
// Classes and old-style constructors inheriting from EventEmitter, and
// objects created from its prototype without calling the constructor.
const assert = require('assert');
const util = require('util');
const EventEmitter = require('events');

class Foo extends EventEmitter {}
const foo = new Foo();
let called = 0;
foo.on('x', () => called++);
foo.emit('x');
assert.strictEqual(called, 1);
assert(foo instanceof EventEmitter);
assert.strictEqual(EventEmitter.EventEmitter, EventEmitter);

function Old() { EventEmitter.call(this); }
Object.setPrototypeOf(Old.prototype, EventEmitter.prototype);
const old = new Old();
old.on('y', () => called++);
old.emit('y');
assert.strictEqual(called, 2);

const bare = Object.create(EventEmitter.prototype);
assert.strictEqual(bare.emit('z'), false);
bare.on('z', () => called++);
bare.emit('z');
assert.strictEqual(called, 3);

assert.strictEqual(
  util.inspect(new EventEmitter()),
  'EventEmitter {\n  _events: [Object: null prototype] {},\n  _eventsCount: 0,\n' +
  '  _maxListeners: undefined,\n  [Symbol(shapeMode)]: false,\n  [Symbol(kCapture)]: false\n}');
