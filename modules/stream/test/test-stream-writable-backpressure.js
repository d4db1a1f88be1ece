'use strict';
// write() returns false at the highWaterMark and 'drain' follows once the
// queue is written out.
const common = require('./fixtures/common');
const assert = require('assert');
const { Writable } = require('stream');

const w = new Writable({
  highWaterMark: 3,
  write(chunk, encoding, cb) { setImmediate(cb); },
});
assert.strictEqual(w.write('a'), true);
assert.strictEqual(w.write('bc'), false);
assert.strictEqual(w.writableNeedDrain, true);
assert.strictEqual(w.writableLength, 3);
w.on('drain', common.mustCall(() => {
  assert.strictEqual(w.writableLength, 0);
  assert.strictEqual(w.writableNeedDrain, false);
  w.end();
}));
w.on('finish', common.mustCall());
