'use strict';
// destroy(err): 'error' then 'close', both on a later tick.
const common = require('./fixtures/common');
const assert = require('assert');
const { Duplex } = require('stream');

const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
const order = [];
d.on('error', common.mustCall((err) => order.push(`error:${err.message}`)));
d.on('close', common.mustCall(() => {
  order.push('close');
  assert.deepStrictEqual(order, ['sync', 'error:boom', 'close']);
  assert.strictEqual(d.closed, true);
}));
d.destroy(new Error('boom'));
assert.strictEqual(d.destroyed, true);
assert.strictEqual(d.errored.message, 'boom');
order.push('sync');
