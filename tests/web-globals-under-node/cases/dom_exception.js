'use strict';

const { attempt, shape } = require('../lib/describe');

const kNames = [
  'IndexSizeError', 'DOMStringSizeError', 'HierarchyRequestError', 'WrongDocumentError',
  'InvalidCharacterError', 'NoDataAllowedError', 'NoModificationAllowedError', 'NotFoundError',
  'NotSupportedError', 'InUseAttributeError', 'InvalidStateError', 'SyntaxError',
  'InvalidModificationError', 'NamespaceError', 'InvalidAccessError', 'ValidationError',
  'TypeMismatchError', 'SecurityError', 'NetworkError', 'AbortError', 'URLMismatchError',
  'QuotaExceededError', 'TimeoutError', 'InvalidNodeTypeError', 'DataCloneError',
  'EncodingError', 'NotReadableError', 'UnknownError', 'ConstraintError', 'DataError',
  'TransactionInactiveError', 'ReadOnlyError', 'VersionError', 'OperationError',
  'NotAllowedError', 'Error', 'abortError', '',
];

function state(e) {
  return { name: e.name, message: e.message, code: e.code, str: String(e),
           stack0: e.stack.split('\n')[0], keys: Reflect.ownKeys(e).map(String),
           hasCause: 'cause' in e, cause: e.cause };
}

module.exports = [
  { name: 'legacy codes by name',
    run: (G) => kNames.map((n) => [n, new G.DOMException('', n).code]) },
  { name: 'constructor arguments',
    run: (G) => [
      state(new G.DOMException()), state(new G.DOMException('msg')),
      state(new G.DOMException('msg', 'NotFoundError')), state(new G.DOMException(undefined, undefined)),
      state(new G.DOMException(null, null)), state(new G.DOMException(1, 2)),
      state(new G.DOMException('m', { name: 'TimeoutError' })),
      state(new G.DOMException('m', { name: 'AbortError', cause: 1 })),
      state(new G.DOMException('m', { cause: undefined })),
      state(new G.DOMException('m', {})), state(new G.DOMException('m', { name: 5 })),
      state(new G.DOMException('m', [])),
    ] },
  { name: 'function second argument is a name',
    run: (G) => new G.DOMException('m', function f() {}).name },
  { name: 'Symbol arguments throw',
    run: (G) => [attempt(() => new G.DOMException(Symbol('a'))),
                 attempt(() => new G.DOMException('', Symbol('b'))),
                 attempt(() => new G.DOMException('', { name: Symbol('c') }))] },
  { name: 'options getters are read once, name first',
    run: (G) => {
      const order = [];
      const e = new G.DOMException('m', {
        get name() { order.push('name'); return 'AbortError'; },
        get cause() { order.push('cause'); return 7; },
      });
      return [order, e.name, e.cause, e.code];
    } },
  { name: 'without new', run: (G) => attempt(() => G.DOMException('x')) },
  { name: 'is an Error',
    run: (G) => {
      const e = new G.DOMException('m', 'AbortError');
      return [e instanceof Error, Object.getPrototypeOf(G.DOMException.prototype) === Error.prototype,
              Object.getPrototypeOf(G.DOMException) === Function.prototype,
              Object.prototype.toString.call(e), e.toString === Error.prototype.toString,
              JSON.stringify(e), Object.keys(e), G.DOMException.length, G.DOMException.name];
    } },
  { name: 'accessor brand checks',
    run: (G) => ['name', 'message', 'code'].map((k) => attempt(() =>
      Object.getOwnPropertyDescriptor(G.DOMException.prototype, k).get.call({}))) },
  { name: 'brand check error shape',
    run: (G) => {
      try {
        Object.getOwnPropertyDescriptor(G.DOMException.prototype, 'name').get.call({});
      } catch (e) {
        return [Reflect.ownKeys(e).map(String).sort(), String(e), e.code];
      }
    } },
  { name: 'subclass',
    run: (G) => {
      class E2 extends G.DOMException { constructor() { super('q', 'AbortError'); } }
      const e = new E2();
      return [e.name, e.code, e instanceof G.DOMException, String(e),
              G.inspect(e).split('\n')[0]];
    } },
  { name: 'util.inspect header',
    run: (G) => [G.inspect(new G.DOMException('m', 'AbortError')).split('\n')[0],
                 G.inspect(new G.DOMException('m')).split('\n')[0],
                 G.inspect(new G.DOMException('', 'X')).split('\n')[0]] },
  { name: 'constants on the constructor and prototype',
    run: (G) => [shape(G.DOMException), shape(G.DOMException.prototype)] },
  { name: 'structuredClone of a DOMException is a plain object',
    run: (G) => {
      const c = G.structuredClone(new G.DOMException('m', 'AbortError'));
      return [Object.prototype.toString.call(c), Object.keys(c), c instanceof G.DOMException];
    } },
];
