'use strict';
// assert.strictEqual / notStrictEqual: Object.is and Node's messages.
const assert = require('assert');

assert.strictEqual(NaN, NaN);
assert.notStrictEqual(0, -0);
assert.notStrictEqual({}, {});

assert.throws(() => assert.strictEqual(1, 2), {
  message: 'Expected values to be strictly equal:\n\n1 !== 2\n',
  operator: 'strictEqual',
});
assert.throws(() => assert.strictEqual(1, '1'), {
  message: "Expected values to be strictly equal:\n\n1 !== '1'\n",
});
assert.throws(() => assert.strictEqual('a'.repeat(20), `${'a'.repeat(19)}b`), {
  message: 'Expected values to be strictly equal:\n+ actual - expected\n\n' +
    `+ '${'a'.repeat(20)}'\n- '${'a'.repeat(19)}b'\n${' '.repeat(22)}^`,
});
assert.throws(() => assert.strictEqual({ a: 1 }, { a: 1 }), {
  message: 'Values have same structure but are not reference-equal:\n\n{\n  a: 1\n}\n',
});
assert.throws(() => assert.strictEqual({ a: 1 }, { a: 2 }), {
  message: 'Expected "actual" to be reference-equal to "expected":\n' +
    '+ actual - expected\n\n  {\n+   a: 1\n-   a: 2\n  }',
});
assert.throws(() => assert.notStrictEqual(1, 1), {
  message: 'Expected "actual" to be strictly unequal to: 1',
});
assert.throws(() => assert.notStrictEqual('abcdef', 'abcdef'), {
  message: "Expected \"actual\" to be strictly unequal to:\n\n'abcdef'",
});
