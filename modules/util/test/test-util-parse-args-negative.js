'use strict';
// util.parseArgs({ allowNegative: true }): --no-foo sets foo to false.
const assert = require('assert');
const { parseArgs } = require('util');

const opts = { color: { type: 'boolean', default: true }, name: { type: 'string' } };
assert.deepStrictEqual({ ...parseArgs({ args: ['--no-color'], options: opts, allowNegative: true }).values },
                       { color: false });
assert.throws(() => parseArgs({ args: ['--no-name'], options: opts, allowNegative: true }), {
  code: 'ERR_PARSE_ARGS_UNKNOWN_OPTION', message: "Unknown option '--no-name'",
});
assert.throws(() => parseArgs({ args: ['--no-color'], options: opts }), {
  message: "Unknown option '--no-color'",
});
assert.throws(() => parseArgs({ args: [], allowNegative: 1 }), {
  message: 'The "allowNegative" argument must be of type boolean. Received type number (1)',
});
