'use strict';
// getDefaultHighWaterMark()/setDefaultHighWaterMark().
require('./fixtures/common');
const assert = require('assert');
const stream = require('stream');

assert.strictEqual(stream.getDefaultHighWaterMark(false), 16384);
assert.strictEqual(stream.getDefaultHighWaterMark(true), 16);
stream.setDefaultHighWaterMark(false, 1000);
stream.setDefaultHighWaterMark(true, 3);
assert.strictEqual(new stream.Readable().readableHighWaterMark, 1000);
assert.strictEqual(new stream.Writable({ objectMode: true }).writableHighWaterMark, 3);
assert.throws(() => stream.setDefaultHighWaterMark(false, -1), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => new stream.Readable({ highWaterMark: 1.5 }), { code: 'ERR_INVALID_ARG_VALUE' });
