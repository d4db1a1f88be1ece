'use strict';
// One source piped to two destinations waits for the slower one.
const common = require('./fixtures/common');
const assert = require('assert');
const { Readable, Writable } = require('stream');

const src = Readable.from(['a', 'b', 'c', 'd'], { objectMode: false });
const fastGot = [];
const slowGot = [];
const fast = new Writable({ write(c, e, cb) { fastGot.push(c.toString()); cb(); } });
const slow = new Writable({
  highWaterMark: 1,
  write(c, e, cb) { slowGot.push(c.toString()); setTimeout(cb, 1); },
});
src.pipe(fast);
src.pipe(slow);
let finished = 0;
const onFinish = common.mustCall(() => {
  if (++finished === 2) {
    assert.deepStrictEqual(fastGot, ['a', 'b', 'c', 'd']);
    assert.deepStrictEqual(slowGot, ['a', 'b', 'c', 'd']);
  }
}, 2);
fast.on('finish', onFinish);
slow.on('finish', onFinish);
