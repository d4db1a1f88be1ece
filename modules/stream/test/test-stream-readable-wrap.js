'use strict';
// wrap() turns an old-style data/end emitter into a Readable.
const common = require('./fixtures/common');
const assert = require('assert');
const EventEmitter = require('events');
const { Readable } = require('stream');

const old = new EventEmitter();
old.pause = common.mustCallAtLeast(0);
old.resume = common.mustCallAtLeast(0);
const r = new Readable({ highWaterMark: 1 }).wrap(old);
const got = [];
r.on('data', (d) => got.push(d.toString()));
r.on('end', common.mustCall(() => assert.deepStrictEqual(got, ['a', 'b'])));
old.emit('data', Buffer.from('a'));
old.emit('data', Buffer.from('b'));
old.emit('end');
