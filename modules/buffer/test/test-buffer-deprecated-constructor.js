'use strict';
// Buffer() / new Buffer() still work and warn once with DEP0005.
const assert = require('assert');
const { Buffer } = require('buffer');

const warnings = [];
process.on('warning', (w) => warnings.push(w));

assert.strictEqual(Buffer(3).length, 3);
assert.strictEqual(new Buffer('abc').toString(), 'abc');
assert.strictEqual(Buffer([1, 2]).length, 2);
assert.throws(() => Buffer(3, 'utf8'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "string" argument must be of type string. Received type number (3)',
});
setImmediate(() => {
  assert.strictEqual(warnings.length, 1);
  assert.strictEqual(warnings[0].name, 'DeprecationWarning');
  assert.strictEqual(warnings[0].code, 'DEP0005');
});
