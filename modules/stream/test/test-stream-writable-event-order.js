'use strict';
// write callbacks, then 'prefinish', end() callback, 'finish', 'close'.
const common = require('./fixtures/common');
const assert = require('assert');
const { Writable } = require('stream');

const order = [];
const w = new Writable({ write(c, e, cb) { setImmediate(cb); } });
w.on('prefinish', () => order.push('prefinish'));
w.on('finish', () => order.push('finish'));
w.on('close', common.mustCall(() => {
  order.push('close');
  assert.deepStrictEqual(order, ['write1', 'write2', 'prefinish', 'end', 'finish', 'close']);
}));
w.write('1', () => order.push('write1'));
w.write('2', () => order.push('write2'));
w.end(() => order.push('end'));
