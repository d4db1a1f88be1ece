'use strict';
// _final() runs (synchronously within end()) before 'finish'.
const common = require('./fixtures/common');
const assert = require('assert');
const { Writable } = require('stream');

let finalDone = false;
let inEnd = false;
const w = new Writable({
  write(c, e, cb) { cb(); },
  final: common.mustCall((cb) => {
    assert.strictEqual(inEnd, true);
    setTimeout(() => {
      finalDone = true;
      cb();
    }, 2);
  }),
});
w.on('finish', common.mustCall(() => assert.strictEqual(finalDone, true)));
inEnd = true;
w.end('x');
inEnd = false;
