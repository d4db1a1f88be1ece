'use strict';
// emitClose: false destroys without 'close'.
const common = require('./fixtures/common');
const assert = require('assert');
const { Readable } = require('stream');

const r = new Readable({ emitClose: false, read() {} });
r.on('close', common.mustNotCall());
r.destroy();
setTimeout(common.mustCall(() => {
  assert.strictEqual(r.destroyed, true);
  assert.strictEqual(r.closed, true);
}), 5);
