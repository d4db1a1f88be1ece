'use strict';
// assert.throws argument errors.
const assert = require('assert');

assert.throws(() => assert.throws('x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "fn" argument must be of type function. Received type string (\'x\')',
});
assert.throws(() => assert.throws(() => { throw new Error('a'); }, 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "error" argument must be of type function or an instance of Error, ' +
    'RegExp, or Object. Received type number (1)',
});
assert.throws(() => assert.throws(() => { throw new Error('a'); }, {}), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'error' may not be an empty object. Received {}",
});
assert.throws(() => assert.throws(() => { throw new Error('a'); }, 'a'), {
  code: 'ERR_AMBIGUOUS_ARGUMENT',
  message: 'The "error/message" argument is ambiguous. The error message "a" is identical to the message.',
});
