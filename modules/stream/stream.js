'use strict';
// The `stream` builtin. module.exports is the legacy Stream class, carrying
// the stream classes and utilities as static members.

const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR },
} = require('internal/errors');
const { Stream } = require('./lib/legacy');
const utils = require('./lib/utils');
const operators = require('./lib/operators');
const { pipeline } = require('./lib/pipeline');
const eos = require('./lib/end_of_stream');
const { destroyer, errorOrDestroy } = require('./lib/destroy');
const { addAbortSignal } = require('./lib/add_abort_signal');
const compose = require('./lib/compose');
const duplexPair = require('./lib/duplexpair');
const { getDefaultHighWaterMark, setDefaultHighWaterMark } = require('./lib/state');

module.exports = Stream;

Stream.isDestroyed = utils.isDestroyed;
Stream.isDisturbed = utils.isDisturbed;
Stream.isErrored = utils.isErrored;
Stream.isReadable = utils.isReadable;
Stream.isWritable = utils.isWritable;

Stream.Readable = require('./lib/readable');

// Readable.prototype.map() & co. return a Readable over the operator's
// async iterator; forEach() & co. return a promise.
for (const key of Object.keys(operators.streamReturningOperators)) {
  const op = operators.streamReturningOperators[key];
  function fn(...args) {
    if (new.target) throw new ERR_ILLEGAL_CONSTRUCTOR();
    return Stream.Readable.from(Reflect.apply(op, this, args));
  }
  Object.defineProperty(fn, 'name', { __proto__: null, value: op.name });
  Object.defineProperty(fn, 'length', { __proto__: null, value: op.length });
  Object.defineProperty(Stream.Readable.prototype, key, {
    __proto__: null,
    value: fn,
    enumerable: false,
    configurable: true,
    writable: true,
  });
}
for (const key of Object.keys(operators.promiseReturningOperators)) {
  const op = operators.promiseReturningOperators[key];
  function fn(...args) {
    if (new.target) throw new ERR_ILLEGAL_CONSTRUCTOR();
    return Reflect.apply(op, this, args);
  }
  Object.defineProperty(fn, 'name', { __proto__: null, value: op.name });
  Object.defineProperty(fn, 'length', { __proto__: null, value: op.length });
  Object.defineProperty(Stream.Readable.prototype, key, {
    __proto__: null,
    value: fn,
    enumerable: false,
    configurable: true,
    writable: true,
  });
}

Stream.Writable = require('./lib/writable');
Stream.Duplex = require('./lib/duplex');
Stream.Transform = require('./lib/transform');
Stream.PassThrough = require('./lib/passthrough');
Stream.duplexPair = duplexPair;
Stream.pipeline = pipeline;
Stream.addAbortSignal = addAbortSignal;
Stream.finished = eos;
Stream.destroy = destroyer;
Stream.compose = compose;
Stream.setDefaultHighWaterMark = setDefaultHighWaterMark;
Stream.getDefaultHighWaterMark = getDefaultHighWaterMark;
// For other plugins' stream classes (fs): node's internal error path, which
// keeps a stream with autoDestroy false alive.
Object.defineProperty(Stream, Symbol.for('mosaic.stream.errorOrDestroy'), {
  __proto__: null, value: errorOrDestroy, enumerable: false, configurable: false, writable: false,
});

let promises;
Object.defineProperty(Stream, 'promises', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() {
    if (promises === undefined) promises = require('./promises');
    return promises;
  },
});

// util.promisify(pipeline) / util.promisify(finished).
Object.defineProperty(pipeline, utils.customPromisify, {
  __proto__: null,
  enumerable: true,
  get() {
    return Stream.promises.pipeline;
  },
});
Object.defineProperty(eos, utils.customPromisify, {
  __proto__: null,
  enumerable: true,
  get() {
    return Stream.promises.finished;
  },
});

// Backwards-compat with node 0.4.x
Stream.Stream = Stream;

Stream._isArrayBufferView = utils.isArrayBufferView;
Stream._isUint8Array = utils.isUint8Array;
Stream._uint8ArrayToBuffer = function _uint8ArrayToBuffer(chunk) {
  return utils.lazyBuffer().from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
};
