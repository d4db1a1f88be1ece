'use strict';
// stream.Readable.
//
// Data pushed by the implementation (push()/unshift()) lands in
// state.buffer, a plain array read from state.bufferIndex on (consumed
// slots are nulled, the array is reset once drained and compacted when the
// dead prefix gets long). In flowing mode a chunk pushed into an empty
// buffer outside of _read() goes straight to 'data' listeners.

module.exports = Readable;
Readable.ReadableState = ReadableState;

const EE = require('events');
const { Stream, prependListener } = require('./legacy');
const destroyImpl = require('./destroy');
const hooks = require('./hooks');
const { getHighWaterMark, getDefaultHighWaterMark } = require('./state');
const {
  SymbolAsyncDispose,
  chunkLength,
  isArrayBufferView,
  isBuffer,
  isEncoding,
  lazyBuffer,
  nop,
} = require('./utils');
const {
  aggregateTwoErrors,
  AbortError,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_METHOD_NOT_IMPLEMENTED,
    ERR_OUT_OF_RANGE,
    ERR_STREAM_PUSH_AFTER_EOF,
    ERR_STREAM_UNSHIFT_AFTER_END_EVENT,
    ERR_UNKNOWN_ENCODING,
  },
} = require('internal/errors');
const { validateObject } = require('internal/validators');

const { errorOrDestroy } = destroyImpl;

Object.setPrototypeOf(Readable.prototype, Stream.prototype);
Object.setPrototypeOf(Readable, Stream);

let eos;
let StringDecoder;
let fromImpl;

function lazyEos() {
  if (eos === undefined) eos = require('./end_of_stream');
  return eos;
}

function newDecoder(encoding) {
  if (StringDecoder === undefined) StringDecoder = require('string_decoder').StringDecoder;
  return new StringDecoder(encoding);
}

// ---------------------------------------------------------------------------
// State

// isDuplex: options may then set the readable side apart
// (readableObjectMode, readableHighWaterMark).
//
// The flags only ever hold booleans (`flowing`: null, true or false;
// `errored`: null or the error; setters such as `destroyed` store booleans
// too, as node's bit flags do), so the hot paths compare them with === :
// V8 10.2 compiles a truthiness test of such a field into several compares
// and a map load.
function ReadableState(options, stream, isDuplex) {

  this.objectMode = !!(options && options.objectMode);
  if (isDuplex) this.objectMode = this.objectMode || !!(options && options.readableObjectMode);

  this.highWaterMark = options ?
    getHighWaterMark(this, options, 'readableHighWaterMark', isDuplex) :
    getDefaultHighWaterMark(false);

  this.buffer = [];
  this.bufferIndex = 0;
  this.length = 0;
  this.pipes = [];
  this.awaitDrainWriters = null;
  this.flowing = null;
  this.ended = false;
  this.endEmitted = false;
  this.reading = false;
  // false while _construct() runs.
  this.constructed = true;
  // Inside _read(): a push() then must not emit 'readable'/'data' itself.
  this.sync = true;
  this.needReadable = false;
  this.emittedReadable = false;
  this.readableListening = false;
  // A 'data' listener was added with on() and not all of them were removed
  // with removeListener() since (removeAllListeners() keeps it set).
  this.dataListening = false;
  this.resumeScheduled = false;
  this.paused = false;
  this.errorEmitted = false;
  this.emitClose = !options || options.emitClose !== false;
  this.autoDestroy = !options || options.autoDestroy !== false;
  this.destroyed = false;
  this.errored = null;
  this.closed = false;
  this.closeEmitted = false;
  const defaultEncoding = options ? options.defaultEncoding : null;
  if (defaultEncoding == null || defaultEncoding === 'utf8' || defaultEncoding === 'utf-8') {
    this.defaultEncoding = 'utf8';
  } else if (isEncoding(defaultEncoding)) {
    this.defaultEncoding = defaultEncoding;
  } else {
    throw new ERR_UNKNOWN_ENCODING(defaultEncoding);
  }
  this.multiAwaitDrain = false;
  this.readingMore = false;
  this.dataEmitted = false;
  this.decoder = null;
  this.encoding = null;
  if (options && options.encoding) {
    this.decoder = newDecoder(options.encoding);
    this.encoding = options.encoding;
  }
}

Object.defineProperty(ReadableState.prototype, 'pipesCount', {
  __proto__: null,
  get() {
    return this.pipes.length;
  },
});

// ---------------------------------------------------------------------------
// Construction

