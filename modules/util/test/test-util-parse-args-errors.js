'use strict';
// util.parseArgs errors (strict mode and configuration).
const assert = require('assert');
const { parseArgs } = require('util');

assert.throws(() => parseArgs({ args: ['--nope'], options: {} }), {
  code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION', name: 'TypeError', message: "Unknown option '--nope'",
});
assert.throws(() => parseArgs({ args: ['--nope'], options: {}, allowPositionals: true }), {
  message: "Unknown option '--nope'. To specify a positional argument starting with a '-', " +
    "place it at the end of the command after '--', as in '-- \"--nope\"",
});
assert.throws(() => parseArgs({ args: ['x'], options: {} }), {
  code: 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL',
  message: "Unexpected argument 'x'. This command does not take positional arguments",
});
assert.throws(() => parseArgs({ args: ['--f'], options: { f: { type: 'string' } } }), {
  code: 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE', message: "Option '--f <value>' argument missing",
});
assert.throws(() => parseArgs({ args: ['--b=1'], options: { b: { type: 'boolean', short: 'x' } } }), {
  message: "Option '-x, --b' does not take an argument",
});
assert.throws(() => parseArgs({ args: ['-f', '-v'], options: { file: { type: 'string', short: 'f' } } }), {
  message: "Option '-f' argument is ambiguous.\nDid you forget to specify the option argument for '-f'?\n" +
    "To specify an option argument starting with a dash use '--file=-XYZ' or '-f-XYZ'.",
});
assert.throws(() => parseArgs({ options: { x: { type: 'number' } } }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.x.type" property must be (\'string|boolean\'). Received type string (\'number\')',
});
assert.throws(() => parseArgs({ options: { x: { type: 'string', short: 'xy' } } }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.x.short' must be a single character. Received 'xy'",
});
assert.throws(() => parseArgs({ options: { x: { type: 'string', multiple: true, default: ['a', 1] } } }), {
  message: 'The "options.x.default[1]" property must be of type string. Received type number (1)',
});
assert.throws(() => parseArgs({ args: 'x' }), {
  message: 'The "args" argument must be an instance of Array. Received type string (\'x\')',
});
