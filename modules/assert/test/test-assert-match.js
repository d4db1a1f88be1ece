'use strict';
// assert.match / doesNotMatch.
const assert = require('assert');

assert.match('abc', /b/);
assert.doesNotMatch('abc', /x/);
assert.throws(() => assert.match('abc', /x/), {
  message: "The input did not match the regular expression /x/. Input:\n\n'abc'\n",
  operator: 'match', actual: 'abc', generatedMessage: true,
});
assert.throws(() => assert.doesNotMatch('abc', /b/), {
  message: "The input was expected to not match the regular expression /b/. Input:\n\n'abc'\n",
  operator: 'doesNotMatch',
});
assert.throws(() => assert.match(1, /x/), {
  message: 'The "string" argument must be of type string. Received type number (1)',
});
assert.throws(() => assert.match('a', 'a'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => assert.match('abc', /x/, 'mine'), { message: 'mine', generatedMessage: false });