function Readable(options) {
  if (!(this instanceof Readable)) return new Readable(options);

  const isDuplex = hooks.isDuplexInstance(this);

  // Slots for the common events, so that adding and removing their
  // listeners keeps the object's shape (the emitter then runs in shape
  // mode: removed listeners leave `undefined` behind).
  this._events ??= {
    close: undefined,
    error: undefined,
    data: undefined,
    end: undefined,
    readable: undefined,
  };

  this._readableState = new ReadableState(options, this, isDuplex);

  if (options) {
    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal && !isDuplex) addAbortSignal(options.signal, this);
  }

  Stream.call(this, options);

  if (typeof this._construct === 'function') {
    destroyImpl.construct(this, onReadableConstructed);
  }
}

function onReadableConstructed() {
  readableConstructed(this);
}

function readableConstructed(stream) {
  const state = stream._readableState;
  if (state.needReadable) maybeReadMore(stream, state);
}
hooks.readableConstructed = readableConstructed;

function addAbortSignal(signal, stream) {
  return require('./add_abort_signal').addAbortSignal(signal, stream);
}

Readable.prototype.destroy = destroyImpl.destroy;
Readable.prototype._undestroy = destroyImpl.undestroy;
Readable.prototype._destroy = function(err, cb) {
  cb(err);
};

Readable.prototype[EE.captureRejectionSymbol] = function(err) {
  this.destroy(err);
};

Readable.prototype[SymbolAsyncDispose] = function() {
  let error;
  if (!this.destroyed) {
    error = this.readableEnded ? null : new AbortError();
    this.destroy(error);
  }
  return new Promise((resolve, reject) => {
    lazyEos()(this, (err) => (err && err !== error ? reject(err) : resolve(null)));
  });
};

// ---------------------------------------------------------------------------
// push() / unshift()

Readable.prototype.push = function(chunk, encoding) {
  const state = this._readableState;
  return state.objectMode ?
    pushObject(this, state, chunk) :
    pushBytes(this, state, chunk, encoding);
};

Readable.prototype.unshift = function(chunk, encoding) {
  const state = this._readableState;
  return state.objectMode ?
    unshiftObject(this, state, chunk) :
    unshiftBytes(this, state, chunk, encoding);
};

function canPushMore(state) {
  return state.ended === false && (state.length < state.highWaterMark || state.length === 0);
}

function pushBytes(stream, state, chunk, encoding) {
  if (isBuffer(chunk)) return addBytes(stream, state, chunk, '');
  return pushOtherBytes(stream, state, chunk, encoding);
}

