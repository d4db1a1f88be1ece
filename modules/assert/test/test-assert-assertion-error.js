'use strict';
// AssertionError: fields, name, toString, stack header, options check.
const assert = require('assert');
const util = require('util');

const err = new assert.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
assert.ok(err instanceof Error);
assert.strictEqual(err.name, 'AssertionError');
assert.strictEqual(err.code, 'ERR_ASSERTION');
assert.strictEqual(err.message, 'Expected values to be strictly equal:\n\n1 !== 2\n');
assert.strictEqual(err.generatedMessage, true);
assert.deepStrictEqual(Object.keys(err), ['generatedMessage', 'code', 'actual', 'expected', 'operator']);
assert.strictEqual(String(err), `AssertionError [ERR_ASSERTION]: ${err.message}`);
assert.ok(err.stack.startsWith('AssertionError [ERR_ASSERTION]: Expected values'));

const custom = new assert.AssertionError({ message: 'm', actual: [1], expected: [2], operator: 'op' });
assert.strictEqual(custom.message, 'm');
assert.strictEqual(custom.generatedMessage, false);
const pair = new assert.AssertionError({ actual: [1], expected: [2], operator: 'op' });
assert.strictEqual(pair.message, '[\n  1\n] op [\n  2\n]');

assert.throws(() => new assert.AssertionError(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received type number (1)',
});

// Inspection shortens long actual/expected strings.
const long = new assert.AssertionError({ actual: 'x\n'.repeat(20), expected: 'y', operator: 'strictEqual' });
assert.ok(util.inspect(long).includes("actual: 'x\\nx\\nx\\nx\\nx\\nx\\nx\\nx\\nx\\nx\\n...'"));
