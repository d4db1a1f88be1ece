'use strict';

// Shared helpers of the fs plugin: argument validation with Node's error
// codes and messages, flag/mode parsing, turning binding results into
// system errors, encodings.

// The buffer plugin loads on first use: fs used for text, directory
// listings and stats never needs it.
const { lazyBuffer, isEncoding: isBufferEncoding } = require('internal/lazy_buffer');
const errors = require('internal/errors');
const validators = require('internal/validators');

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_OUT_OF_RANGE,
    ERR_FS_FILE_TOO_LARGE,
    ERR_INVALID_URL_SCHEME,
    ERR_INVALID_FILE_URL_HOST,
    ERR_INVALID_FILE_URL_PATH,
  },
  uvException,
  AbortError,
  hideStackFrames,
} = errors;

const {
  validateFunction,
  validateInt32,
  validateInteger,
  validateUint32,
  validateBoolean,
  validateObject,
  validateAbortSignal,
  parseFileMode,
} = validators;

// `binding` is the plugin's native binding (the module wrapper's fourth
// parameter).

const kIoMaxLength = 2 ** 31 - 1;
const kMaxUserId = 2 ** 32 - 1;

// ---------------------------------------------------------------------------
// Errors

// An error shaped like the ones Node's C++ layer throws: a plain
// TypeError/RangeError with an own `code`.
function plainCodeError(Ctor, code, message) {
  const err = new Ctor(message);
  err.code = code;
  return err;
}

// Turns a failed binding result into a system error. `status` is a negative
// errno, or [errno, syscall, path|size] from a compound operation.
function fsError(status, syscall, path, dest) {
  if (typeof status !== 'number') {
    const errno = status[0];
    const sc = status[1];
    if (errno === binding.kErrFileTooLarge) return new ERR_FS_FILE_TOO_LARGE(status[2]);
    if (errno === binding.kErrStringTooLong) return stringTooLong();
    if (sc === 'rm' && errno === -21) return eisdirError(status[2]);
    return uvException({ errno, syscall: sc, path: status[2] });
  }
  if (status === binding.kErrStringTooLong) return stringTooLong();
  const ctx = { errno: status, syscall };
  if (path !== undefined) ctx.path = path;
  if (dest !== undefined) ctx.dest = dest;
  return uvException(ctx);
}

// After a synchronous compound call failed with `rc`.
function syncCompoundError(rc) {
  const ctx = binding.errorContext();
  if (rc === binding.kErrFileTooLarge) return new ERR_FS_FILE_TOO_LARGE(ctx[1]);
  if (rc === binding.kErrStringTooLong) return stringTooLong();
  if (ctx[0] === 'rm' && rc === -21) return eisdirError(ctx[1]);
  const c = { errno: rc, syscall: ctx[0] };
  if (ctx[1] !== undefined) c.path = ctx[1];
  return uvException(c);
}

function eisdirError(path) {
  // Node reports this one as a plain SystemError instance.
  return new errors.SystemError('ERR_FS_EISDIR', {
    code: 'EISDIR',
    message: 'is a directory',
    path,
    syscall: 'rm',
    errno: 21,
  });
}

function stringTooLong() {
  const { constants } = require('buffer');
  const max = constants && constants.MAX_STRING_LENGTH ? constants.MAX_STRING_LENGTH : 0x1fffffe8;
  const err = new Error(`Cannot create a string longer than 0x${max.toString(16)} characters`);
  err.code = 'ERR_STRING_TOO_LONG';
  return err;
}

// ---------------------------------------------------------------------------
// Paths

