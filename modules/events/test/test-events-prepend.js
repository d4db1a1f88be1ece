'use strict';
// prependListener()/prependOnceListener() put listeners first.
const assert = require('assert');
const EventEmitter = require('events');

const e = new EventEmitter();
const order = [];
e.on('a', () => order.push(1));
e.prependListener('a', () => order.push(0));
e.prependOnceListener('a', () => order.push(-1));
e.on('a', () => order.push(2));
e.emit('a');
e.emit('a');
assert.deepStrictEqual(order, [-1, 0, 1, 2, 0, 1, 2]);
