'use strict';

// The `zlib` builtin (node 20) on the system's zlib: the Deflate, Inflate,
// Gzip, Gunzip, DeflateRaw, InflateRaw and Unzip Transform streams with
// node's options, their callback and *Sync convenience functions, crc32,
// and the zlib constants. Brotli (BrotliCompress/BrotliDecompress and its
// functions) is not in Mosaic yet: it throws ERR_MOSAIC_NOT_IMPLEMENTED.

/* global binding */

const {
  codes: {
    ERR_BUFFER_TOO_LARGE,
    ERR_INVALID_ARG_TYPE,
    ERR_MOSAIC_NOT_IMPLEMENTED,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const { validateFunction, validateNumber, validateObject } = require('internal/validators');
const { Buffer, kMaxLength } = require('buffer');
const { Transform, finished } = require('stream');
const { bindToFrame } = require('internal/async_context');

// zlib.h's values, and node's own (a null-prototype object of read-only
// properties, as node's).
const constantValues = {
  Z_NO_FLUSH: 0, Z_PARTIAL_FLUSH: 1, Z_SYNC_FLUSH: 2, Z_FULL_FLUSH: 3, Z_FINISH: 4, Z_BLOCK: 5,
  Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2, Z_DATA_ERROR: -3,
  Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6,
  Z_NO_COMPRESSION: 0, Z_BEST_SPEED: 1, Z_BEST_COMPRESSION: 9, Z_DEFAULT_COMPRESSION: -1,
  Z_FILTERED: 1, Z_HUFFMAN_ONLY: 2, Z_RLE: 3, Z_FIXED: 4, Z_DEFAULT_STRATEGY: 0,
  ZLIB_VERNUM: binding.ZLIB_VERNUM,
  DEFLATE: 1, INFLATE: 2, GZIP: 3, GUNZIP: 4, DEFLATERAW: 5, INFLATERAW: 6, UNZIP: 7,
  Z_MIN_WINDOWBITS: 8, Z_MAX_WINDOWBITS: 15, Z_DEFAULT_WINDOWBITS: 15,
  Z_MIN_CHUNK: 64, Z_MAX_CHUNK: Infinity, Z_DEFAULT_CHUNK: 16 * 1024,
  Z_MIN_MEMLEVEL: 1, Z_MAX_MEMLEVEL: 9, Z_DEFAULT_MEMLEVEL: 8,
  Z_MIN_LEVEL: -1, Z_MAX_LEVEL: 9, Z_DEFAULT_LEVEL: -1,
};
const constants = Object.create(null);
for (const [name, value] of Object.entries(constantValues)) {
  Object.defineProperty(constants, name, {
    __proto__: null, value, writable: false, enumerable: true, configurable: false,
  });
}

// zlib's codes by name and number, as node's zlib.codes.
const codes = {
  Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2, Z_DATA_ERROR: -3,
  Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6,
};
for (const name of Object.keys(codes)) codes[codes[name]] = name;
Object.freeze(codes);

function zlibError(code, message) {
  const err = new Error(message);
  err.errno = code;
  err.code = codes[code];
  return err;
}

// An option that must be a number in [min, max], or its default.
function numberOption(options, name, min, max, fallback) {
  const value = options[name];
  if (value === undefined) return fallback;
  validateNumber(value, `options.${name}`);
  if (!(value >= min && value <= max)) {
    throw new ERR_OUT_OF_RANGE(`options.${name}`, `>= ${min} and <= ${max}`, value);
  }
  return value;
}

const kEngine = Symbol('kEngine');
const kFlushKind = Symbol('kFlushKind');

// One empty Buffer per flush kind, recognised by _transform.
const flushMarkers = [];
function flushMarker(kind) {
  if (flushMarkers[kind] === undefined) {
    flushMarkers[kind] = Buffer.alloc(0);
    flushMarkers[kind][kFlushKind] = kind;
  }
  return flushMarkers[kind];
}

const kFlush = Symbol('kFlush');
const kFinishFlush = Symbol('kFinishFlush');

class ZlibBase extends Transform {
  constructor(options, mode) {
    if (options !== undefined && options !== null) validateObject(options, 'options');
    options = options || {};
    const chunkSize = numberOption(options, 'chunkSize', constants.Z_MIN_CHUNK, Infinity,
                                   constants.Z_DEFAULT_CHUNK);
    const flush = numberOption(options, 'flush', constants.Z_NO_FLUSH, constants.Z_BLOCK,
                               constants.Z_NO_FLUSH);
    const finishFlush = numberOption(options, 'finishFlush', constants.Z_NO_FLUSH,
                                     constants.Z_BLOCK, constants.Z_FINISH);
    const windowBits = numberOption(options, 'windowBits', mode === constants.UNZIP ||
      mode === constants.INFLATE || mode === constants.GUNZIP ? 0 : constants.Z_MIN_WINDOWBITS,
                                    constants.Z_MAX_WINDOWBITS, constants.Z_DEFAULT_WINDOWBITS);
    const level = numberOption(options, 'level', constants.Z_MIN_LEVEL, constants.Z_MAX_LEVEL,
                               constants.Z_DEFAULT_COMPRESSION);
    const memLevel = numberOption(options, 'memLevel', constants.Z_MIN_MEMLEVEL,
                                  constants.Z_MAX_MEMLEVEL, constants.Z_DEFAULT_MEMLEVEL);
    const strategy = numberOption(options, 'strategy', constants.Z_DEFAULT_STRATEGY,
                                  constants.Z_FIXED, constants.Z_DEFAULT_STRATEGY);
    super({ ...options, writableObjectMode: false, readableObjectMode: false });
    const [engine, code] = binding.create(mode, level, windowBits || constants.Z_DEFAULT_WINDOWBITS,
                                          memLevel, strategy, Math.min(chunkSize, kMaxLength));
    if (engine === null) throw zlibError(code, 'Init error');
    this[kEngine] = engine;
    this[kFlush] = flush;
    this[kFinishFlush] = finishFlush;
    this._mode = mode;
    this.bytesWritten = 0;
  }

  // Runs the engine now; returns its output, or throws its error.
  _processChunk(chunk, flush) {
    if (this[kEngine] === null) throw zlibError(constants.Z_STREAM_ERROR, 'zlib binding closed');
    return this._output(binding.process(this[kEngine], chunk, flush), chunk, flush);
  }

  // Runs the engine on the thread pool, as node does: done(err, output)
  // comes on a later turn of the loop.
  _processChunkAsync(chunk, flush, done) {
    if (this[kEngine] === null) {
      process.nextTick(done, zlibError(constants.Z_STREAM_ERROR, 'zlib binding closed'));
      return;
    }
    binding.processAsync(this[kEngine], chunk, flush, bindToFrame((result) => {
      let output;
      try {
        output = this._output(result, chunk, flush);
      } catch (err) {
        done(err);
        return;
      }
      done(null, output);
    }));
  }

  // A run's output, or its error thrown.
  _output(result, chunk, flush) {
    if (result.code < 0 || result.code === constants.Z_NEED_DICT) {
      throw zlibError(result.code, result.code === constants.Z_NEED_DICT ?
        'Missing dictionary' : (result.message || 'zlib error'));
    }
    if (flush === constants.Z_FINISH && !result.ended && this._decompresses()) {
      throw zlibError(constants.Z_BUF_ERROR, 'unexpected end of file');
    }
    this.bytesWritten += chunk.byteLength;
    return result.output;
  }

  _decompresses() {
    return this._mode === constants.INFLATE || this._mode === constants.GUNZIP ||
      this._mode === constants.INFLATERAW || this._mode === constants.UNZIP;
  }

  _transform(chunk, encoding, callback) {
    // flush() writes an empty marker chunk carrying its flush kind, so it
    // takes its turn after the chunks written before it.
    const flush = typeof chunk[kFlushKind] === 'number' ? chunk[kFlushKind] : this[kFlush];
    const input = typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk;
    this._processChunkAsync(input, flush, (err, output) => {
      if (err) {
        callback(err);
        return;
      }
      if (output.length > 0) this.push(output);
      callback();
    });
  }

  _flush(callback) {
    this._transform(flushMarker(this[kFinishFlush]), 'buffer', callback);
  }

  // As node's: 'finish' once the writes are processed, without waiting for
  // the final flush (Transform still runs _flush at 'prefinish', and 'end'
  // follows its output).
  _final(callback) {
    callback();
  }

  _destroy(err, callback) {
    this.close();
    callback(err);
  }

  // Writes what is buffered so far out (Z_FULL_FLUSH by default), in turn
  // with the writes before it, as node does.
  flush(kind, callback) {
    if (typeof kind === 'function' || kind === undefined) {
      callback = kind;
      kind = constants.Z_FULL_FLUSH;
    }
    if (this.writableFinished) {
      if (typeof callback === 'function') process.nextTick(callback);
    } else if (this.writableEnded) {
      if (typeof callback === 'function') this.once('end', callback);
    } else {
      this.write(flushMarker(kind), '', callback);
    }
  }

  reset() {
    if (this[kEngine] !== null) binding.reset(this[kEngine]);
  }

  close(callback) {
    if (this[kEngine] !== null) {
      binding.close(this[kEngine]);
      this[kEngine] = null;
    }
    if (typeof callback === 'function') finished(this, () => callback());
    if (!this.destroyed) this.destroy();
  }

  params() {
    throw new ERR_MOSAIC_NOT_IMPLEMENTED('zlib params()');
  }
}

function engineClass(name, mode) {
  const cls = {
    [name]: class extends ZlibBase {
      constructor(options) {
        super(options, mode);
      }
    },
  }[name];
  // Callable without `new`, as node's are.
  return new Proxy(cls, {
    apply(target, thisArg, args) {
      return new target(...args);
    },
  });
}

const Deflate = engineClass('Deflate', constants.DEFLATE);
const Inflate = engineClass('Inflate', constants.INFLATE);
const Gzip = engineClass('Gzip', constants.GZIP);
const Gunzip = engineClass('Gunzip', constants.GUNZIP);
const DeflateRaw = engineClass('DeflateRaw', constants.DEFLATERAW);
const InflateRaw = engineClass('InflateRaw', constants.INFLATERAW);
const Unzip = engineClass('Unzip', constants.UNZIP);

function toBuffer(buffer) {
  if (typeof buffer === 'string') return Buffer.from(buffer);
  if (buffer instanceof ArrayBuffer) return Buffer.from(buffer);
  if (ArrayBuffer.isView(buffer)) return buffer;
  throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'],
                                 buffer);
}

// One-shot processing, as node's *Sync functions (and, asynchronously,
// the callback forms) do it.
function processAll(Engine, buffer, options) {
  const engine = new Engine(options);
  const input = toBuffer(buffer);
  let output;
  try {
    output = engine._processChunk(input, engine[kFinishFlush]);
  } finally {
    engine.close();
  }
  return checkedOutput(output, engine, options);
}

// A one-shot result under options.maxOutputLength, with the engine when
// options.info asks for it.
function checkedOutput(output, engine, options) {
  const maxOutputLength = options && options.maxOutputLength;
  if (maxOutputLength !== undefined && output.length > maxOutputLength) {
    throw new ERR_BUFFER_TOO_LARGE(maxOutputLength);
  }
  return options && options.info ? { buffer: output, engine } : output;
}

function syncFunction(Engine) {
  return (buffer, options) => processAll(Engine, buffer, options);
}

function callbackFunction(Engine) {
  return (buffer, options, callback) => {
    if (typeof options === 'function') {
      callback = options;
      options = {};
    }
    validateFunction(callback, 'callback');
    const engine = new Engine(options);
    const input = toBuffer(buffer);
    engine._processChunkAsync(input, engine[kFinishFlush], (err, output) => {
      engine.close();
      if (!err) {
        try {
          output = checkedOutput(output, engine, options);
        } catch (lengthError) {
          err = lengthError;
        }
      }
      if (err) callback(err);
      else callback(null, output);
    });
  };
}

function crc32(data, value = 0) {
  if (typeof data !== 'string' && !ArrayBuffer.isView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['Buffer', 'TypedArray', 'DataView', 'string'], data);
  }
  validateNumber(value, 'value');
  return binding.crc32(typeof data === 'string' ? Buffer.from(data) : data, value >>> 0);
}

