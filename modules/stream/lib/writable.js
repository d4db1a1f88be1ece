'use strict';
// stream.Writable.
//
// One write is handed to _write() at a time; writes arriving meanwhile (or
// while corked / constructing) queue up in state.buffered as
// { chunk, encoding, callback } entries, read from state.bufferedIndex on.
// A queue of more than one entry goes to _writev() in one call when the
// implementation has one.

module.exports = Writable;
Writable.WritableState = WritableState;

const EE = require('events');
const { Stream } = require('./legacy');
const destroyImpl = require('./destroy');
const hooks = require('./hooks');
const { getHighWaterMark, getDefaultHighWaterMark } = require('./state');
const {
  SymbolAsyncDispose, chunkLength, isArrayBufferView, isBuffer, isEncoding, lazyBuffer, nop,
} = require('./utils');
const {
  AbortError,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_METHOD_NOT_IMPLEMENTED,
    ERR_MULTIPLE_CALLBACK,
    ERR_STREAM_ALREADY_FINISHED,
    ERR_STREAM_CANNOT_PIPE,
    ERR_STREAM_DESTROYED,
    ERR_STREAM_NULL_VALUES,
    ERR_STREAM_WRITE_AFTER_END,
    ERR_UNKNOWN_ENCODING,
  },
} = require('internal/errors');

const { errorOrDestroy } = destroyImpl;

Object.setPrototypeOf(Writable.prototype, Stream.prototype);
Object.setPrototypeOf(Writable, Stream);

const kOnFinished = Symbol('kOnFinished');
const kWriteCb = Symbol('kWriteCb');
const kAfterWritePending = Symbol('kAfterWritePending');

let eos;

// ---------------------------------------------------------------------------
// State

// isDuplex: options may then set the writable side apart
// (writableObjectMode, writableHighWaterMark).
//
// As in ReadableState, the flags only ever hold booleans (`errored`: null or
// the error), and the hot paths compare them with === .
function WritableState(options, stream, isDuplex) {

  this.objectMode = !!(options && options.objectMode);
  if (isDuplex) this.objectMode = this.objectMode || !!(options && options.writableObjectMode);

  this.highWaterMark = options ?
    getHighWaterMark(this, options, 'writableHighWaterMark', isDuplex) :
    getDefaultHighWaterMark(false);

  // _final() has been called.
  this.finalCalled = false;
  // A write() returned false: 'drain' is owed.
  this.needDrain = false;
  // end() was called (ending) and has returned (ended).
  this.ending = false;
  this.ended = false;
  // 'finish' was emitted.
  this.finished = false;
  this.destroyed = false;

  // Strings are turned into Buffers before _write() unless told not to.
  this.decodeStrings = !(options && options.decodeStrings === false);

  const defaultEncoding = options ? options.defaultEncoding : null;
  if (defaultEncoding == null) {
    this.defaultEncoding = 'utf8';
  } else if (isEncoding(defaultEncoding)) {
    this.defaultEncoding = defaultEncoding;
  } else {
    throw new ERR_UNKNOWN_ENCODING(defaultEncoding);
  }

  // Bytes (objects) written but not yet completed, queued ones included.
  this.length = 0;
  // A _write()/_writev() is in progress.
  this.writing = false;
  this.corked = 0;
  // Inside the _write() call: its callback must defer what follows.
  this.sync = true;
  // clearBuffer() is running.
  this.bufferProcessing = false;
  // A closure rather than onwrite.bind(): calling a bound function goes
  // through an extra builtin for every write.
  this.onwrite = (er) => onwrite(stream, er);
  // The callback of the write in progress (see the writecb accessor).
  this[kWriteCb] = null;
  this.writelen = 0;
  // Completions of synchronous writes run on the next tick, batched.
  this.afterWriteTickInfo = null;
  // An afterWrite() is scheduled.
  this[kAfterWritePending] = false;

  this.buffered = [];
  this.bufferedIndex = 0;
  this.allBuffers = true;
  this.allNoop = true;

  // Callbacks (writes, end(), _final()) not yet called back.
  this.pendingcb = 0;
  this.constructed = true;
  this.prefinished = false;
  this.errorEmitted = false;
  this.emitClose = !options || options.emitClose !== false;
  this.autoDestroy = !options || options.autoDestroy !== false;
  this.errored = null;
  this.closed = false;
  this.closeEmitted = false;
  // end(cb) callbacks.
  this[kOnFinished] = [];
}

