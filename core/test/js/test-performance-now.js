'use strict';
// performance.now() is monotonic, relative to performance.timeOrigin.
const assert = require('./fixtures/assert');

const a = performance.now();
const b = performance.now();
assert.strictEqual(typeof a, 'number');
assert.ok(a > 0);
assert.ok(b >= a);
assert.strictEqual(typeof performance.timeOrigin, 'number');
assert.ok(Math.abs(performance.timeOrigin + performance.now() - Date.now()) < 1000);
assert.strictEqual(Object.prototype.toString.call(performance), '[object Performance]');
assert.ok(performance instanceof EventTarget);
const now = Object.getPrototypeOf(performance).now;
assert.throws(() => now.call({}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "this" argument must be an instance of Performance. ' +
           'Received an instance of Object',
});
