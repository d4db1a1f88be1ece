'use strict';
// assert.fail.
const assert = require('assert');

assert.throws(() => assert.fail(), { message: 'Failed', operator: 'fail', generatedMessage: true });
assert.throws(() => assert.fail('boom'), { message: 'boom', generatedMessage: false });
const own = new TypeError('own');
assert.throws(() => assert.fail(own), (e) => e === own);

process.noDeprecation = true;  // The legacy forms below are deprecated.
assert.throws(() => assert.fail(1, 2), { message: '1 != 2', operator: '!=' });
assert.throws(() => assert.fail(1, 2, undefined, '>'), { message: '1 > 2', operator: '>' });
assert.throws(() => assert.fail(1, 2, 'three'), { message: 'three' });