function resetBuffer(state) {
  state.buffered = [];
  state.bufferedIndex = 0;
  state.allBuffers = true;
  state.allNoop = true;
}

Object.defineProperty(WritableState.prototype, 'writecb', {
  __proto__: null,
  get() {
    return this[kWriteCb] ?? nop;
  },
  set(value) {
    this[kWriteCb] = value;
  },
});

WritableState.prototype.getBuffer = function getBuffer() {
  return this.buffered.slice(this.bufferedIndex);
};

Object.defineProperty(WritableState.prototype, 'bufferedRequestCount', {
  __proto__: null,
  get() {
    return this.buffered.length - this.bufferedIndex;
  },
});

// ---------------------------------------------------------------------------
// Construction

function Writable(options) {
  const isDuplex = hooks.isDuplexInstance(this);
  // Writable() without new, or called on an object that is no Writable.
  if (!isDuplex && !Function.prototype[Symbol.hasInstance].call(Writable, this)) {
    return new Writable(options);
  }

  // Slots for the common events (see Readable).
  this._events ??= {
    close: undefined,
    error: undefined,
    prefinish: undefined,
    finish: undefined,
    drain: undefined,
  };

  this._writableState = new WritableState(options, this, isDuplex);

  if (options) {
    if (typeof options.write === 'function') this._write = options.write;
    if (typeof options.writev === 'function') this._writev = options.writev;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.final === 'function') this._final = options.final;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal) require('./add_abort_signal').addAbortSignal(options.signal, this);
  }

  Stream.call(this, options);

  if (typeof this._construct === 'function') {
    destroyImpl.construct(this, onWritableConstructed);
  }
}

function onWritableConstructed() {
  writableConstructed(this);
}

function writableConstructed(stream) {
  const state = stream._writableState;
  if (!state.writing) clearBuffer(stream, state);
  finishMaybe(stream, state);
}
hooks.writableConstructed = writableConstructed;

// A Duplex is a Writable as well (it only inherits from Readable).
Object.defineProperty(Writable, Symbol.hasInstance, {
  __proto__: null,
  value: function(object) {
    if (Function.prototype[Symbol.hasInstance].call(this, object)) return true;
    if (this !== Writable) return false;
    return !!(object && object._writableState instanceof WritableState);
  },
});

Writable.prototype.pipe = function() {
  errorOrDestroy(this, new ERR_STREAM_CANNOT_PIPE());
};

// ---------------------------------------------------------------------------
// write()

function writeImpl(stream, chunk, encoding, cb) {
  const state = stream._writableState;

  if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }

  if (chunk === null) {
    throw new ERR_STREAM_NULL_VALUES();
  } else if (!state.objectMode) {
    // In objectMode the encoding is passed on as given.
    if (!encoding) {
      encoding = state.defaultEncoding;
    } else if (encoding !== 'buffer' && !isEncoding(encoding)) {
      throw new ERR_UNKNOWN_ENCODING(encoding);
    }

    if (typeof chunk === 'string') {
      if (state.decodeStrings !== false) {
        chunk = lazyBuffer().from(chunk, encoding);
        encoding = 'buffer';
      }
    } else if (isBuffer(chunk)) {
      encoding = 'buffer';
    } else if (isArrayBufferView(chunk)) {
      chunk = lazyBuffer().from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      encoding = 'buffer';
    } else {
      throw new ERR_INVALID_ARG_TYPE(
        'chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
    }
  }

  if (typeof cb !== 'function') cb = nop;

  let err;
  if (state.ending) {
    err = new ERR_STREAM_WRITE_AFTER_END();
  } else if (state.destroyed) {
    err = new ERR_STREAM_DESTROYED('write');
  }

  if (err) {
    process.nextTick(cb, err);
    errorOrDestroy(stream, err, true);
    return err;
  }
  state.pendingcb++;
  return writeOrBuffer(stream, state, chunk, encoding, cb);
}

