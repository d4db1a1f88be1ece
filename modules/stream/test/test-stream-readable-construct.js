'use strict';
// _construct() runs before any _read().
const common = require('./fixtures/common');
const assert = require('assert');
const { Readable } = require('stream');

let constructed = false;
const r = new Readable({
  construct: common.mustCall((cb) => {
    setTimeout(() => {
      constructed = true;
      cb();
    }, 2);
  }),
  read: common.mustCall(function() {
    assert.strictEqual(constructed, true);
    this.push('x');
    this.push(null);
  }),
});
r.resume();
r.on('end', common.mustCall());
