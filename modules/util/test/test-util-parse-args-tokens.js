'use strict';
// util.parseArgs({ tokens: true }) returns the parsed tokens.
const assert = require('assert');
const { parseArgs } = require('util');

const { tokens } = parseArgs({
  args: ['-ab', 'v', '--long=x', 'p', '--', '-z'],
  options: { a: { type: 'boolean' }, b: { type: 'string' }, long: { type: 'string' } },
  allowPositionals: true,
  tokens: true,
});
assert.deepStrictEqual(tokens, [
  { kind: 'option', name: 'a', rawName: '-a', index: 0, value: undefined, inlineValue: undefined },
  { kind: 'option', name: 'b', rawName: '-b', index: 0, value: 'v', inlineValue: false },
  { kind: 'option', name: 'long', rawName: '--long', index: 2, value: 'x', inlineValue: true },
  { kind: 'positional', index: 3, value: 'p' },
  { kind: 'option-terminator', index: 4 },
  { kind: 'positional', index: 5, value: '-z' },
]);
