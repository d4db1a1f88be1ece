'use strict';
// finished() can wait for one side of a Duplex only.
const common = require('./fixtures/common');
const assert = require('assert');
const { Duplex, finished } = require('stream');

const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
let writableDone = false;
finished(d, { readable: false }, common.mustSucceed(() => { writableDone = true; }));
finished(d, { writable: false }, common.mustSucceed(() => assert.strictEqual(writableDone, true)));
d.end();
setTimeout(() => {
  d.push(null);
  d.resume();
}, 2);