Writable.prototype.write = function(chunk, encoding, cb) {
  // Fast path for the common write(chunk): a Buffer, or any object in
  // objectMode, into a stream that is neither ending nor destroyed. Does
  // what writeImpl() would.
  if (encoding === undefined && cb === undefined) {
    const state = this._writableState;
    if (state.ending === false && state.destroyed === false) {
      if (state.objectMode === true) {
        if (chunk !== null) {
          state.pendingcb++;
          return writeOrBuffer(this, state, chunk, undefined, nop);
        }
      } else if (isBuffer(chunk)) {
        state.pendingcb++;
        return writeOrBuffer(this, state, chunk, 'buffer', nop);
      }
    }
  }
  return writeImpl(this, chunk, encoding, cb) === true;
};

Writable.prototype.cork = function() {
  this._writableState.corked++;
};

Writable.prototype.uncork = function() {
  const state = this._writableState;
  if (state.corked) {
    state.corked--;
    if (!state.writing) clearBuffer(this, state);
  }
};

Writable.prototype.setDefaultEncoding = function setDefaultEncoding(encoding) {
  if (typeof encoding === 'string') encoding = encoding.toLowerCase();
  if (!isEncoding(encoding)) throw new ERR_UNKNOWN_ENCODING(encoding);
  this._writableState.defaultEncoding = encoding;
  return this;
};

// Hands the chunk to _write() now or queues it. The return value tells the
// producer whether to keep writing.
function writeOrBuffer(stream, state, chunk, encoding, callback) {
  const len = state.objectMode === true ? 1 : chunkLength(chunk);
  state.length += len;

  if (state.writing === true || state.corked !== 0 || state.errored !== null ||
      state.constructed === false) {
    state.buffered.push({ chunk, encoding, callback });
    if (state.allBuffers && encoding !== 'buffer') state.allBuffers = false;
    if (state.allNoop && callback !== nop) state.allNoop = false;
  } else {
    state.writelen = len;
    state[kWriteCb] = callback;
    state.writing = true;
    state.sync = true;
    stream._write(chunk, encoding, state.onwrite);
    state.sync = false;
  }

  // Measured after a synchronous _write() completed; nothing pending is
  // never backpressure (even with a highWaterMark of 0).
  const ret = state.length < state.highWaterMark || state.length === 0;
  if (!ret) state.needDrain = true;

  return ret && state.errored === null && state.destroyed === false;
}

function doWrite(stream, state, writev, len, chunk, encoding, cb) {
  state.writelen = len;
  state[kWriteCb] = cb;
  state.writing = true;
  state.sync = true;
  if (state.destroyed) state.onwrite(new ERR_STREAM_DESTROYED('write'));
  else if (writev) stream._writev(chunk, state.onwrite);
  else stream._write(chunk, encoding, state.onwrite);
  state.sync = false;
}

function onwriteError(stream, state, er, cb) {
  --state.pendingcb;
  cb(er);
  // Queued writes fail too; the stream errors (or is destroyed).
  errorBuffer(state);
  errorOrDestroy(stream, er);
}

