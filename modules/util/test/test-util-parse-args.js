'use strict';
// util.parseArgs: strings, booleans, shorts, groups, multiple, defaults,
// positionals.
const assert = require('assert');
const { parseArgs } = require('util');

const options = {
  verbose: { type: 'boolean', short: 'v' },
  file: { type: 'string', short: 'f' },
  tag: { type: 'string', multiple: true },
  level: { type: 'string', default: 'info' },
  color: { type: 'boolean', default: true },
};
const { values, positionals } = parseArgs({
  args: ['-vfname.txt', '--tag', 'a', '--tag=b', 'pos1', '--', '--not-an-option'],
  options,
  allowPositionals: true,
});
assert.deepStrictEqual({ ...values }, {
  verbose: true, file: 'name.txt', tag: ['a', 'b'], level: 'info', color: true,
});
assert.strictEqual(Object.getPrototypeOf(values), null);
assert.deepStrictEqual(positionals, ['pos1', '--not-an-option']);

// Non-strict: unknown options stored as given.
const loose = parseArgs({ args: ['--x', '--y=1', '-ab'], strict: false });
assert.deepStrictEqual({ ...loose.values }, { x: true, y: '1', a: true, b: true });
