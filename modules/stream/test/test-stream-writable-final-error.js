'use strict';
// A _final() error is emitted and passed to the end() callback.
const common = require('./fixtures/common');
const assert = require('assert');
const { Writable } = require('stream');

const w = new Writable({
  write(c, e, cb) { cb(); },
  final(cb) { cb(new Error('final failed')); },
});
const order = [];
w.on('error', common.mustCall((err) => order.push(`error:${err.message}`)));
w.on('finish', common.mustNotCall());
w.on('close', common.mustCall(() => order.push('close')));
w.end(common.mustCall((err) => {
  assert.strictEqual(err.message, 'final failed');
  assert.deepStrictEqual(order, ['error:final failed', 'close']);
}));
