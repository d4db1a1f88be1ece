'use strict';
// write() after end() fails with ERR_STREAM_WRITE_AFTER_END (callback and
// 'error').
const common = require('./fixtures/common');
const assert = require('assert');
const { Writable } = require('stream');

const w = new Writable({ write(c, e, cb) { cb(); } });
w.end();
w.on('error', common.expectsError({ code: 'ERR_STREAM_WRITE_AFTER_END', message: 'write after end' }));
assert.strictEqual(w.write('late', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_STREAM_WRITE_AFTER_END');
})), false);
