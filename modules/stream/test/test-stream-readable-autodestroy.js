'use strict';
// autoDestroy (default) destroys after 'end'; autoDestroy: false does not.
const common = require('./fixtures/common');
const assert = require('assert');
const { Readable } = require('stream');

const a = new Readable({ read() { this.push(null); } });
a.resume();
a.on('close', common.mustCall(() => assert.strictEqual(a.destroyed, true)));

const b = new Readable({ autoDestroy: false, read() { this.push(null); } });
b.resume();
b.on('close', common.mustNotCall());
b.on('end', common.mustCall(() => {
  setImmediate(common.mustCall(() => assert.strictEqual(b.destroyed, false)));
}));
