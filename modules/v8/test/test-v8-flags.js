'use strict';
// setFlagsFromString changes the engine's flags while running.
const assert = require('assert');
const v8 = require('v8');

assert.throws(() => eval('%IsSmi(1)'), SyntaxError);
v8.setFlagsFromString('--allow-natives-syntax');
assert.strictEqual(eval('%IsSmi(1)'), true);
assert.strictEqual(eval('%IsSmi(1.5)'), false);
v8.setFlagsFromString('--no-allow-natives-syntax');

assert.throws(() => v8.setFlagsFromString(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "flags" argument must be of type string. Received type number (1)',
});
