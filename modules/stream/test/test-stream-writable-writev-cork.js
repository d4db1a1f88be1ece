'use strict';
// Corked writes reach _writev() together when uncorked.
const common = require('./fixtures/common');
const assert = require('assert');
const { Writable } = require('stream');

const w = new Writable({
  decodeStrings: false,
  write: common.mustNotCall(),
  writev: common.mustCall((chunks, cb) => {
    assert.deepStrictEqual(chunks.map((c) => c.chunk), ['a', 'b', 'c']);
    assert.deepStrictEqual(chunks.map((c) => c.encoding), ['utf8', 'utf8', 'hex']);
    cb();
  }),
});
w.cork();
w.write('a');
w.write('b', common.mustSucceed());
w.write('c', 'hex');
assert.strictEqual(w.writableCorked, 1);
assert.strictEqual(w.writableBuffer.length, 3);
process.nextTick(() => w.uncork());
