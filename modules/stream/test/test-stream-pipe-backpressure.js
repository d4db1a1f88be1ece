'use strict';
// pipe() pauses the source while the destination needs to drain.
const common = require('./fixtures/common');
const assert = require('assert');
const { Readable, Writable } = require('stream');

let n = 0;
const src = new Readable({
  highWaterMark: 1,
  read() { n++; this.push(n > 20 ? null : Buffer.alloc(10)); },
});
let pending = 0;
let maxPending = 0;
const dst = new Writable({
  highWaterMark: 20,
  write(c, e, cb) {
    pending++;
    maxPending = Math.max(maxPending, dst.writableLength);
    setImmediate(() => { pending--; cb(); });
  },
});
src.on('pause', common.mustCallAtLeast(1));
dst.on('drain', common.mustCallAtLeast(1));
dst.on('finish', common.mustCall(() => {
  assert.strictEqual(pending, 0);
  assert.ok(maxPending <= 30, `buffered ${maxPending}`);
}));
assert.strictEqual(src.pipe(dst), dst);
