'use strict';
// assert.doesNotThrow rethrows non-matching errors and reports matching
// ones.
const assert = require('assert');

assert.doesNotThrow(() => {});
const err = new TypeError('x');
assert.throws(() => assert.doesNotThrow(() => { throw err; }), {
  message: 'Got unwanted exception.\nActual message: "x"', operator: 'doesNotThrow', actual: err,
});
assert.throws(() => assert.doesNotThrow(() => { throw err; }, 'msg'), {
  message: 'Got unwanted exception: msg\nActual message: "x"',
});
assert.throws(() => assert.doesNotThrow(() => { throw err; }, TypeError), { code: 'ERR_ASSERTION' });
// Non-matching errors come back unchanged.
assert.throws(() => assert.doesNotThrow(() => { throw err; }, RangeError), (e) => e === err);
assert.throws(() => assert.doesNotThrow(() => { throw err; }, /zzz/), (e) => e === err);
