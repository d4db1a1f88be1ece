'use strict';
// end() after finish calls back with ERR_STREAM_ALREADY_FINISHED.
const common = require('./fixtures/common');
const assert = require('assert');
const { Writable } = require('stream');

const w = new Writable({ autoDestroy: false, write(c, e, cb) { cb(); } });
w.end(common.mustCall((err) => assert.ifError(err)));
w.on('finish', common.mustCall(() => {
  w.end(common.mustCall((err) => assert.strictEqual(err.code, 'ERR_STREAM_ALREADY_FINISHED')));
}));