// The callback _write()/_writev() get (state.onwrite calls it with the
// stream).
function onwrite(stream, er) {
  const state = stream._writableState;
  const sync = state.sync;
  const cb = state[kWriteCb];

  // (nop, the usual callback, first: it spares looking at the function.)
  if (cb !== nop && typeof cb !== 'function') {
    errorOrDestroy(stream, new ERR_MULTIPLE_CALLBACK());
    return;
  }

  state.writing = false;
  state[kWriteCb] = null;
  state.length -= state.writelen;
  state.writelen = 0;

  if (er) {
    er.stack; // eslint-disable-line no-unused-expressions
    if (!state.errored) state.errored = er;
    // A duplex does not read on once its writable side failed.
    if (stream._readableState && !stream._readableState.errored) {
      stream._readableState.errored = er;
    }
    if (sync) process.nextTick(onwriteError, stream, state, er, cb);
    else onwriteError(stream, state, er, cb);
  } else {
    if (state.buffered.length > state.bufferedIndex) clearBuffer(stream, state);

    if (sync === true) {
      // What follows a synchronous write runs on the next tick. A tick is
      // only needed for a callback, a pending 'drain' or (as in node) in
      // objectMode; consecutive writes sharing a callback share the tick.
      const needDrain = state.needDrain === true && state.length === 0;
      const needTick = needDrain || state.objectMode === true || cb !== nop;
      if (cb === nop) {
        if (state[kAfterWritePending] === false && needTick) {
          process.nextTick(afterWrite, stream, state, 1, cb);
          state[kAfterWritePending] = true;
        } else {
          state.pendingcb--;
          if (state.ending === true) finishMaybe(stream, state, true);
        }
      } else {
        const info = state.afterWriteTickInfo;
        if (info !== null && info.cb === cb) {
          info.count++;
        } else {
          state.afterWriteTickInfo = { count: 1, cb, stream, state };
          process.nextTick(afterWriteTick, state.afterWriteTickInfo);
          state[kAfterWritePending] = true;
        }
      }
    } else {
      afterWrite(stream, state, 1, cb);
    }
  }
}

function afterWriteTick(info) {
  info.state.afterWriteTickInfo = null;
  return afterWrite(info.stream, info.state, info.count, info.cb);
}

function afterWrite(stream, state, count, cb) {
  state[kAfterWritePending] = false;
  const needDrain = state.needDrain && !state.ending && !state.destroyed &&
    state.length === 0;
  if (needDrain) {
    state.needDrain = false;
    stream.emit('drain');
  }

  while (count-- > 0) {
    state.pendingcb--;
    cb(null);
  }

  if (state.destroyed) errorBuffer(state);

  // 'finish' (if due) on the next tick.
  finishMaybe(stream, state, true);
}

// Fails every queued write and end() callback (the stream was destroyed or
// errored).
function errorBuffer(state) {
  if (state.writing) return;

  for (let n = state.bufferedIndex; n < state.buffered.length; ++n) {
    const { chunk, callback } = state.buffered[n];
    const len = state.objectMode ? 1 : chunk.length;
    state.length -= len;
    callback(state.errored ?? new ERR_STREAM_DESTROYED('write'));
  }

  const onfinishCallbacks = state[kOnFinished].splice(0);
  for (let i = 0; i < onfinishCallbacks.length; i++) {
    onfinishCallbacks[i](state.errored ?? new ERR_STREAM_DESTROYED('end'));
  }

  resetBuffer(state);
}

// Writes out what is queued: all of it through _writev() when possible,
// else one by one for as long as the writes complete synchronously.
function clearBuffer(stream, state) {
  if (state.corked || state.bufferProcessing || state.destroyed || !state.constructed) {
    return;
  }

  const buffered = state.buffered;
  const objectMode = state.objectMode;
  let i = state.bufferedIndex;
  const bufferedLength = buffered.length - i;
  if (!bufferedLength) return;

  state.bufferProcessing = true;
  if (bufferedLength > 1 && stream._writev) {
    state.pendingcb -= bufferedLength - 1;

    const callback = state.allNoop ? nop : (err) => {
      for (let n = i; n < buffered.length; ++n) buffered[n].callback(err);
    };
    const chunks = state.allNoop && i === 0 ? buffered : buffered.slice(i);
    chunks.allBuffers = state.allBuffers;

    doWrite(stream, state, true, state.length, chunks, '', callback);
    resetBuffer(state);
  } else {
    do {
      const { chunk, encoding, callback } = buffered[i];
      buffered[i++] = null;
      const len = objectMode ? 1 : chunk.length;
      doWrite(stream, state, false, len, chunk, encoding, callback);
    } while (i < buffered.length && !state.writing);

    if (i === buffered.length) {
      resetBuffer(state);
    } else if (i > 256) {
      buffered.splice(0, i);
      state.bufferedIndex = 0;
    } else {
      state.bufferedIndex = i;
    }
  }
  state.bufferProcessing = false;
}

