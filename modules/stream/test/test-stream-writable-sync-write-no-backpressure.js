'use strict';
// A write completed synchronously is not counted against the
// highWaterMark, even a highWaterMark of 0.
const common = require('./fixtures/common');
const assert = require('assert');
const { Writable } = require('stream');

const w = new Writable({ highWaterMark: 0, write(c, e, cb) { cb(); } });
assert.strictEqual(w.write('abc'), true);
assert.strictEqual(w.writableNeedDrain, false);
w.on('drain', common.mustNotCall());
