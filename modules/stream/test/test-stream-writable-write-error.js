'use strict';
// A failed write calls back with the error, fails the queued writes and
// destroys the stream ('error' then 'close').
const common = require('./fixtures/common');
const assert = require('assert');
const { Writable } = require('stream');

const w = new Writable({ write(c, e, cb) { setImmediate(cb, new Error(`bad ${c}`)); } });
const order = [];
w.write('1', common.mustCall((err) => order.push(`cb1:${err.message}`)));
w.write('2', common.mustCall((err) => order.push(`cb2:${err.message}`)));
w.on('error', common.mustCall((err) => order.push(`error:${err.message}`)));
w.on('close', common.mustCall(() => {
  order.push('close');
  assert.deepStrictEqual(order, ['cb1:bad 1', 'cb2:bad 1', 'error:bad 1', 'close']);
}));