Writable.prototype._write = function(chunk, encoding, cb) {
  if (this._writev) {
    this._writev([{ chunk, encoding }], cb);
  } else {
    throw new ERR_METHOD_NOT_IMPLEMENTED('_write()');
  }
};

Writable.prototype._writev = null;

// ---------------------------------------------------------------------------
// end() and finishing

Writable.prototype.end = function(chunk, encoding, cb) {
  const state = this._writableState;

  if (typeof chunk === 'function') {
    cb = chunk;
    chunk = null;
    encoding = null;
  } else if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }

  let err;

  if (chunk !== null && chunk !== undefined) {
    const ret = writeImpl(this, chunk, encoding);
    if (ret instanceof Error) err = ret;
  }

  // end() uncorks completely.
  if (state.corked) {
    state.corked = 1;
    this.uncork();
  }

  if (err) {
    // The write failed; its error is reported.
  } else if (!state.errored && !state.ending) {
    state.ending = true;
    finishMaybe(this, state, true);
    state.ended = true;
  } else if (state.finished) {
    err = new ERR_STREAM_ALREADY_FINISHED('end');
  } else if (state.destroyed) {
    err = new ERR_STREAM_DESTROYED('end');
  }

  if (typeof cb === 'function') {
    if (err) {
      process.nextTick(cb, err);
    } else if (state.errored) {
      process.nextTick(cb, state.errored);
    } else if (state.finished) {
      process.nextTick(cb, null);
    } else {
      state[kOnFinished].push(cb);
    }
  }

  return this;
};

function needFinish(state) {
  return (state.ending &&
          !state.destroyed &&
          state.constructed &&
          state.length === 0 &&
          !state.errored &&
          state.buffered.length === state.bufferedIndex &&
          !state.finished &&
          !state.writing &&
          !state.errorEmitted &&
          !state.closeEmitted);
}

function callFinal(stream, state) {
  let called = false;

  function onFinish(err) {
    if (called) {
      errorOrDestroy(stream, err ?? new ERR_MULTIPLE_CALLBACK());
      return;
    }
    called = true;

    state.pendingcb--;
    if (err) {
      const onfinishCallbacks = state[kOnFinished].splice(0);
      for (let i = 0; i < onfinishCallbacks.length; i++) onfinishCallbacks[i](err);
      errorOrDestroy(stream, err, state.sync);
    } else if (needFinish(state)) {
      state.prefinished = true;
      stream.emit('prefinish');
      // 'finish' on the next tick.
      state.pendingcb++;
      process.nextTick(finish, stream, state);
    }
  }

  state.sync = true;
  state.pendingcb++;
  try {
    stream._final(onFinish);
  } catch (err) {
    onFinish(err);
  }
  state.sync = false;
}

function prefinish(stream, state) {
  if (!state.prefinished && !state.finalCalled) {
    if (typeof stream._final === 'function' && !state.destroyed) {
      state.finalCalled = true;
      callFinal(stream, state);
    } else {
      state.prefinished = true;
      stream.emit('prefinish');
    }
  }
}

function finishMaybe(stream, state, sync) {
  if (needFinish(state)) {
    prefinish(stream, state);
    if (state.pendingcb === 0) {
      if (sync) {
        state.pendingcb++;
        process.nextTick(finishMaybeNT, stream, state);
      } else if (needFinish(state)) {
        state.pendingcb++;
        finish(stream, state);
      }
    }
  }
}

function finishMaybeNT(stream, state) {
  if (needFinish(state)) finish(stream, state);
  else state.pendingcb--;
}

