'use strict';
// pipe(dst, { end: false }) leaves dst open after the source ends.
const common = require('./fixtures/common');
const assert = require('assert');
const { Readable, Writable } = require('stream');

const dst = new Writable({ write(c, e, cb) { cb(); } });
const src = Readable.from(['a']);
src.pipe(dst, { end: false });
src.on('end', common.mustCall(() => {
  setImmediate(common.mustCall(() => {
    assert.strictEqual(dst.writableEnded, false);
    dst.end();
  }));
}));
dst.on('finish', common.mustCall());
