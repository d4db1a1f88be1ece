'use strict';
// An error on the destination unpipes it; the source keeps going.
const common = require('./fixtures/common');
const assert = require('assert');
const { Readable, Writable } = require('stream');

const src = new Readable({ read() {} });
const dst = new Writable({ write(c, e, cb) { cb(new Error('dst failed')); } });
dst.on('unpipe', common.mustCall());
dst.on('error', common.expectsError({ message: 'dst failed' }));
src.pipe(dst);
src.push('x');
setTimeout(common.mustCall(() => {
  assert.strictEqual(src._readableState.pipes.length, 0);
  assert.strictEqual(src.destroyed, false);
}), 5);
