'use strict';
// Per-side objectMode/highWaterMark and readable/writable: false.
require('./fixtures/common');
const assert = require('assert');
const { Duplex } = require('stream');

const d = new Duplex({ readableObjectMode: true, writableHighWaterMark: 7 });
assert.strictEqual(d.readableObjectMode, true);
assert.strictEqual(d.writableObjectMode, false);
assert.strictEqual(d.readableHighWaterMark, 16);
assert.strictEqual(d.writableHighWaterMark, 7);

const both = new Duplex({ highWaterMark: 3, readableHighWaterMark: 9 });
assert.strictEqual(both.readableHighWaterMark, 3);

const ro = new Duplex({ writable: false, read() {} });
assert.strictEqual(ro.writable, false);
assert.strictEqual(ro.writableFinished, true);
const wo = new Duplex({ readable: false, write(c, e, cb) { cb(); } });
assert.strictEqual(wo.readable, false);
assert.strictEqual(wo.readableEnded, true);
assert.throws(() => new Duplex({ writableHighWaterMark: -1 }),
              { code: 'ERR_INVALID_ARG_VALUE', message: /options\.writableHighWaterMark/ });
