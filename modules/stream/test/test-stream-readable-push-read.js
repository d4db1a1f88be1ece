'use strict';
// push() buffers chunks and read(n) hands them out by byte count.
require('./fixtures/common');
const assert = require('assert');
const { Readable } = require('stream');

const r = new Readable({ read() {} });
assert.strictEqual(r.push('hello'), true);
assert.strictEqual(r.push(' world'), true);
assert.strictEqual(r.readableLength, 11);
assert.strictEqual(r.read(5).toString(), 'hello');
assert.strictEqual(r.read(100), null);  // not ended: not enough yet
assert.strictEqual(r.read(0), null);
assert.strictEqual(r.read().toString(), ' world');
assert.strictEqual(r.readableLength, 0);
r.push('tail');
r.push(null);
assert.strictEqual(r.read(100).toString(), 'tail');  // ended: whatever is left
