'use strict';
// A throwing subscriber does not stop the others; its error becomes an
// uncaught exception on a later tick.
const assert = require('assert');
const dc = require('diagnostics_channel');

const ch = dc.channel('test:errors');
const error = new Error('subscriber failed');
const order = [];
ch.subscribe(() => { throw error; });
ch.subscribe((m) => order.push(`second ${m}`));
process.on('uncaughtException', (err) => {
  assert.strictEqual(err, error);
  order.push('uncaught');
});
ch.publish('message');
order.push('after publish');
process.on('exit', () => {
  assert.deepStrictEqual(order, ['second message', 'after publish', 'uncaught']);
});
