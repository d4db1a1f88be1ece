'use strict';
// The legacy Stream class and its pipe().
const common = require('./fixtures/common');
const assert = require('assert');
const EventEmitter = require('events');
const { Stream } = require('stream');

const src = new Stream();
assert.ok(src instanceof EventEmitter);
const dest = new Stream();
dest.writable = true;
const written = [];
dest.write = (c) => { written.push(c); return true; };
dest.end = common.mustCall();
dest.on('pipe', common.mustCall((s) => assert.strictEqual(s, src)));
assert.strictEqual(src.pipe(dest), dest);
src.emit('data', 'x');
src.emit('end');
assert.deepStrictEqual(written, ['x']);
assert.strictEqual(src.listenerCount('data'), 0);
