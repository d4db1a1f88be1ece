'use strict';
// AbortSignal cannot be constructed directly; its getters are brand-checked.
const assert = require('./fixtures/assert');

assert.throws(() => new AbortSignal(), {
  code: 'ERR_ILLEGAL_CONSTRUCTOR',
  name: 'TypeError',
  message: 'Illegal constructor',
});
const aborted = Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'aborted').get;
assert.throws(() => aborted.call({}), {
  code: 'ERR_INVALID_THIS',
  message: 'Value of "this" must be of type AbortSignal',
});
assert.throws(() => AbortSignal.prototype.throwIfAborted.call({}), { code: 'ERR_INVALID_THIS' });
