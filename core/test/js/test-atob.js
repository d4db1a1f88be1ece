'use strict';
// atob(): forgiving-base64 decode.
const assert = require('./fixtures/assert');

assert.strictEqual(atob(''), '');
assert.strictEqual(atob('aGVsbG8='), 'hello');
assert.strictEqual(atob('aGVsbG8'), 'hello');
assert.strictEqual(atob(' aG Vs\tbG8=\n'), 'hello');
assert.strictEqual(atob('YR=='), 'a');  // non-zero trailing bits are ignored
assert.strictEqual(atob('ab= ='), 'i');
assert.strictEqual(atob('////'), '\u00ff\u00ff\u00ff');
assert.strictEqual(atob(null), '\u009e\u00e9e');

const invalidChar = { name: 'InvalidCharacterError', code: 5, message: 'Invalid character' };
for (const input of ['ab!c', 'ab=c', 'a===', '=', 'abcd=', '\u00a0abcd', 'ab\u0100c', 'abc\v']) {
  assert.throws(() => atob(input), invalidChar);
}
const badLength = {
  name: 'InvalidCharacterError',
  code: 5,
  message: 'The string to be decoded is not correctly encoded.',
};
for (const input of ['a', 'abcde', undefined]) {
  assert.throws(() => atob(input), badLength);
}
try {
  atob('!');
} catch (err) {
  assert.ok(err instanceof DOMException);
}
assert.throws(() => atob(), {
  code: 'ERR_MISSING_ARGS',
  message: 'The "input" argument must be specified',
});
