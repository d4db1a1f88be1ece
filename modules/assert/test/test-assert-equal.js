'use strict';
// assert.equal / notEqual: == comparison, NaN equals NaN.
const assert = require('assert');

assert.equal(1, '1');
assert.equal(null, undefined);
assert.equal(NaN, NaN);
assert.notEqual(1, 2);
assert.notEqual({}, {});

assert.throws(() => assert.equal(1, 2), {
  code: 'ERR_ASSERTION', message: '1 == 2', operator: '==', actual: 1, expected: 2,
  generatedMessage: true,
});
assert.throws(() => assert.notEqual(1, '1'), { message: "1 != '1'", operator: '!=' });
assert.throws(() => assert.notEqual(NaN, NaN), { message: 'NaN != NaN' });
assert.throws(() => assert.equal(1, 2, 'mine'), { message: 'mine', generatedMessage: false });
assert.throws(() => assert.equal(1), {
  code: 'ERR_MISSING_ARGS',
  name: 'TypeError',
  message: 'The "actual" and "expected" arguments must be specified',
});
