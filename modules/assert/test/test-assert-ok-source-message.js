'use strict';
// A failed assert(x) without a message shows the call's source text, read
// back from this file.
const assert = require('assert');

function messageOf(fn) {
  try {
    fn();
  } catch (err) {
    assert.strictEqual(err.generatedMessage, true);
    return err.message;
  }
  throw new Error('did not throw');
}

assert.strictEqual(messageOf(() => assert.ok(typeof 123 === 'string')),
                   'The expression evaluated to a falsy value:\n\n' +
                   "  assert.ok(typeof 123 === 'string')\n");

assert.strictEqual(messageOf(() => assert(null)),
                   'The expression evaluated to a falsy value:\n\n  assert(null)\n');

assert.strictEqual(messageOf(() => {
  assert(0 ===
    1);
}), 'The expression evaluated to a falsy value:\n\n  assert(0 ===\n    1)\n');

// Code that cannot be read back (eval) falls back to the value.
assert.strictEqual(messageOf(() => eval('assert.ok(0)')), '0 == true');
