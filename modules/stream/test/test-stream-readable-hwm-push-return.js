'use strict';
// push() returns false once the buffer reaches the highWaterMark.
require('./fixtures/common');
const assert = require('assert');
const { Readable } = require('stream');

const r = new Readable({ highWaterMark: 4, read() {} });
assert.strictEqual(r.push('ab'), true);
assert.strictEqual(r.push('cd'), false);
assert.strictEqual(r.push('e'), false);
assert.strictEqual(r.readableLength, 5);
assert.strictEqual(r.push(null), false);

const o = new Readable({ objectMode: true, highWaterMark: 2, read() {} });
assert.strictEqual(o.push({}), true);
assert.strictEqual(o.push(0), false);
assert.strictEqual(o.readableLength, 2);
