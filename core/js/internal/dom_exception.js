'use strict';

// DOMException (WebIDL, https://webidl.spec.whatwg.org/#idl-DOMException)
// with Node 20's observable behaviour:
//  - an ordinary class whose prototype inherits from Error.prototype, so
//    `instanceof Error` holds and util.inspect formats it as an error;
//  - name/message/code are accessors on the prototype over private state
//    (instances own only `stack`, and `cause` when given);
//  - the legacy *_ERR constants are enumerable, non-writable and
//    non-configurable on both the constructor and the prototype;
//  - the second argument is either a name (stringified) or an options
//    object whose `name` is stringified as is (Node 20 yields 'undefined'
//    for `{}`) and whose `cause` becomes an own non-enumerable property.
//
// Exports: { DOMException, isDOMException }.

// Legacy code table: [name, code, constant]. Names whose code is 0 are the
// newer error names that have no legacy constant.
const kLegacy = [
  ['IndexSizeError', 1, 'INDEX_SIZE_ERR'],
  ['DOMStringSizeError', 2, 'DOMSTRING_SIZE_ERR'],
  ['HierarchyRequestError', 3, 'HIERARCHY_REQUEST_ERR'],
  ['WrongDocumentError', 4, 'WRONG_DOCUMENT_ERR'],
  ['InvalidCharacterError', 5, 'INVALID_CHARACTER_ERR'],
  ['NoDataAllowedError', 6, 'NO_DATA_ALLOWED_ERR'],
  ['NoModificationAllowedError', 7, 'NO_MODIFICATION_ALLOWED_ERR'],
  ['NotFoundError', 8, 'NOT_FOUND_ERR'],
  ['NotSupportedError', 9, 'NOT_SUPPORTED_ERR'],
  ['InUseAttributeError', 10, 'INUSE_ATTRIBUTE_ERR'],
  ['InvalidStateError', 11, 'INVALID_STATE_ERR'],
  ['SyntaxError', 12, 'SYNTAX_ERR'],
  ['InvalidModificationError', 13, 'INVALID_MODIFICATION_ERR'],
  ['NamespaceError', 14, 'NAMESPACE_ERR'],
  ['InvalidAccessError', 15, 'INVALID_ACCESS_ERR'],
  ['ValidationError', 16, 'VALIDATION_ERR'],
  ['TypeMismatchError', 17, 'TYPE_MISMATCH_ERR'],
  ['SecurityError', 18, 'SECURITY_ERR'],
  ['NetworkError', 19, 'NETWORK_ERR'],
  ['AbortError', 20, 'ABORT_ERR'],
  ['URLMismatchError', 21, 'URL_MISMATCH_ERR'],
  ['QuotaExceededError', 22, 'QUOTA_EXCEEDED_ERR'],
  ['TimeoutError', 23, 'TIMEOUT_ERR'],
  ['InvalidNodeTypeError', 24, 'INVALID_NODE_TYPE_ERR'],
  ['DataCloneError', 25, 'DATA_CLONE_ERR'],
];

// Names that keep a legacy constant but whose code getter reports 0
// (the spec table marks them historical: DOMStringSizeError,
// NoDataAllowedError, ValidationError).
const kHistorical = new Set([
  'DOMStringSizeError', 'NoDataAllowedError', 'ValidationError',
]);

const kNameToCode = new Map();
for (const [name, code] of kLegacy) {
  if (!kHistorical.has(name)) kNameToCode.set(name, code);
}

// The TypeError thrown by the accessors for a foreign receiver. Node builds
// it by hand (DOMException lives below internal/errors), with this exact
// message ("must be of DOMException", no "type").
function invalidThis() {
  const err = new TypeError('Value of "this" must be of DOMException');
  // Mirror the shape of Node's internal errors: own `code` (enumerable)
  // and a toString that shows the code.
  Object.defineProperty(err, 'toString', {
    __proto__: null,
    value() { return `${this.name} [ERR_INVALID_THIS]: ${this.message}`; },
    writable: true,
    enumerable: false,
    configurable: true,
  });
  err.code = 'ERR_INVALID_THIS';
  return err;
}

class DOMException {
  #name;
  #message;

  constructor(message = '', options = 'Error') {
    this.#message = `${message}`;
    let hasCause = false;
    let cause;
    if (options !== null && typeof options === 'object') {
      this.#name = `${options.name}`;
      if ('cause' in options) {
        hasCause = true;
        cause = options.cause;
      }
    } else {
      this.#name = `${options}`;
    }
    // The stack header is computed from the name/message getters above.
    Error.captureStackTrace(this);
    if (hasCause) {
      Object.defineProperty(this, 'cause', {
        __proto__: null,
        value: cause,
        writable: true,
        enumerable: false,
        configurable: true,
      });
    }
  }

  get name() {
    if (!(#name in this)) throw invalidThis();
    return this.#name;
  }

  get message() {
    if (!(#name in this)) throw invalidThis();
    return this.#message;
  }

  get code() {
    if (!(#name in this)) throw invalidThis();
    const code = kNameToCode.get(this.#name);
    return code === undefined ? 0 : code;
  }

  static isDOMException(value) {
    return value !== null && typeof value === 'object' && #name in value;
  }
}

Object.setPrototypeOf(DOMException.prototype, Error.prototype);

for (const key of ['name', 'message', 'code']) {
  Object.defineProperty(DOMException.prototype, key, { __proto__: null, enumerable: true });
}

for (const [, code, constant] of kLegacy) {
  const desc = {
    __proto__: null,
    value: code,
    writable: false,
    enumerable: true,
    configurable: false,
  };
  Object.defineProperty(DOMException, constant, desc);
  Object.defineProperty(DOMException.prototype, constant, desc);
}

Object.defineProperty(DOMException.prototype, Symbol.toStringTag, {
  __proto__: null,
  value: 'DOMException',
  writable: false,
  enumerable: false,
  configurable: true,
});

// Keep the brand check off the public constructor.
const isDOMException = DOMException.isDOMException;
delete DOMException.isDOMException;

module.exports = { DOMException, isDOMException };
