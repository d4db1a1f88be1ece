'use strict';
// assert.ifError throws for anything but null/undefined, keeping the
// original error's frames.
const assert = require('assert');

assert.ifError(null);
assert.ifError(undefined);
const original = new Error('boom');
assert.throws(() => assert.ifError(original), (err) => {
  assert.strictEqual(err.message, 'ifError got unwanted exception: boom');
  assert.strictEqual(err.operator, 'ifError');
  assert.strictEqual(err.actual, original);
  assert.strictEqual(err.expected, null);
  assert.ok(err.stack.includes(original.stack.split('\n')[1]));
  return true;
});
assert.throws(() => assert.ifError('str'), { message: "ifError got unwanted exception: 'str'" });
assert.throws(() => assert.ifError(new TypeError('')), { message: 'ifError got unwanted exception: TypeError' });
assert.throws(() => assert.ifError(0), { message: 'ifError got unwanted exception: 0' });
