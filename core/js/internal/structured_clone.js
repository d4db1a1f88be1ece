'use strict';

// structuredClone(value, { transfer }) with Node 20's argument handling.
//
// The clone itself is native, internalBinding('messaging'):
//   structuredClone(value, transferList: Array<ArrayBuffer>) -> clone
//       Serializes `value` with V8's ValueSerializer (transferring the
//       listed ArrayBuffers, which end up detached) and deserializes it.
//       Failures throw a DataCloneError: either a DOMException, or any
//       error whose name is 'DataCloneError' (a plain Error is accepted and
//       converted here). Exceptions from user code (getters) propagate.
//   isTransferable(object) -> boolean       (optional)
//       For transferables other than ArrayBuffer (MessagePort, ...). Without
//       it only ArrayBuffers may be listed in `transfer`.

let DOMExceptionCtor;
let isDOMException;
function lazyDOMException() {
  if (DOMExceptionCtor === undefined) {
    ({ DOMException: DOMExceptionCtor, isDOMException } =
      require('internal/dom_exception'));
  }
}

function dataCloneError(message) {
  lazyDOMException();
  return new DOMExceptionCtor(message, 'DataCloneError');
}

let messagingBinding;
function binding() {
  if (messagingBinding === undefined) {
    messagingBinding = internalBinding('messaging');
  }
  return messagingBinding;
}

// Node's errors here come from its native side, with these exact texts.
function nodeTypeError(code, message) {
  const err = new TypeError(message);
  err.code = code;
  return err;
}

function isArrayBuffer(value) {
  return Object.prototype.toString.call(value) === '[object ArrayBuffer]' &&
    value instanceof ArrayBuffer;
}

// ArrayBuffers that stay with their owner when listed in a transfer list:
// they are copied instead (the Buffer pool, shared by unrelated Buffers).
const untransferable = new WeakSet();

function markAsUntransferable(arrayBuffer) {
  untransferable.add(arrayBuffer);
}

function collectTransferList(transfer) {
  if (transfer === undefined || transfer === null) return [];
  if ((typeof transfer !== 'object' && typeof transfer !== 'function') ||
      typeof transfer[Symbol.iterator] !== 'function') {
    throw nodeTypeError('ERR_INVALID_ARG_TYPE',
                        'Optional transferList argument must be an iterable');
  }
  const list = [];
  const seen = new Set();
  const isTransferable = binding().isTransferable;
  for (const item of transfer) {
    const ok = isArrayBuffer(item) ||
      (typeof isTransferable === 'function' && item !== null &&
       (typeof item === 'object' || typeof item === 'function') &&
       isTransferable(item));
    if (!ok) {
      throw nodeTypeError('ERR_INVALID_TRANSFER_OBJECT',
                          'Found invalid object in transferList');
    }
    if (seen.has(item)) {
      throw dataCloneError(isArrayBuffer(item) ?
        'Transfer list contains duplicate ArrayBuffer' :
        'Transfer list contains duplicate object');
    }
    seen.add(item);
    if (!untransferable.has(item)) list.push(item);
  }
  return list;
}

function structuredClone(value = undefined, options = undefined) {
  if (arguments.length === 0) {
    throw nodeTypeError('ERR_MISSING_ARGS',
                        'The value argument must be specified');
  }
  let transferList;
  if (options === undefined || options === null) {
    transferList = [];
  } else if (typeof options === 'object' || typeof options === 'function') {
    transferList = collectTransferList(options.transfer);
  } else {
    throw nodeTypeError('ERR_INVALID_ARG_TYPE',
                        'The options argument must be either an object or ' +
                        'undefined');
  }
  try {
    return binding().structuredClone(value, transferList);
  } catch (err) {
    if (err !== null && typeof err === 'object' &&
        err.name === 'DataCloneError') {
      lazyDOMException();
      if (!isDOMException(err)) throw dataCloneError(err.message);
    }
    throw err;
  }
}

module.exports = { structuredClone, markAsUntransferable };
