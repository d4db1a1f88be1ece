'use strict';
// util.parseEnv reads the dotenv format.
const assert = require('assert');
const util = require('util');

assert.deepStrictEqual(util.parseEnv([
  'A=1', 'export B = two ', '# comment', 'C="quoted # not a comment"', "D='single'",
  'E="multi', 'line"', 'F="a\\nb"', 'G=value # comment', 'NOEQUALS', '',
].join('\n')), {
  A: '1', B: 'two', C: 'quoted # not a comment', D: 'single', E: 'multi\nline', F: 'a\nb', G: 'value',
});
assert.throws(() => util.parseEnv(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "content" argument must be of type string. Received type number (1)',
});