function finish(stream, state) {
  state.pendingcb--;
  state.finished = true;

  const onfinishCallbacks = state[kOnFinished].splice(0);
  for (let i = 0; i < onfinishCallbacks.length; i++) onfinishCallbacks[i](null);

  stream.emit('finish');

  if (state.autoDestroy) {
    // A duplex is destroyed once its readable side ended too.
    const r = stream._readableState;
    const autoDestroy = !r || (r.autoDestroy && (r.endEmitted || r.readable === false));
    if (autoDestroy) stream.destroy();
  }
}

// ---------------------------------------------------------------------------
// Accessors

Object.defineProperties(Writable.prototype, {
  closed: {
    __proto__: null,
    get() {
      return this._writableState ? this._writableState.closed : false;
    },
  },

  destroyed: {
    __proto__: null,
    get() {
      return this._writableState ? this._writableState.destroyed : false;
    },
    set(value) {
      if (this._writableState) this._writableState.destroyed = !!value;
    },
  },

  writable: {
    __proto__: null,
    get() {
      const w = this._writableState;
      // A stream that has been written to and ended (or destroyed, or that
      // failed) is not writable any more.
      return !!w && w.writable !== false && !w.destroyed && !w.errored &&
        !w.ending && !w.ended;
    },
    set(val) {
      if (this._writableState) this._writableState.writable = !!val;
    },
  },

  writableFinished: {
    __proto__: null,
    get() {
      return this._writableState ? this._writableState.finished : false;
    },
  },

  writableObjectMode: {
    __proto__: null,
    get() {
      return this._writableState ? this._writableState.objectMode : false;
    },
  },

  writableBuffer: {
    __proto__: null,
    get() {
      return this._writableState && this._writableState.getBuffer();
    },
  },

  writableEnded: {
    __proto__: null,
    get() {
      return this._writableState ? this._writableState.ending : false;
    },
  },

  writableNeedDrain: {
    __proto__: null,
    get() {
      const w = this._writableState;
      if (!w) return false;
      return !w.destroyed && !w.ending && w.needDrain;
    },
  },

  writableHighWaterMark: {
    __proto__: null,
    get() {
      return this._writableState && this._writableState.highWaterMark;
    },
  },

  writableCorked: {
    __proto__: null,
    get() {
      return this._writableState ? this._writableState.corked : 0;
    },
  },

  writableLength: {
    __proto__: null,
    get() {
      return this._writableState && this._writableState.length;
    },
  },

  errored: {
    __proto__: null,
    enumerable: false,
    get() {
      return this._writableState ? this._writableState.errored : null;
    },
  },

  writableAborted: {
    __proto__: null,
    enumerable: false,
    get: function() {
      const w = this._writableState;
      return !!(w.writable !== false && (w.destroyed || w.errored) && !w.finished);
    },
  },
});

const destroy = destroyImpl.destroy;
Writable.prototype.destroy = function(err, cb) {
  const state = this._writableState;

  // Queued writes and end() callbacks fail on the next tick.
  if (!state.destroyed &&
      (state.bufferedIndex < state.buffered.length || state[kOnFinished].length)) {
    process.nextTick(errorBuffer, state);
  }

  destroy.call(this, err, cb);
  return this;
};

Writable.prototype._undestroy = destroyImpl.undestroy;
Writable.prototype._destroy = function(err, cb) {
  cb(err);
};

Writable.prototype[EE.captureRejectionSymbol] = function(err) {
  this.destroy(err);
};

Writable.prototype[SymbolAsyncDispose] = function() {
  let error;
  if (!this.destroyed) {
    error = this.writableFinished ? null : new AbortError();
    this.destroy(error);
  }
  if (eos === undefined) eos = require('./end_of_stream');
  return new Promise((resolve, reject) => {
    eos(this, (err) => (err && err !== error ? reject(err) : resolve(null)));
  });
};

Writable.fromWeb = function(writableStream, options) {
  return require('./web').newStreamWritableFromWritableStream(writableStream, options);
};

Writable.toWeb = function(streamWritable) {
  return require('./web').newWritableStreamFromStreamWritable(streamWritable);
};