let urlModule;
function fileURLToPath(url) {
  if (urlModule === undefined) {
    try {
      urlModule = require('internal/url');
      if (typeof urlModule.fileURLToPath !== 'function') urlModule = null;
    } catch {
      urlModule = null;
    }
  }
  if (urlModule !== null) return urlModule.fileURLToPath(url);
  // Fallback while internal/url is unavailable: enough for URL objects.
  if (url.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
  if (url.hostname !== '') throw new ERR_INVALID_FILE_URL_HOST(process.platform);
  const pathname = url.pathname;
  for (let n = 0; n < pathname.length; n++) {
    if (pathname[n] === '%') {
      const third = pathname.codePointAt(n + 2) | 0x20;
      if (pathname[n + 1] === '2' && third === 102) {
        throw new ERR_INVALID_FILE_URL_PATH('must not include encoded / characters');
      }
    }
  }
  return decodeURIComponent(pathname);
}

function isURL(value) {
  return value != null && typeof value === 'object' && typeof value.href === 'string' &&
    typeof value.protocol === 'string' && value.auth === undefined && value.path === undefined;
}

function toPathIfFileURL(p) {
  if (!isURL(p)) return p;
  return fileURLToPath(p);
}

function isUint8Array(v) {
  return v instanceof Uint8Array;
}

// string | Buffer | URL -> string | Uint8Array, rejecting NUL bytes. The
// common case (a string without NUL) skips the error-wrapping machinery.
function getValidatedPath(fileURLOrPath, propName) {
  if (typeof fileURLOrPath === 'string' && fileURLOrPath.indexOf('\u0000') === -1) {
    return fileURLOrPath;
  }
  return getValidatedPathSlow(fileURLOrPath, propName);
}

const getValidatedPathSlow = hideStackFrames((fileURLOrPath, propName = 'path') => {
  if (typeof fileURLOrPath === 'string') {
    if (fileURLOrPath.indexOf('\u0000') !== -1) {
      throw new ERR_INVALID_ARG_VALUE(propName, fileURLOrPath,
                                      'must be a string, Uint8Array, or URL without null bytes');
    }
    return fileURLOrPath;
  }
  const path = toPathIfFileURL(fileURLOrPath);
  if (typeof path === 'string') {
    if (path.indexOf('\u0000') !== -1) {
      throw new ERR_INVALID_ARG_VALUE(propName, path,
                                      'must be a string, Uint8Array, or URL without null bytes');
    }
    return path;
  }
  if (!isUint8Array(path)) {
    throw new ERR_INVALID_ARG_TYPE(propName, ['string', 'Buffer', 'URL'], path);
  }
  if (path.indexOf(0) !== -1) {
    throw new ERR_INVALID_ARG_VALUE(propName, path,
                                    'must be a string, Uint8Array, or URL without null bytes');
  }
  return path;
});

// For error messages and results: the path as a string.
function pathString(p) {
  if (typeof p === 'string') return p;
  return lazyBuffer().from(p.buffer, p.byteOffset, p.byteLength).toString();
}

function getValidatedFd(fd, propName) {
  if (fd === (fd | 0) && fd >= 0 && !Object.is(fd, -0)) return fd;
  return getValidatedFdSlow(fd, propName);
}

const getValidatedFdSlow = hideStackFrames((fd, propName = 'fd') => {
  if (Object.is(fd, -0)) return 0;
  validateInt32(fd, propName, 0);
  return fd;
});

// ---------------------------------------------------------------------------
// Flags, modes, options

let O;
function flagTable() {
  if (O !== undefined) return O;
  const c = binding.constants;
  const { O_APPEND, O_CREAT, O_EXCL, O_RDONLY, O_RDWR, O_SYNC, O_TRUNC, O_WRONLY } = c;
  O = {
    __proto__: null,
    'r': O_RDONLY,
    'rs': O_RDONLY | O_SYNC,
    'sr': O_RDONLY | O_SYNC,
    'r+': O_RDWR,
    'rs+': O_RDWR | O_SYNC,
    'sr+': O_RDWR | O_SYNC,
    'w': O_TRUNC | O_CREAT | O_WRONLY,
    'wx': O_TRUNC | O_CREAT | O_WRONLY | O_EXCL,
    'xw': O_TRUNC | O_CREAT | O_WRONLY | O_EXCL,
    'w+': O_TRUNC | O_CREAT | O_RDWR,
    'wx+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL,
    'xw+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL,
    'a': O_APPEND | O_CREAT | O_WRONLY,
    'ax': O_APPEND | O_CREAT | O_WRONLY | O_EXCL,
    'xa': O_APPEND | O_CREAT | O_WRONLY | O_EXCL,
    'as': O_APPEND | O_CREAT | O_WRONLY | O_SYNC,
    'sa': O_APPEND | O_CREAT | O_WRONLY | O_SYNC,
    'a+': O_APPEND | O_CREAT | O_RDWR,
    'ax+': O_APPEND | O_CREAT | O_RDWR | O_EXCL,
    'xa+': O_APPEND | O_CREAT | O_RDWR | O_EXCL,
    'as+': O_APPEND | O_CREAT | O_RDWR | O_SYNC,
    'sa+': O_APPEND | O_CREAT | O_RDWR | O_SYNC,
  };
  return O;
}

function stringToFlags(flags, name = 'flags') {
  if (typeof flags === 'number') return flags;
  if (flags == null) return 0;  // O_RDONLY
  if (typeof flags === 'string') {
    const v = flagTable()[flags];
    if (v !== undefined) return v;
  }
  throw new ERR_INVALID_ARG_VALUE(name, flags);
}

function isEncoding(enc) {
  return typeof enc === 'string' && enc.length !== 0 && isBufferEncoding(enc);
}

function assertEncoding(encoding) {
  if (encoding && !isBufferEncoding(encoding)) {
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, 'is invalid encoding');
  }
}

