'use strict';
// DOMException legacy codes and constants.
const assert = require('./fixtures/assert');

const codes = {
  IndexSizeError: 1, HierarchyRequestError: 3, WrongDocumentError: 4,
  InvalidCharacterError: 5, NoModificationAllowedError: 7, NotFoundError: 8,
  NotSupportedError: 9, InUseAttributeError: 10, InvalidStateError: 11, SyntaxError: 12,
  InvalidModificationError: 13, NamespaceError: 14, InvalidAccessError: 15,
  TypeMismatchError: 17, SecurityError: 18, NetworkError: 19, AbortError: 20,
  URLMismatchError: 21, QuotaExceededError: 22, TimeoutError: 23, InvalidNodeTypeError: 24,
  DataCloneError: 25,
  // Historical names and newer names have code 0.
  DOMStringSizeError: 0, NoDataAllowedError: 0, ValidationError: 0, EncodingError: 0,
  NotAllowedError: 0, Error: 0, abortError: 0,
};
for (const [name, code] of Object.entries(codes)) {
  assert.strictEqual(new DOMException('', name).code, code, name);
}
assert.strictEqual(DOMException.ABORT_ERR, 20);
assert.strictEqual(DOMException.prototype.DATA_CLONE_ERR, 25);
assert.strictEqual(new DOMException().TIMEOUT_ERR, 23);
const desc = Object.getOwnPropertyDescriptor(DOMException, 'INDEX_SIZE_ERR');
assert.deepStrictEqual(desc, { value: 1, writable: false, enumerable: true, configurable: false });
