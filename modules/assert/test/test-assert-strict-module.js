'use strict';
// assert/strict and assert.strict: strict comparisons under the loose names.
const assert = require('assert');
const strict = require('assert/strict');

assert.strictEqual(strict, assert.strict);
assert.strictEqual(strict.strict, strict);
assert.strictEqual(strict.equal, assert.strictEqual);
assert.strictEqual(strict.deepEqual, assert.deepStrictEqual);
assert.strictEqual(strict.notEqual, assert.notStrictEqual);
assert.strictEqual(strict.notDeepEqual, assert.notDeepStrictEqual);
assert.deepStrictEqual(Object.keys(strict), Object.keys(assert));
strict(true);
assert.throws(() => strict.equal(1, '1'), { operator: 'strictEqual' });
assert.throws(() => strict(0, 'x'), { message: 'x' });