function brotliNotImplemented(name) {
  return {
    [name]() {
      throw new ERR_MOSAIC_NOT_IMPLEMENTED(`zlib.${name}`);
    },
  }[name];
}

const BrotliCompress = brotliNotImplemented('BrotliCompress');
const BrotliDecompress = brotliNotImplemented('BrotliDecompress');

module.exports = {
  crc32,
  Deflate,
  Inflate,
  Gzip,
  Gunzip,
  DeflateRaw,
  InflateRaw,
  Unzip,
  BrotliCompress,
  BrotliDecompress,
  deflate: callbackFunction(Deflate),
  deflateSync: syncFunction(Deflate),
  gzip: callbackFunction(Gzip),
  gzipSync: syncFunction(Gzip),
  deflateRaw: callbackFunction(DeflateRaw),
  deflateRawSync: syncFunction(DeflateRaw),
  unzip: callbackFunction(Unzip),
  unzipSync: syncFunction(Unzip),
  inflate: callbackFunction(Inflate),
  inflateSync: syncFunction(Inflate),
  gunzip: callbackFunction(Gunzip),
  gunzipSync: syncFunction(Gunzip),
  inflateRaw: callbackFunction(InflateRaw),
  inflateRawSync: syncFunction(InflateRaw),
  brotliCompress: brotliNotImplemented('brotliCompress'),
  brotliCompressSync: brotliNotImplemented('brotliCompressSync'),
  brotliDecompress: brotliNotImplemented('brotliDecompress'),
  brotliDecompressSync: brotliNotImplemented('brotliDecompressSync'),
  createDeflate: (options) => new Deflate(options),
  createInflate: (options) => new Inflate(options),
  createDeflateRaw: (options) => new DeflateRaw(options),
  createInflateRaw: (options) => new InflateRaw(options),
  createGzip: (options) => new Gzip(options),
  createGunzip: (options) => new Gunzip(options),
  createUnzip: (options) => new Unzip(options),
  createBrotliCompress: brotliNotImplemented('createBrotliCompress'),
  createBrotliDecompress: brotliNotImplemented('createBrotliDecompress'),
  constants,
  codes,
};