function getOptions(options, defaultOptions = {}) {
  if (options == null || typeof options === 'function') return defaultOptions;
  if (typeof options === 'string') {
    // Object.assign, not spread: V8 copies a spread literal on a slow path
    // (~10x the cost, as much as the read of a small file).
    defaultOptions = Object.assign({}, defaultOptions);
    defaultOptions.encoding = options;
    options = defaultOptions;
  } else if (typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  }
  if (options.encoding !== 'buffer') assertEncoding(options.encoding);
  if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
  return options;
}

// Callbacks the binding calls later keep the caller's async context
// frame (the binding's own Node-API async context is one for all
// requests).
const { bindToFrame } = require('internal/async_context');

const makeCallback = hideStackFrames((cb) => {
  validateFunction(cb, 'cb');
  return bindToFrame(cb);
});

// access()/copyFile() modes, validated the way Node's binding does: any
// finite number, truncated, within [0, 7] (F_OK..R_OK|W_OK|X_OK, or the
// COPYFILE_* bits).
function getValidMode(mode, type) {
  const min = 0;
  const max = 7;
  if (mode == null) return 0;
  if (typeof mode !== 'number') {
    throw plainCodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'mode must be int32 or null/undefined');
  }
  if (!Number.isFinite(mode)) {
    throw plainCodeError(RangeError, 'ERR_OUT_OF_RANGE', 'mode is out of range');
  }
  const v = Math.trunc(mode);
  if (v < min || v > max) {
    throw plainCodeError(RangeError, 'ERR_OUT_OF_RANGE', `mode is out of range: >= ${min} && <= ${max}`);
  }
  return v;
}

// Date | number | numeric string -> seconds.
function toUnixTimestamp(time, name = 'time') {
  if (typeof time === 'string' && +time == time) return +time;
  if (Number.isFinite(time)) {
    if (time < 0) return Date.now() / 1000;
    return time;
  }
  if (time instanceof Date) return time.getTime() / 1000;
  throw new ERR_INVALID_ARG_TYPE(name, ['Date', 'Time in seconds'], time);
}

const validateOffsetLengthRead = hideStackFrames((offset, length, bufferLength) => {
  if (offset < 0) throw new ERR_OUT_OF_RANGE('offset', '>= 0', offset);
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  if (offset + length > bufferLength) {
    throw new ERR_OUT_OF_RANGE('length', `<= ${bufferLength - offset}`, length);
  }
});

const validateOffsetLengthWrite = hideStackFrames((offset, length, byteLength) => {
  if (offset > byteLength) throw new ERR_OUT_OF_RANGE('offset', `<= ${byteLength}`, offset);
  if (length > byteLength - offset) {
    throw new ERR_OUT_OF_RANGE('length', `<= ${byteLength - offset}`, length);
  }
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  validateInt32(length, 'length', 0);
});

// position: null/undefined/-1 -> -1 (current position); integer or bigint.
const validatePosition = hideStackFrames((position, name = 'position', length) => {
  if (typeof position === 'number') {
    validateInteger(position, name, -1);
  } else if (typeof position === 'bigint') {
    if (!(position >= -(2n ** 63n) && position <= 2n ** 63n - 1n)) {
      throw new ERR_OUT_OF_RANGE(name, `>= ${-(2n ** 63n)} && <= ${2n ** 63n - 1n}`, position);
    }
  } else {
    throw new ERR_INVALID_ARG_TYPE(name, ['integer', 'bigint'], position);
  }
});

