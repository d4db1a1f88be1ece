'use strict';
// _undestroy() resets a destroyed stream for reuse.
const common = require('./fixtures/common');
const assert = require('assert');
const { Writable } = require('stream');

const w = new Writable({ write(c, e, cb) { cb(); } });
w.destroy();
w.once('close', common.mustCall(() => {
  w._undestroy();
  assert.strictEqual(w.destroyed, false);
  assert.strictEqual(w.writable, true);
  w.end('again');
  w.on('finish', common.mustCall());
}));
