'use strict';
// assert() / assert.ok(): truthy values pass; falsy ones throw an
// AssertionError with operator '==' and expected true.
const assert = require('assert');

for (const v of [true, 1, 'x', {}, [], () => {}, Symbol('s'), 1n]) {
  assert(v);
  assert.ok(v);
}

for (const v of [false, 0, '', null, undefined, NaN, 0n]) {
  let caught;
  try {
    assert.ok(v, 'custom');
  } catch (err) {
    caught = err;
  }
  assert.strictEqual(caught.name, 'AssertionError');
  assert.strictEqual(caught.code, 'ERR_ASSERTION');
  assert.strictEqual(caught.message, 'custom');
  assert.strictEqual(caught.generatedMessage, false);
  assert.strictEqual(caught.operator, '==');
  assert.strictEqual(caught.expected, true);
  assert(Object.is(caught.actual, v));
}

// No argument at all.
try {
  assert.ok();
  throw new Error('unreachable');
} catch (err) {
  assert.strictEqual(err.message, 'No value argument passed to `assert.ok()`');
  assert.strictEqual(err.generatedMessage, true);
}

// An Error as message is thrown as is.
const own = new TypeError('own');
try {
  assert(false, own);
} catch (err) {
  assert.strictEqual(err, own);
}