// push() of anything but a Buffer outside objectMode.
function pushOtherBytes(stream, state, chunk, encoding) {
  if (chunk === null) {
    state.reading = false;
    onEofChunk(stream, state);
    return false;
  }
  if (typeof chunk === 'string') {
    encoding = encoding || state.defaultEncoding;
    if (state.encoding !== encoding) {
      chunk = lazyBuffer().from(chunk, encoding);
      encoding = '';
    }
  } else if (isArrayBufferView(chunk)) {
    chunk = lazyBuffer().from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    encoding = '';
  } else if (chunk !== undefined) {
    errorOrDestroy(stream, new ERR_INVALID_ARG_TYPE(
      'chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk));
    return false;
  }
  return addBytes(stream, state, chunk, encoding);
}

// encoding: '' for bytes, else the encoding of a string chunk that
// already matches the stream's.
//
// The chunk's length is measured once here and handed on (see
// chunkLength() in utils.js for why that matters).
function addBytes(stream, state, chunk, encoding) {
  let len = chunk ? chunkLength(chunk) : 0;
  if (!chunk || len <= 0) return addNothing(stream, state);
  if (state.ended === true) {
    errorOrDestroy(stream, new ERR_STREAM_PUSH_AFTER_EOF());
    return false;
  }
  if (state.destroyed === true || state.errored !== null) return false;

  state.reading = false;
  if (state.decoder !== null && !encoding) {
    chunk = state.decoder.write(chunk);
    len = chunk.length;
    if (len === 0) {
      maybeReadMore(stream, state);
      return canPushMore(state);
    }
  }
  addChunk(stream, state, chunk, len, false);
  return canPushMore(state);
}

// push() of an empty chunk: only ends the read in progress.
function addNothing(stream, state) {
  state.reading = false;
  maybeReadMore(stream, state);
  return canPushMore(state);
}

function pushObject(stream, state, chunk) {
  if (chunk === null) {
    state.reading = false;
    onEofChunk(stream, state);
    return false;
  }
  if (state.ended) {
    errorOrDestroy(stream, new ERR_STREAM_PUSH_AFTER_EOF());
    return false;
  }
  if (state.destroyed || state.errored) return false;

  state.reading = false;
  if (state.decoder !== null) chunk = state.decoder.write(chunk);
  addChunk(stream, state, chunk, 1, false);
  return canPushMore(state);
}

function unshiftBytes(stream, state, chunk, encoding) {
  if (chunk === null) {
    // Like push(null).
    state.reading = false;
    onEofChunk(stream, state);
    return false;
  }
  if (typeof chunk === 'string') {
    encoding = encoding || state.defaultEncoding;
    if (state.encoding !== encoding) {
      // With an encoding set the buffer holds strings of that encoding.
      chunk = state.encoding ?
        lazyBuffer().from(chunk, encoding).toString(state.encoding) :
        lazyBuffer().from(chunk, encoding);
    }
  } else if (isBuffer(chunk)) {
    // as is
  } else if (isArrayBufferView(chunk)) {
    chunk = lazyBuffer().from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  } else if (chunk !== undefined) {
    errorOrDestroy(stream, new ERR_INVALID_ARG_TYPE(
      'chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk));
    return false;
  }
  if (!chunk || chunk.length <= 0) return canPushMore(state);
  return unshiftValue(stream, state, chunk);
}

function unshiftObject(stream, state, chunk) {
  if (chunk === null) {
    state.reading = false;
    onEofChunk(stream, state);
    return false;
  }
  return unshiftValue(stream, state, chunk);
}

function unshiftValue(stream, state, chunk) {
  if (state.endEmitted) {
    errorOrDestroy(stream, new ERR_STREAM_UNSHIFT_AFTER_END_EVENT());
  } else if (state.destroyed || state.errored) {
    return false;
  } else {
    addChunk(stream, state, chunk, state.objectMode ? 1 : chunk.length, true);
  }
  return canPushMore(state);
}

// len: what the chunk adds to state.length (1 in objectMode).
function addChunk(stream, state, chunk, len, addToFront) {
  if (state.flowing === true && state.length === 0 && state.sync === false &&
      state.dataListening === true) {
    // Nothing buffered and someone is listening: hand it over directly.
    if (state.multiAwaitDrain === true) state.awaitDrainWriters.clear();
    else state.awaitDrainWriters = null;
    state.dataEmitted = true;
    stream.emit('data', chunk);
  } else {
    state.length += len;
    const buffer = state.buffer;
    if (!addToFront) {
      // An indexed store, not push(): TurboFan inlines it (the array's map
      // is known from the length load), while push() here stays a builtin
      // call.
      buffer[buffer.length] = chunk;
    } else if (state.bufferIndex > 0) {
      buffer[--state.bufferIndex] = chunk;
    } else {
      buffer.unshift(chunk);
    }
    if (state.needReadable === true) emitReadable(stream);
  }
  maybeReadMore(stream, state);
}

function onEofChunk(stream, state) {
  if (state.ended) return;
  if (state.decoder !== null) {
    const chunk = state.decoder.end();
    if (chunk && chunk.length) {
      state.buffer.push(chunk);
      state.length += state.objectMode ? 1 : chunk.length;
    }
  }
  state.ended = true;

  if (state.sync) {
    // Within _read(): let read() finish first.
    emitReadable(stream);
  } else {
    state.needReadable = false;
    state.emittedReadable = true;
    emitReadable_(stream);
  }
}

// ---------------------------------------------------------------------------
// read()

Readable.prototype.isPaused = function() {
  const state = this._readableState;
  return state.paused === true || state.flowing === false;
};

Readable.prototype.setEncoding = function(enc) {
  const state = this._readableState;
  const decoder = newDecoder(enc);
  state.decoder = decoder;
  state.encoding = decoder.encoding;

  // Re-decode what is buffered.
  const buffer = state.buffer;
  let content = '';
  for (let i = state.bufferIndex; i < buffer.length; i++) {
    content += decoder.write(buffer[i]);
  }
  buffer.length = 0;
  state.bufferIndex = 0;
  if (content !== '') buffer.push(content);
  state.length = content.length;
  return this;
};

const MAX_HWM = 0x40000000;

// Next power of two, so the highWaterMark does not creep up in tiny steps.
function computeNewHighWaterMark(n) {
  if (n > MAX_HWM) {
    throw new ERR_OUT_OF_RANGE('size', '<= 1GiB', n);
  }
  n--;
  n |= n >>> 1;
  n |= n >>> 2;
  n |= n >>> 4;
  n |= n >>> 8;
  n |= n >>> 16;
  n++;
  return n;
}

// How much read(n) may hand out now.
function howMuchToRead(n, state) {
  if (n <= 0 || (state.length === 0 && state.ended === true)) return 0;
  if (state.objectMode === true) return 1;
  if (n !== n) {  // NaN: "whatever there is"
    if (state.flowing === true && state.length > 0) return chunkLength(state.buffer[state.bufferIndex]);
    return state.length;
  }
  if (n <= state.length) return n;
  return state.ended ? state.length : 0;
}

// The chunk howMuchToRead(nOrig) measured when it answered "the first
// chunk, whole" (read() while flowing), else null. read() keeps it so as
// not to load that chunk's length again (see addBytes()): as long as the
// same chunk is first, the answer is the same.
function measuredHead(nOrig, state) {
  return nOrig !== nOrig && state.flowing === true && state.objectMode === false &&
    state.length > 0 ?
    state.buffer[state.bufferIndex] : null;
}

// (The hot functions here are kept small, with rare paths split out, so
// that the JIT can inline them into one another.)
Readable.prototype.read = function(n) {
  if (n === undefined) {
    n = NaN;
  } else if (!Number.isInteger(n)) {
    n = Number.parseInt(n, 10);
  }
  const state = this._readableState;
  const nOrig = n;

  if (n > state.highWaterMark) state.highWaterMark = computeNewHighWaterMark(n);

  if (n !== 0) {
    state.emittedReadable = false;
  } else if (state.needReadable && readZeroSignals(this, state)) {
    return null;
  }

  n = howMuchToRead(n, state);
  let head = measuredHead(nOrig, state);

  if (n === 0 && state.ended) {
    if (state.length === 0) endReadable(this);
    return null;
  }

  // Ask the implementation for more when below the highWaterMark (or when
  // a 'readable' is owed) unless it is busy, done or broken.
  if (state.ended === false && state.reading === false && state.destroyed === false &&
      state.errored === null && state.constructed === true &&
      (state.needReadable === true || state.length === 0 ||
       state.length - n < state.highWaterMark)) {
    callRead(this, state);
    // A synchronous push() may change what can be handed out (one that
    // only appended leaves the first chunk, and so n, as they were).
    if (state.reading === false &&
        (head === null || measuredHead(nOrig, state) !== head)) {
      n = howMuchToRead(nOrig, state);
      head = measuredHead(nOrig, state);
    }
  }

  let ret;
  if (n <= 0) ret = null;
  else if (head !== null) ret = shiftFirst(state, state.buffer, state.bufferIndex);
  else ret = fromList(n, state);

  if (ret === null) {
    state.needReadable = state.length <= state.highWaterMark;
    n = 0;
  } else {
    state.length -= n;
    if (state.multiAwaitDrain === true) state.awaitDrainWriters.clear();
    else state.awaitDrainWriters = null;
  }

  if (state.length === 0) {
    if (state.ended === false) state.needReadable = true;
    if (nOrig !== n && state.ended === true) endReadable(this);
  }

  if (ret !== null && state.errorEmitted === false && state.closeEmitted === false) {
    state.dataEmitted = true;
    this.emit('data', ret);
  }

  return ret;
};

// read(0) with enough buffered (or at the end) only signals 'readable'.
function readZeroSignals(stream, state) {
  if ((state.highWaterMark !== 0 ?
    state.length >= state.highWaterMark :
    state.length > 0) || state.ended) {
    if (state.length === 0 && state.ended) endReadable(stream);
    else emitReadable(stream);
    return true;
  }
  return false;
}

function callRead(stream, state) {
  state.reading = true;
  state.sync = true;
  if (state.length === 0) state.needReadable = true;
  try {
    stream._read(state.highWaterMark);
  } catch (err) {
    errorOrDestroy(stream, err);
  }
  state.sync = false;
}

// Takes n bytes (one object in objectMode) off the buffer. The caller
// adjusts state.length.
function fromList(n, state) {
  if (state.length === 0) return null;

  const buf = state.buffer;
  const idx = state.bufferIndex;
  // One whole chunk (the usual case; the buffer never holds empty chunks).
  if (state.objectMode || n === chunkLength(buf[idx])) return shiftFirst(state, buf, idx);
  return fromListSlow(n, state, buf, idx);
}

// Takes the first chunk (buf[idx]) off the buffer.
function shiftFirst(state, buf, idx) {
  const ret = buf[idx];
  buf[idx] = null;
  advance(state, buf, idx + 1);
  return ret;
}

function fromListSlow(n, state, buf, idx) {
  let ret;
  if (!n || n >= state.length) {
    // Everything.
    if (state.decoder !== null) {
      ret = '';
      while (idx < buf.length) {
        ret += buf[idx];
        buf[idx++] = null;
      }
    } else if (buf.length - idx === 1) {
      ret = buf[idx];
      buf[idx++] = null;
    } else {
      ret = lazyBuffer().allocUnsafe(state.length);
      let offset = 0;
      while (idx < buf.length) {
        const data = buf[idx];
        ret.set(data, offset);
        offset += data.length;
        buf[idx++] = null;
      }
    }
  } else if (n < buf[idx].length) {
    // Part of the first chunk.
    const first = buf[idx];
    if (state.decoder !== null) {
      ret = first.slice(0, n);
      buf[idx] = first.slice(n);
    } else {
      ret = first.subarray(0, n);
      buf[idx] = first.subarray(n);
    }
  } else if (state.decoder !== null) {
    // Spans chunks (strings).
    ret = '';
    while (idx < buf.length) {
      const str = buf[idx];
      if (n > str.length) {
        ret += str;
        n -= str.length;
        buf[idx++] = null;
      } else {
        if (n === str.length) {
          ret += str;
          buf[idx++] = null;
        } else {
          ret += str.slice(0, n);
          buf[idx] = str.slice(n);
        }
        break;
      }
    }
  } else {
    // Spans chunks (bytes).
    ret = lazyBuffer().allocUnsafe(n);
    const total = n;
    while (idx < buf.length) {
      const data = buf[idx];
      if (n > data.length) {
        ret.set(data, total - n);
        n -= data.length;
        buf[idx++] = null;
      } else {
        if (n === data.length) {
          ret.set(data, total - n);
          buf[idx++] = null;
        } else {
          ret.set(new Uint8Array(data.buffer, data.byteOffset, n), total - n);
          buf[idx] = data.subarray(n);
        }
        break;
      }
    }
  }
  advance(state, buf, idx);
  return ret;
}

// Moves the read position to idx: resets a drained buffer, compacts a long
// dead prefix.
function advance(state, buf, idx) {
  if (idx === buf.length) {
    // Popping keeps the array's backing store (and is much cheaper than
    // `length = 0` for the usual one or two slots).
    if (idx <= 32) {
      while (idx-- > 0) buf.pop();
    } else {
      buf.length = 0;
    }
    state.bufferIndex = 0;
  } else if (idx > 1024) {
    buf.splice(0, idx);
    state.bufferIndex = 0;
  } else {
    state.bufferIndex = idx;
  }
}

Readable._fromList = fromList;

Readable.prototype._read = function(n) {
  throw new ERR_METHOD_NOT_IMPLEMENTED('_read()');
};

// ---------------------------------------------------------------------------
// 'readable', end, read-ahead

function emitReadable(stream) {
  const state = stream._readableState;
  state.needReadable = false;
  if (!state.emittedReadable) {
    state.emittedReadable = true;
    process.nextTick(emitReadable_, stream);
  }
}

function emitReadable_(stream) {
  const state = stream._readableState;
  if (!state.destroyed && !state.errored && (state.length || state.ended)) {
    stream.emit('readable');
    state.emittedReadable = false;
  }
  // Another 'readable' is owed once this one has been consumed, unless the
  // stream flows, ended, or is over its highWaterMark. (As in node, this
  // only ever sets the flag; it is cleared elsewhere.)
  if (!state.flowing && !state.ended && state.length <= state.highWaterMark) {
    state.needReadable = true;
  }
  flow(stream);
}

// Reads ahead (up to the highWaterMark) on the next tick.
function maybeReadMore(stream, state) {
  if (state.readingMore === false && state.constructed === true) {
    state.readingMore = true;
    process.nextTick(maybeReadMore_, stream, state);
  }
}

function maybeReadMore_(stream, state) {
  while (!state.reading && !state.ended &&
         (state.length < state.highWaterMark ||
          (state.flowing && state.length === 0))) {
    const len = state.length;
    stream.read(0);
    if (len === state.length) break;  // nothing came
  }
  state.readingMore = false;
}

function endReadable(stream) {
  const state = stream._readableState;
  if (!state.endEmitted) {
    state.ended = true;
    process.nextTick(endReadableNT, state, stream);
  }
}

function endReadableNT(state, stream) {
  if (!state.errored && !state.closeEmitted && !state.endEmitted && state.length === 0) {
    state.endEmitted = true;
    stream.emit('end');

    if (stream.writable && stream.allowHalfOpen === false) {
      process.nextTick(endWritableNT, stream);
    } else if (state.autoDestroy) {
      // A duplex is destroyed once its writable side finished too.
      const w = stream._writableState;
      const autoDestroy = !w || (w.autoDestroy && (w.finished || w.writable === false));
      if (autoDestroy) stream.destroy();
    }
  }
}

function endWritableNT(stream) {
  if (stream.writable && !stream.writableEnded && !stream.destroyed) stream.end();
}

// ---------------------------------------------------------------------------
// Flowing mode

Readable.prototype.on = function(ev, fn) {
  const res = Stream.prototype.on.call(this, ev, fn);
  const state = this._readableState;

  if (ev === 'data') {
    state.dataListening = true;
    state.readableListening = this.listenerCount('readable') > 0;
    // Start flowing unless explicitly paused.
    if (state.flowing !== false) this.resume();
  } else if (ev === 'readable') {
    if (!state.endEmitted && !state.readableListening) {
      state.readableListening = state.needReadable = true;
      state.flowing = false;
      state.emittedReadable = false;
      if (state.length) {
        emitReadable(this);
      } else if (!state.reading) {
        process.nextTick(nReadingNextTick, this);
      }
    }
  }
  return res;
};
Readable.prototype.addListener = Readable.prototype.on;

Readable.prototype.removeListener = function(ev, fn) {
  const res = Stream.prototype.removeListener.call(this, ev, fn);
  if (ev === 'readable') {
    process.nextTick(updateReadableListening, this);
  } else if (ev === 'data' && this.listenerCount('data') === 0) {
    this._readableState.dataListening = false;
  }
  return res;
};
Readable.prototype.off = Readable.prototype.removeListener;

Readable.prototype.removeAllListeners = function(ev) {
  const res = Reflect.apply(Stream.prototype.removeAllListeners, this, arguments);
  if (ev === 'readable' || ev === undefined) {
    process.nextTick(updateReadableListening, this);
  }
  return res;
};

function updateReadableListening(self) {
  const state = self._readableState;
  state.readableListening = self.listenerCount('readable') > 0;
  if (state.resumeScheduled && state.paused === false) {
    // resume() was called while 'readable' listeners kept it from flowing.
    state.flowing = true;
  } else if (state.dataListening) {
    self.resume();
  } else if (!state.readableListening) {
    state.flowing = null;
  }
}

function nReadingNextTick(self) {
  self.read(0);
}

Readable.prototype.resume = function() {
  const state = this._readableState;
  if (!state.flowing) {
    // 'readable' listeners take precedence over flowing.
    state.flowing = !state.readableListening;
    if (!state.resumeScheduled) {
      state.resumeScheduled = true;
      process.nextTick(resume_, this, state);
    }
  }
  state.paused = false;
  return this;
};

function resume_(stream, state) {
  if (!state.reading) stream.read(0);
  state.resumeScheduled = false;
  stream.emit('resume');
  flow(stream);
  if (state.flowing && !state.reading) stream.read(0);
}

Readable.prototype.pause = function() {
  const state = this._readableState;
  if (state.flowing !== false) {
    state.flowing = false;
    this.emit('pause');
  }
  state.paused = true;
  return this;
};

function flow(stream) {
  const state = stream._readableState;
  while (state.flowing === true && stream.read() !== null);
}

// ---------------------------------------------------------------------------
// pipe() / unpipe()

Readable.prototype.pipe = function(dest, pipeOpts) {
  const src = this;
  const state = this._readableState;

  if (state.pipes.length === 1 && !state.multiAwaitDrain) {
    // Second destination: track the writers we wait for in a Set.
    state.multiAwaitDrain = true;
    state.awaitDrainWriters = new Set(state.awaitDrainWriters ? [state.awaitDrainWriters] : []);
  }
  state.pipes.push(dest);

  const doEnd = (!pipeOpts || pipeOpts.end !== false) &&
    dest !== process.stdout && dest !== process.stderr;
  const endFn = doEnd ? onend : unpipe;
  if (state.endEmitted) process.nextTick(endFn);
  else src.once('end', endFn);

  dest.on('unpipe', onunpipe);

  function onunpipe(readable, unpipeInfo) {
    if (readable === src && unpipeInfo && unpipeInfo.hasUnpiped === false) {
      unpipeInfo.hasUnpiped = true;
      cleanup();
    }
  }

  function onend() {
    dest.end();
  }

  let ondrain;
  let cleanedUp = false;

  function cleanup() {
    dest.removeListener('close', onclose);
    dest.removeListener('finish', onfinish);
    if (ondrain) dest.removeListener('drain', ondrain);
    dest.removeListener('error', onerror);
    dest.removeListener('unpipe', onunpipe);
    src.removeListener('end', onend);
    src.removeListener('end', unpipe);
    src.removeListener('data', ondata);
    cleanedUp = true;

    // If we were waiting for this destination to drain, stop waiting.
    if (ondrain && state.awaitDrainWriters &&
        (!dest._writableState || dest._writableState.needDrain)) {
      ondrain();
    }
  }

  function pause() {
    if (!cleanedUp) {
      if (state.pipes.length === 1 && state.pipes[0] === dest) {
        state.awaitDrainWriters = dest;
        state.multiAwaitDrain = false;
      } else if (state.pipes.length > 1 && state.pipes.includes(dest)) {
        state.awaitDrainWriters.add(dest);
      }
      src.pause();
    }
    if (!ondrain) {
      ondrain = pipeOnDrain(src, dest);
      dest.on('drain', ondrain);
    }
  }

  function ondata(chunk) {
    if (dest.write(chunk) === false) pause();
  }
  src.on('data', ondata);

  // An error on dest unpipes; it is rethrown if dest has no other handler.
  function onerror(er) {
    unpipe();
    dest.removeListener('error', onerror);
    if (dest.listenerCount('error') === 0) {
      const s = dest._writableState || dest._readableState;
      if (s && !s.errorEmitted) errorOrDestroy(dest, er);
      else dest.emit('error', er);
    }
  }
  prependListener(dest, 'error', onerror);

  function onclose() {
    dest.removeListener('finish', onfinish);
    unpipe();
  }
  dest.once('close', onclose);

  function onfinish() {
    dest.removeListener('close', onclose);
    unpipe();
  }
  dest.once('finish', onfinish);

  function unpipe() {
    src.unpipe(dest);
  }

  dest.emit('pipe', src);

  if (dest.writableNeedDrain === true) {
    pause();
  } else if (!state.flowing) {
    src.resume();
  }

  return dest;
};

function pipeOnDrain(src, dest) {
  return function pipeOnDrainFunctionResult() {
    const state = src._readableState;
    if (state.awaitDrainWriters === dest) {
      state.awaitDrainWriters = null;
    } else if (state.multiAwaitDrain) {
      state.awaitDrainWriters.delete(dest);
    }
    if ((!state.awaitDrainWriters || state.awaitDrainWriters.size === 0) &&
        state.dataListening) {
      src.resume();
    }
  };
}

Readable.prototype.unpipe = function(dest) {
  const state = this._readableState;
  if (state.pipes.length === 0) return this;

  if (!dest) {
    const dests = state.pipes;
    state.pipes = [];
    this.pause();
    for (let i = 0; i < dests.length; i++) {
      dests[i].emit('unpipe', this, { hasUnpiped: false });
    }
    return this;
  }

  const index = state.pipes.indexOf(dest);
  if (index === -1) return this;
  state.pipes.splice(index, 1);
  if (state.pipes.length === 0) this.pause();
  dest.emit('unpipe', this, { hasUnpiped: false });
  return this;
};

// ---------------------------------------------------------------------------
// wrap() of an old-style stream

Readable.prototype.wrap = function(stream) {
  let paused = false;

  stream.on('data', (chunk) => {
    if (!this.push(chunk) && stream.pause) {
      paused = true;
      stream.pause();
    }
  });
  stream.on('end', () => {
    this.push(null);
  });
  stream.on('error', (err) => {
    errorOrDestroy(this, err);
  });
  stream.on('close', () => {
    this.destroy();
  });
  stream.on('destroy', () => {
    this.destroy();
  });

  this._read = () => {
    if (paused && stream.resume) {
      paused = false;
      stream.resume();
    }
  };

  // Proxy the wrapped stream's own methods we do not have.
  const keys = Object.keys(stream);
  for (let j = 1; j < keys.length; j++) {
    const key = keys[j];
    if (this[key] === undefined && typeof stream[key] === 'function') {
      this[key] = stream[key].bind(stream);
    }
  }
  return this;
};

// ---------------------------------------------------------------------------
// Async iteration

Readable.prototype[Symbol.asyncIterator] = function() {
  return streamToAsyncIterator(this);
};

Readable.prototype.iterator = function(options) {
  if (options !== undefined) validateObject(options, 'options');
  return streamToAsyncIterator(this, options);
};

function streamToAsyncIterator(stream, options) {
  if (typeof stream.read !== 'function') {
    stream = Readable.wrap(stream, { objectMode: true });
  }
  const iter = createAsyncIterator(stream, options);
  iter.stream = stream;
  return iter;
}

async function* createAsyncIterator(stream, options) {
  let callback = nop;

  // As a 'readable' listener (this === stream) it wakes the iterator; as a
  // Promise executor it parks it.
  function next(resolve) {
    if (this === stream) {
      callback();
      callback = nop;
    } else {
      callback = resolve;
    }
  }

  stream.on('readable', next);

  let error;
  const cleanup = lazyEos()(stream, { writable: false }, (err) => {
    error = err ? aggregateTwoErrors(error, err) : null;
    callback();
    callback = nop;
  });

  try {
    while (true) {
      const chunk = stream.destroyed ? null : stream.read();
      if (chunk !== null) {
        yield chunk;
      } else if (error) {
        throw error;
      } else if (error === null) {
        return;
      } else {
        await new Promise(next);
      }
    }
  } catch (err) {
    error = aggregateTwoErrors(error, err);
    throw error;
  } finally {
    if ((error || !options || options.destroyOnReturn !== false) &&
        (error === undefined || stream._readableState.autoDestroy)) {
      destroyImpl.destroyer(stream, null);
    } else {
      stream.off('readable', next);
      cleanup();
    }
  }
}

// ---------------------------------------------------------------------------
// Accessors

function defineAccessor(name, get, set) {
  Object.defineProperty(Readable.prototype, name, {
    __proto__: null, get, set, enumerable: false, configurable: true,
  });
}

defineAccessor('readable', function() {
  const r = this._readableState;
  return !!r && r.readable !== false && !r.destroyed && !r.errorEmitted && !r.endEmitted;
}, function(val) {
  if (this._readableState) this._readableState.readable = !!val;
});

defineAccessor('readableDidRead', function() {
  return this._readableState.dataEmitted;
});

defineAccessor('readableAborted', function() {
  const r = this._readableState;
  return !!(r.readable !== false && (r.destroyed || r.errored) && !r.endEmitted);
});

defineAccessor('readableHighWaterMark', function() {
  return this._readableState.highWaterMark;
});

defineAccessor('readableBuffer', function() {
  return this._readableState && this._readableState.buffer;
});

defineAccessor('readableFlowing', function() {
  return this._readableState.flowing;
}, function(state) {
  // Stored as null, true or false, as node does (the hot paths compare).
  if (this._readableState) this._readableState.flowing = state == null ? null : !!state;
});

defineAccessor('readableLength', function() {
  return this._readableState.length;
});

defineAccessor('readableObjectMode', function() {
  return this._readableState ? this._readableState.objectMode : false;
});

defineAccessor('readableEncoding', function() {
  return this._readableState ? this._readableState.encoding : null;
});

defineAccessor('errored', function() {
  return this._readableState ? this._readableState.errored : null;
});

defineAccessor('closed', function() {
  return this._readableState ? this._readableState.closed : false;
});

defineAccessor('destroyed', function() {
  return this._readableState ? this._readableState.destroyed : false;
}, function(value) {
  if (!this._readableState) return;
  this._readableState.destroyed = !!value;
});

defineAccessor('readableEnded', function() {
  return this._readableState ? this._readableState.endEmitted : false;
});

// ---------------------------------------------------------------------------
// Statics

Readable.from = function(iterable, opts) {
  if (fromImpl === undefined) fromImpl = require('./from');
  return fromImpl(Readable, iterable, opts);
};

Readable.fromWeb = function(readableStream, options) {
  return require('./web').newStreamReadableFromReadableStream(readableStream, options);
};

Readable.toWeb = function(streamReadable, options) {
  return require('./web').newReadableStreamFromStreamReadable(streamReadable, options);
};

Readable.wrap = function(src, options) {
  return new Readable({
    objectMode: src.readableObjectMode ?? src.objectMode ?? true,
    ...options,
    destroy(err, callback) {
      destroyImpl.destroyer(src, err);
      callback(err);
    },
  }).wrap(src);
};
