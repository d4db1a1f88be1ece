'use strict';
// structuredClone() argument errors and DataCloneError.
const assert = require('./fixtures/assert');

assert.throws(() => structuredClone(), {
  code: 'ERR_MISSING_ARGS',
  message: 'The value argument must be specified',
});
assert.throws(() => structuredClone(1, 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The options argument must be either an object or undefined',
});
for (const [value, message] of [
  [() => {}, '() => {} could not be cloned.'],
  [Symbol('q'), 'Symbol(q) could not be cloned.'],
  [new WeakMap(), '#<WeakMap> could not be cloned.'],
]) {
  let caught;
  try {
    structuredClone(value);
  } catch (err) {
    caught = err;
  }
  assert.ok(caught instanceof DOMException);
  assert.strictEqual(caught.name, 'DataCloneError');
  assert.strictEqual(caught.code, 25);
  assert.strictEqual(caught.message, message);
}
// Exceptions from getters propagate unchanged.
const inner = new Error('inner');
let caught;
try {
  structuredClone({ get a() { throw inner; } });
} catch (err) {
  caught = err;
}
assert.strictEqual(caught, inner);
