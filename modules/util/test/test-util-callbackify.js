'use strict';
// util.callbackify: (err, value) callbacks on a later tick; falsy
// rejections become ERR_FALSY_VALUE_REJECTION with .reason.
const assert = require('assert');
const util = require('util');

async function foo(a) { return a * 2; }
const cb = util.callbackify(foo);
assert.strictEqual(cb.name, 'fooCallbackified');
assert.strictEqual(cb.length, 2);
assert.throws(() => cb(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The last argument must be of type function. Received type number (1)',
});

let calls = 0;
let sync = true;
cb(21, (err, value) => {
  assert.strictEqual(sync, false);
  assert.strictEqual(err, null);
  assert.strictEqual(value, 42);
  calls++;
});
sync = false;
util.callbackify(() => Promise.reject(null))((err) => {
  assert.strictEqual(err.code, 'ERR_FALSY_VALUE_REJECTION');
  assert.strictEqual(err.message, 'Promise was rejected with falsy value');
  assert.strictEqual(err.reason, null);
  calls++;
});
util.callbackify(async () => { throw new TypeError('t'); })((err) => {
  assert.strictEqual(err.message, 't');
  calls++;
});
process.on('exit', () => assert.strictEqual(calls, 3));
