'use strict';
// read(n) above the highWaterMark raises it to the next power of two;
// beyond 1 GiB it throws.
require('./fixtures/common');
const assert = require('assert');
const { Readable } = require('stream');

const r = new Readable({ read() {} });
assert.strictEqual(r.readableHighWaterMark, 16384);
r.read(20000);
assert.strictEqual(r.readableHighWaterMark, 32768);
r.read(100);
assert.strictEqual(r.readableHighWaterMark, 32768);
assert.throws(() => r.read(2 ** 30 + 1), { code: 'ERR_OUT_OF_RANGE' });