function isArrayBufferView(v) {
  return ArrayBuffer.isView(v);
}

const validateBufferArray = hideStackFrames((buffers, propName = 'buffers') => {
  if (!Array.isArray(buffers)) {
    throw new ERR_INVALID_ARG_TYPE(propName, 'ArrayBufferView[]', buffers);
  }
  for (let i = 0; i < buffers.length; i++) {
    if (!isArrayBufferView(buffers[i])) {
      throw new ERR_INVALID_ARG_TYPE(propName, 'ArrayBufferView[]', buffers);
    }
  }
  return buffers;
});

// Node's rm/rmdir option defaults and checks.
const kRmDefaults = { force: false, maxRetries: 0, recursive: false, retryDelay: 100 };
function validateRmOptionsShape(options, expectDir) {
  options = { ...kRmDefaults, ...(options == null ? {} : options) };
  if (options !== null && typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  if (!expectDir) validateBoolean(options.force, 'options.force');
  validateBoolean(options.recursive, 'options.recursive');
  validateInt32(options.retryDelay, 'options.retryDelay', 0);
  validateUint32(options.maxRetries, 'options.maxRetries');
  return options;
}

function validateRmOptionsArg(options) {
  if (options !== undefined) validateObject(options, 'options', { nullable: true });
}

// Encodes a string for the binding's string writers: [string, code] or a
// Buffer when the encoding has no native fast path.
function nativeEncoding(enc) {
  switch (enc) {
    case undefined: case null: case 'utf8': case 'utf-8': return 0;
    case 'latin1': case 'binary': return 1;
    case 'utf16le': case 'ucs2': case 'ucs-2': case 'utf-16le': return 2;
  }
  switch (`${enc}`.toLowerCase()) {
    case 'utf8': case 'utf-8': return 0;
    case 'latin1': case 'binary': return 1;
    case 'utf16le': case 'ucs2': case 'ucs-2': case 'utf-16le': return 2;
  }
  return -1;
}

// readFile result kinds: 0 Buffer, 1 utf8, 2 latin1, 3 utf16le.
function readKind(enc) {
  if (enc == null || enc === 'buffer') return 0;
  const n = nativeEncoding(enc);
  return n === -1 ? 0 : n + 1;
}

// Converts a name listing result (string or Buffer) to the encoding.
function encodeResult(value, encoding) {
  if (encoding == null || encoding === 'utf8' || encoding === 'utf-8' ||
      encoding === 'buffer') {
    return value;
  }
  return lazyBuffer().from(value).toString(encoding);
}

// Binding calls asked for a Buffer unless the encoding is utf8.
function wantsBuffer(encoding) {
  return encoding != null && encoding !== 'utf8' && encoding !== 'utf-8';
}

function checkAborted(signal, callback) {
  if (signal && signal.aborted) {
    callback(new AbortError(undefined, { cause: signal.reason }));
    return true;
  }
  return false;
}

const warned = new Set();
function emitDeprecationOnce(code, msg) {
  if (warned.has(code)) return;
  warned.add(code);
  process.emitWarning(msg, 'DeprecationWarning', code);
}

module.exports = {
  lazyBuffer,
  errors,
  validators,
  constants: Object.assign(Object.create(null), binding.constants),
  kIoMaxLength,
  kMaxUserId,
  plainCodeError,
  fsError,
  syncCompoundError,
  eisdirError,
  getValidatedPath,
  getValidatedFd,
  pathString,
  toPathIfFileURL,
  isURL,
  stringToFlags,
  isEncoding,
  assertEncoding,
  getOptions,
  makeCallback,
  bindToFrame,
  getValidMode,
  toUnixTimestamp,
  validateOffsetLengthRead,
  validateOffsetLengthWrite,
  validatePosition,
  validateBufferArray,
  isArrayBufferView,
  validateRmOptionsShape,
  validateRmOptionsArg,
  nativeEncoding,
  readKind,
  encodeResult,
  wantsBuffer,
  checkAborted,
  emitDeprecationOnce,
  parseFileMode,
  AbortError,
};
