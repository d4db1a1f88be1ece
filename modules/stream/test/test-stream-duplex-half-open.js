'use strict';
// allowHalfOpen: false ends the writable side once the readable side ends.
const common = require('./fixtures/common');
const assert = require('assert');
const { Duplex } = require('stream');

const d = new Duplex({
  allowHalfOpen: false,
  read() {},
  write(c, e, cb) { cb(); },
});
d.on('finish', common.mustCall(() => assert.strictEqual(d.writableEnded, true)));
d.on('close', common.mustCall());
d.resume();
d.push(null);

const open = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
assert.strictEqual(open.allowHalfOpen, true);
open.resume();
open.push(null);
open.on('end', common.mustCall(() => {
  setImmediate(common.mustCall(() => {
    assert.strictEqual(open.writable, true);
    assert.strictEqual(open.destroyed, false);
    open.destroy();
  }));
}));
