'use strict';
// util.promisify.custom is Symbol.for('nodejs.util.promisify.custom') and
// replaces the generated wrapper.
const assert = require('assert');
const util = require('util');

assert.strictEqual(util.promisify.custom, Symbol.for('nodejs.util.promisify.custom'));
const custom = () => Promise.resolve('custom');
function fn() {}
fn[util.promisify.custom] = custom;
assert.strictEqual(util.promisify(fn), custom);
assert.strictEqual(custom[util.promisify.custom], custom);

function bad() {}
bad[util.promisify.custom] = 1;
assert.throws(() => util.promisify(bad), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "util.promisify.custom" property must be of type function. Received type number (1)',
});
