'use strict';

// The `buffer` builtin: Buffer (a Uint8Array with Buffer.prototype), the
// allocation pool, the string encodings, and the module's other exports.
//
// Byte-level work (encoding, decoding, search, fill, compare) is done by the
// native half (`binding`, buffer_native.cc); argument handling, errors and
// everything a JIT does well stays here.
//
// Encodings are passed to the binding as small integers (kEnc* below, the
// same values as in buffer_native.cc).

const {
  codes: {
    ERR_BUFFER_OUT_OF_BOUNDS,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_BUFFER_SIZE,
    ERR_OUT_OF_RANGE,
    ERR_UNKNOWN_ENCODING,
  },
} = require('internal/errors');
const validators = require('internal/validators');
const { isAnyArrayBuffer } = require('internal/util/types');
const { markAsUntransferable } = require('internal/structured_clone');
const { addNumberMethods } = require('./numbers');
const { FastBuffer } = require('./fast_buffer');
const { normalizeEncoding } = require('./normalize_encoding');

const kEncUtf8 = 0;
const kEncUcs2 = 1;
const kEncLatin1 = 2;
const kEncAscii = 3;
const kEncBase64 = 4;
const kEncBase64Url = 5;
const kEncHex = 6;

// v8::TypedArray::kMaxLength and v8::String::kMaxLength on 64-bit hosts.
const kMaxLength = 2 ** 32;
const kStringMaxLength = 2 ** 29 - 24;
const constants = Object.defineProperties({}, {
  MAX_LENGTH: { __proto__: null, value: kMaxLength, writable: false, enumerable: true },
  MAX_STRING_LENGTH: {
    __proto__: null, value: kStringMaxLength, writable: false, enumerable: true,
  },
});

let INSPECT_MAX_BYTES = 50;

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const getTypedArrayTag =
  Object.getOwnPropertyDescriptor(TypedArrayPrototype, Symbol.toStringTag).get;
const typedArrayFill = TypedArrayPrototype.fill;
const typedArraySet = TypedArrayPrototype.set;
const typedArraySlice = TypedArrayPrototype.slice;
const getTypedArrayBuffer =
  Object.getOwnPropertyDescriptor(TypedArrayPrototype, 'buffer').get;
const getTypedArrayByteOffset =
  Object.getOwnPropertyDescriptor(TypedArrayPrototype, 'byteOffset').get;
const getTypedArrayByteLength =
  Object.getOwnPropertyDescriptor(TypedArrayPrototype, 'byteLength').get;
const getTypedArrayLength =
  Object.getOwnPropertyDescriptor(TypedArrayPrototype, 'length').get;

function isUint8Array(value) {
  return getTypedArrayTag.call(value) === 'Uint8Array';
}

function isTypedArray(value) {
  return getTypedArrayTag.call(value) !== undefined;
}

// Errors shaped like the ones Node's C++ layer throws: a plain
// Error/TypeError/RangeError with an own `code`.
function nativeError(Ctor, code, message) {
  const err = new Ctor(message);
  err.code = code;
  return err;
}

function indexOutOfRange() {
  return nativeError(RangeError, 'ERR_OUT_OF_RANGE', 'Index out of range');
}

// ---------------------------------------------------------------------------
// Validation helpers (fast paths inline, the shared validators for errors)

function validateNumber(value, name, min, max) {
  if (typeof value !== 'number' || value < min || value > max || value !== value) {
    validators.validateNumber(value, name, min, max);
  }
}

// An integer in [min, max] (Node's validateOffset).
function validateOffset(value, name, min = 0, max = kMaxLength) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) {
    throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
  }
}

// Node's ParseArrayIndex for the raw encoding methods: undefined -> def,
// otherwise an integer (ToNumber, truncated) that must not be negative.
function parseArrayIndex(value, def) {
  if (value === undefined) return def;
  let n = +value;
  if (n !== n) return 0;
  n = Math.trunc(n);
  if (n < 0) throw indexOutOfRange();
  return n;
}

// ---------------------------------------------------------------------------
// Buffer and FastBuffer

function Buffer(arg, encodingOrOffset, length) {
  showFlaggedDeprecation();
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') {
      throw new ERR_INVALID_ARG_TYPE('string', 'string', arg);
    }
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}

FastBuffer.prototype.constructor = Buffer;
Buffer.prototype = FastBuffer.prototype;
// Buffers made by Node-API addons (napi_create_buffer) share the prototype.
if (typeof process === 'object' && process.versions && process.versions.mosaic) {
  require('internal/modules/addons').setBufferPrototype(Buffer.prototype);
}
Object.setPrototypeOf(Buffer, Uint8Array);

Object.defineProperty(Buffer, Symbol.species, {
  __proto__: null,
  enumerable: false,
  configurable: true,
  get() { return FastBuffer; },
});

// DEP0005: calling Buffer() directly, once, unless from inside node_modules.
const bufferWarning = 'Buffer() is deprecated due to security and usability ' +
  'issues. Please use the Buffer.alloc(), Buffer.allocUnsafe(), or ' +
  'Buffer.from() methods instead.';
let bufferWarningAlreadyEmitted = false;
let nodeModulesCheckCounter = 0;

const { pendingDeprecation } = require('internal/options');

// Whether the first stack frame outside the runtime is in node_modules.
function isInsideNodeModules() {
  const prepare = Error.prepareStackTrace;
  const limit = Error.stackTraceLimit;
  let frames;
  try {
    Error.stackTraceLimit = Infinity;
    Error.prepareStackTrace = (err, trace) => trace;
    const holder = {};
    Error.captureStackTrace(holder, isInsideNodeModules);
    frames = holder.stack;
  } catch {
    frames = undefined;
  } finally {
    Error.prepareStackTrace = prepare;
    Error.stackTraceLimit = limit;
  }
  if (!Array.isArray(frames)) return false;
  for (const frame of frames) {
    const filename = frame && typeof frame.getFileName === 'function' ?
      frame.getFileName() : undefined;
    if (typeof filename !== 'string' || !/^\/|\\/.test(filename)) continue;
    return /^(.*)[\\/]node_modules[\\/]/.test(filename);
  }
  return false;
}

function showFlaggedDeprecation() {
  if (bufferWarningAlreadyEmitted ||
      ++nodeModulesCheckCounter > 10000 ||
      (!pendingDeprecation() && isInsideNodeModules())) {
    return;
  }
  process.emitWarning(bufferWarning, 'DeprecationWarning', 'DEP0005');
  bufferWarningAlreadyEmitted = true;
}

// ---------------------------------------------------------------------------
// The pool: small allocUnsafe() / from() buffers are slices of an 8 KiB slab.

Buffer.poolSize = 8 * 1024;
let poolSize;
let poolOffset;
let allocPool;    // the slab's ArrayBuffer
let allocBuffer;  // a Uint8Array over all of it (for the binding)

// Memory that need not be zeroed (allocUnsafe, the pool): the runtime's
// zero-fill switch is off for exactly this one allocation.
const zeroFill = binding.zeroFillToggle;
function createUnsafeBuffer(size) {
  zeroFill[0] = 0;
  try {
    return new FastBuffer(size);
  } finally {
    zeroFill[0] = 1;
  }
}

function createPool() {
  poolSize = Buffer.poolSize;
  allocBuffer = createUnsafeBuffer(poolSize);
  allocPool = allocBuffer.buffer;
  markAsUntransferable(allocPool);
  poolOffset = 0;
}

function alignPool() {
  // Keep every slice 8-byte aligned.
  if (poolOffset & 0x7) {
    poolOffset |= 0x7;
    poolOffset++;
  }
}

function allocate(size) {
  if (size <= 0) return new FastBuffer();
  if (size < (Buffer.poolSize >>> 1)) {
    if (size > (poolSize - poolOffset)) createPool();
    const b = new FastBuffer(allocPool, poolOffset, size);
    poolOffset += size;
    alignPool();
    return b;
  }
  return createUnsafeBuffer(size);
}

// ---------------------------------------------------------------------------
// Encodings

function byteLengthUtf8(string) {
  return binding.byteLengthUtf8(string);
}

function base64ByteLength(str, bytes) {
  // Padding does not count.
  if (str.charCodeAt(bytes - 1) === 0x3D) bytes--;
  if (bytes > 1 && str.charCodeAt(bytes - 1) === 0x3D) bytes--;
  return (bytes * 3) >>> 2;
}

// Per-encoding operations. slice/write go through the Buffer's own
// xxxSlice / xxxWrite methods like in Node (so replacing them, or calling on
// a plain Uint8Array, behaves the same), straight to the binding when the
// method is the original one.
function makeOps(encoding, encodingVal, byteLength, sliceName, writeName, nativeWrite) {
  let protoSlice;
  let protoWrite;
  return {
    encoding,
    encodingVal,
    byteLength,
    slice(buf, start, end) {
      if (protoSlice === undefined) protoSlice = proto[sliceName];
      const method = buf[sliceName];
      if (method === protoSlice) {
        // The whole view: leaving start / end out spares the binding two
        // argument conversions.
        if (start === 0 && end === buf.length && isUint8Array(buf)) {
          return binding.slice(buf, encodingVal);
        }
        return binding.slice(buf, encodingVal, start, end);
      }
      if (typeof method !== 'function') throw new TypeError(`buf.${sliceName} is not a function`);
      return method.call(buf, start, end);
    },
    write(buf, string, offset, len) {
      if (protoWrite === undefined) protoWrite = proto[writeName];
      const method = buf[writeName];
      if (method === protoWrite && typeof string === 'string') {
        return len === 0 ? 0 : nativeWrite(buf, string, offset, len);
      }
      if (typeof method !== 'function') throw new TypeError(`buf.${writeName} is not a function`);
      return method.call(buf, string, offset, len);
    },
    indexOf: null,
  };
}

const encodingOps = {
  utf8: makeOps('utf8', kEncUtf8, byteLengthUtf8, 'utf8Slice', 'utf8Write',
                (buf, string, offset, len) => utf8WriteImpl(buf, string, offset, len)),
  ucs2: makeOps('ucs2', kEncUcs2, (string) => string.length * 2, 'ucs2Slice', 'ucs2Write',
                binding.ucs2Write),
  latin1: makeOps('latin1', kEncLatin1, (string) => string.length, 'latin1Slice',
                  'latin1Write', binding.latin1Write),
  ascii: makeOps('ascii', kEncAscii, (string) => string.length, 'asciiSlice', 'asciiWrite',
                 binding.latin1Write),
  base64: makeOps('base64', kEncBase64, (string) => base64ByteLength(string, string.length),
                  'base64Slice', 'base64Write', binding.base64Write),
  base64url: makeOps('base64url', kEncBase64Url,
                     (string) => base64ByteLength(string, string.length),
                     'base64urlSlice', 'base64urlWrite', binding.base64Write),
  hex: makeOps('hex', kEncHex, (string) => string.length >>> 1, 'hexSlice', 'hexWrite',
               binding.hexWrite),
};
for (const name of ['ucs2', 'latin1']) {
  const encodingVal = encodingOps[name].encodingVal;
  encodingOps[name].indexOf = (buf, val, byteOffset, dir) =>
    binding.indexOfString(buf, val, byteOffset, encodingVal, dir);
}
// node searches for a UTF-8 needle's lone surrogates as their own three
// bytes (WTF-8), which valid UTF-8 never holds, where a conversion would
// put U+FFFD's bytes instead.
const kSurrogate = /[\ud800-\udfff]/;
encodingOps.utf8.indexOf = (buf, val, byteOffset, dir) => {
  if (kSurrogate.test(val)) {
    return binding.indexOfBuffer(buf, wtf8Bytes(val), byteOffset, kEncUtf8, dir);
  }
  return binding.indexOfString(buf, val, byteOffset, kEncUtf8, dir);
};

// UTF-8 of each code point, lone surrogates included.
function wtf8Bytes(string) {
  const bytes = [];
  for (const character of string) {
    const cp = character.codePointAt(0);
    if (cp < 0x80) {
      bytes.push(cp);
    } else if (cp < 0x800) {
      bytes.push(0xC0 | (cp >> 6), 0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      bytes.push(0xE0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3F), 0x80 | (cp & 0x3F));
    } else {
      bytes.push(0xF0 | (cp >> 18), 0x80 | ((cp >> 12) & 0x3F), 0x80 | ((cp >> 6) & 0x3F), 0x80 | (cp & 0x3F));
    }
  }
  return new FastBuffer(bytes);
}
// Other encodings search for the decoded bytes.
for (const name of ['ascii', 'base64', 'base64url', 'hex']) {
  const ops = encodingOps[name];
  ops.indexOf = (buf, val, byteOffset, dir) =>
    binding.indexOfBuffer(buf, fromStringFast(val, ops), byteOffset, ops.encodingVal, dir);
}
encodingOps.utf16le = { ...encodingOps.ucs2, encoding: 'utf16le' };

// Node's getEncodingOps: exact spellings first, then case-insensitively.
function getEncodingOps(encoding) {
  encoding += '';
  switch (encoding.length) {
    case 4:
      if (encoding === 'utf8') return encodingOps.utf8;
      if (encoding === 'ucs2') return encodingOps.ucs2;
      encoding = encoding.toLowerCase();
      if (encoding === 'utf8') return encodingOps.utf8;
      if (encoding === 'ucs2') return encodingOps.ucs2;
      break;
    case 5:
      if (encoding === 'utf-8') return encodingOps.utf8;
      if (encoding === 'ascii') return encodingOps.ascii;
      if (encoding === 'ucs-2') return encodingOps.ucs2;
      encoding = encoding.toLowerCase();
      if (encoding === 'utf-8') return encodingOps.utf8;
      if (encoding === 'ascii') return encodingOps.ascii;
      if (encoding === 'ucs-2') return encodingOps.ucs2;
      break;
    case 7:
      if (encoding === 'utf16le' || encoding.toLowerCase() === 'utf16le') {
        return encodingOps.utf16le;
      }
      break;
    case 8:
      if (encoding === 'utf-16le' || encoding.toLowerCase() === 'utf-16le') {
        return encodingOps.utf16le;
      }
      break;
    case 6:
      if (encoding === 'latin1' || encoding === 'binary') return encodingOps.latin1;
      if (encoding === 'base64') return encodingOps.base64;
      encoding = encoding.toLowerCase();
      if (encoding === 'latin1' || encoding === 'binary') return encodingOps.latin1;
      if (encoding === 'base64') return encodingOps.base64;
      break;
    case 3:
      if (encoding === 'hex' || encoding.toLowerCase() === 'hex') return encodingOps.hex;
      break;
    case 9:
      if (encoding === 'base64url' || encoding.toLowerCase() === 'base64url') {
        return encodingOps.base64url;
      }
      break;
  }
  return undefined;
}

const kEncodingVal = {
  __proto__: null,
  utf8: kEncUtf8, utf16le: kEncUcs2, latin1: kEncLatin1, ascii: kEncAscii,
  base64: kEncBase64, base64url: kEncBase64Url, hex: kEncHex,
};

// ---------------------------------------------------------------------------
// Creating buffers from strings

function fromStringFast(string, ops) {
  if (ops.encodingVal === kEncUtf8) return fromStringUtf8(string);
  const length = ops.byteLength(string);
  if (length >= (Buffer.poolSize >>> 1)) return createFromString(string, ops, length);
  if (length > (poolSize - poolOffset)) createPool();
  const actual = length === 0 ? 0 : ops.write(allocBuffer, string, poolOffset, length);
  const b = new FastBuffer(allocPool, poolOffset, actual);
  poolOffset += actual;
  alignPool();
  return b;
}

function fromStringUtf8(string) {
  const units = string.length;
  const half = Buffer.poolSize >>> 1;
  // At least one byte per unit: surely too big for the pool, and utf8Create
  // measures the string itself (measuring twice was a third of the time).
  if (units >= half) return new FastBuffer(binding.utf8Create(string));
  // Each UTF-16 unit takes 1 to 3 UTF-8 bytes. When 3 per unit stay below
  // half a pool the string surely goes into a fresh pool, so one is made
  // as soon as this one proves too small (node makes one too, once it
  // has measured the string), sparing a separate measuring pass.
  const surelySmall = units * 3 < half;
  if (surelySmall && units >= poolSize - poolOffset) createPool();
  let actual = tryPooledUtf8(string, units);
  if (actual < 0 && surelySmall) {
    createPool();
    actual = tryPooledUtf8(string, units);
  }
  if (actual >= 0 && actual < half) return takeFromPool(actual);
  const length = binding.byteLengthUtf8(string);
  if (length >= half) return new FastBuffer(binding.utf8Create(string));
  let remaining = poolSize - poolOffset;
  if (length > remaining) {
    createPool();
    remaining = poolSize - poolOffset;
  }
  if (length < remaining) {
    actual = binding.utf8WritePooled(allocBuffer, string, poolOffset, remaining, length);
  } else {
    actual = binding.utf8Write(allocBuffer, string, poolOffset, length);
  }
  return takeFromPool(actual);
}

// Encodes `string` into the pool's free part: the byte count, or -1 when
// it may not have fitted (nothing is taken from the pool either way).
// Short strings (3 bytes per unit surely fit) are encoded in JS, longer
// ones natively in one pass.
function tryPooledUtf8(string, units) {
  const remaining = poolSize - poolOffset;
  if (units >= remaining) return -1;
  if (units <= kSmallUtf8Write && units * 3 < remaining) {
    return utf8WriteSmall(allocBuffer, string, poolOffset, remaining);
  }
  return binding.utf8WritePooled(allocBuffer, string, poolOffset, remaining);
}

// The next `length` bytes of the pool, as a Buffer.
function takeFromPool(length) {
  const b = new FastBuffer(allocPool, poolOffset, length);
  poolOffset += length;
  alignPool();
  return b;
}

function createFromString(string, ops, length) {
  const b = createUnsafeBuffer(length);
  const actual = ops.write(b, string, 0, length);
  if (actual < length) {
    // byteLength() overestimated (base64 with junk, odd hex): keep the
    // memory exact like node does.
    return new FastBuffer(typedArraySlice.call(b, 0, actual).buffer);
  }
  return b;
}

function fromString(string, encoding) {
  let ops;
  if (typeof encoding !== 'string' || encoding.length === 0) {
    if (string.length === 0) return new FastBuffer();
    return fromStringUtf8(string);
  }
  ops = getEncodingOps(encoding);
  if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  if (string.length === 0) return new FastBuffer();
  return fromStringFast(string, ops);
}

// ---------------------------------------------------------------------------
// Creating buffers from objects

function fromArrayBuffer(obj, byteOffset, length) {
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (Number.isNaN(byteOffset)) byteOffset = 0;
  }
  const maxLength = obj.byteLength - byteOffset;
  if (maxLength < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (length === undefined) {
    length = maxLength;
  } else {
    length = +length;
    if (length > 0) {
      if (length > maxLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
    } else {
      length = 0;
    }
  }
  return new FastBuffer(obj, byteOffset, length);
}

function fromArrayLike(obj) {
  if (obj.length <= 0) return new FastBuffer();
  if (obj.length < (Buffer.poolSize >>> 1)) {
    if (obj.length > (poolSize - poolOffset)) createPool();
    const b = new FastBuffer(allocPool, poolOffset, obj.length);
    typedArraySet.call(b, obj, 0);
    poolOffset += obj.length;
    alignPool();
    return b;
  }
  return new FastBuffer(obj);
}

function fromObject(obj) {
  if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== 'number') return new FastBuffer();
    return fromArrayLike(obj);
  }
  if (obj.type === 'Buffer' && Array.isArray(obj.data)) return fromArrayLike(obj.data);
}

Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);
  if (typeof value === 'object' && value !== null) {
    if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
    const valueOf = value.valueOf && value.valueOf();
    if (valueOf != null && valueOf !== value &&
        (typeof valueOf === 'string' || typeof valueOf === 'object')) {
      return from(valueOf, encodingOrOffset, length);
    }
    const b = fromObject(value);
    if (b) return b;
    if (typeof value[Symbol.toPrimitive] === 'function') {
      const primitive = value[Symbol.toPrimitive]('string');
      if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
    }
  }
  throw new ERR_INVALID_ARG_TYPE(
    'first argument',
    ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'],
    value,
  );
};

Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
  if (!isTypedArray(view)) throw new ERR_INVALID_ARG_TYPE('view', ['TypedArray'], view);
  const viewLength = getTypedArrayLength.call(view);
  if (viewLength === 0) return Buffer.alloc(0);
  if (offset !== undefined || length !== undefined) {
    if (offset !== undefined) {
      validators.validateInteger(offset, 'offset', 0);
      if (offset >= viewLength) return Buffer.alloc(0);
    } else {
      offset = 0;
    }
    let end;
    if (length !== undefined) {
      validators.validateInteger(length, 'length', 0);
      end = offset + length;
    } else {
      end = viewLength;
    }
    view = typedArraySlice.call(view, offset, end);
  }
  return fromArrayLike(new Uint8Array(getTypedArrayBuffer.call(view),
                                      getTypedArrayByteOffset.call(view),
                                      getTypedArrayByteLength.call(view)));
};

Buffer.of = (...items) => {
  const newObj = createUnsafeBuffer(items.length);
  for (let k = 0; k < items.length; k++) newObj[k] = items[k];
  return newObj;
};
Object.defineProperty(Buffer.of, 'name', { __proto__: null, value: 'of' });

Buffer.alloc = function alloc(size, fill, encoding) {
  validateNumber(size, 'size', 0, kMaxLength);
  if (fill !== undefined && fill !== 0 && size > 0) {
    const buf = createUnsafeBuffer(size);
    return _fill(buf, fill, 0, buf.length, encoding);
  }
  return new FastBuffer(size);
};

Buffer.allocUnsafe = function allocUnsafe(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return allocate(size);
};

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return createUnsafeBuffer(size);
};

function SlowBuffer(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return createUnsafeBuffer(size);
}
Object.setPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
Object.setPrototypeOf(SlowBuffer, Uint8Array);

Buffer.isBuffer = function isBuffer(b) {
  return b instanceof Buffer;
};

Buffer.compare = function compare(buf1, buf2) {
  if (!isUint8Array(buf1)) throw new ERR_INVALID_ARG_TYPE('buf1', ['Buffer', 'Uint8Array'], buf1);
  if (!isUint8Array(buf2)) throw new ERR_INVALID_ARG_TYPE('buf2', ['Buffer', 'Uint8Array'], buf2);
  if (buf1 === buf2) return 0;
  return binding.compare(buf1, buf2);
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 &&
    normalizeEncoding(encoding) !== undefined;
};
Buffer[Symbol('kIsEncodingSymbol')] = Buffer.isEncoding;

// Copies as much of source[sourceStart, sourceEnd) as fits at
// target[targetStart]; returns the byte count.
function _copyActual(source, target, targetStart, sourceStart, sourceEnd) {
  if (sourceEnd - sourceStart > target.length - targetStart) {
    sourceEnd = sourceStart + target.length - targetStart;
  }
  let nb = sourceEnd - sourceStart;
  const sourceLen = source.length - sourceStart;
  if (nb > sourceLen) nb = sourceLen;
  if (nb <= 0) return 0;
  if (sourceStart !== 0 || nb < source.length) {
    source = new Uint8Array(source.buffer, source.byteOffset + sourceStart, nb);
  }
  typedArraySet.call(target, source, targetStart);
  return nb;
}

Buffer.concat = function concat(list, length) {
  validators.validateArray(list, 'list');
  if (list.length === 0) return new FastBuffer();
  if (length === undefined) {
    length = 0;
    for (let i = 0; i < list.length; i++) {
      if (list[i].length) length += list[i].length;
    }
  } else {
    validateOffset(length, 'length');
  }
  const buffer = Buffer.allocUnsafe(length);
  let pos = 0;
  for (let i = 0; i < list.length; i++) {
    const buf = list[i];
    if (!isUint8Array(buf)) {
      throw new ERR_INVALID_ARG_TYPE(`list[${i}]`, ['Buffer', 'Uint8Array'], list[i]);
    }
    pos += appendBytes(buffer, pos, buf, length - pos);
  }
  if (pos < length) typedArrayFill.call(buffer, 0, pos, length);
  return buffer;
};

// Copies as much of `source` as fits into `room` bytes at target[pos] and
// returns the byte count: _copyActual(source, target, pos, 0, source.length)
// for concat, whose target is exactly `length` long, without its general
// clamping (measurably cheaper per list item).
function appendBytes(target, pos, source, room) {
  const n = source.length;
  if (n <= room) {
    if (n > 0) typedArraySet.call(target, source, pos);
    return n;
  }
  if (room <= 0) return 0;
  typedArraySet.call(target, new Uint8Array(source.buffer, source.byteOffset, room), pos);
  return room;
}

function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (ArrayBuffer.isView(string) || isAnyArrayBuffer(string)) return string.byteLength;
    throw new ERR_INVALID_ARG_TYPE('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  if (string.length === 0) return 0;
  if (encoding) {
    const ops = getEncodingOps(encoding);
    if (ops !== undefined) return ops.byteLength(string);
  }
  return binding.byteLengthUtf8(string);
}
Buffer.byteLength = byteLength;

// ---------------------------------------------------------------------------
// Buffer.prototype

const proto = Buffer.prototype;

Object.defineProperty(proto, 'parent', {
  __proto__: null,
  enumerable: true,
  get() {
    if (!(this instanceof Buffer)) return undefined;
    return this.buffer;
  },
});
Object.defineProperty(proto, 'offset', {
  __proto__: null,
  enumerable: true,
  get() {
    if (!(this instanceof Buffer)) return undefined;
    return this.byteOffset;
  },
});

// The raw per-encoding methods (buf.utf8Slice(start, end),
// buf.hexWrite(string, offset, length), ...), with Node's native argument
// handling.
function checkView(view) {
  if (!ArrayBuffer.isView(view)) {
    throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a buffer');
  }
}

// Node's raw encoding methods (asciiSlice, utf8Write, ...) are native
// functions of length 0: default parameter values give ours the same length
// (redefining `length` on each costs ~100 us at every start).
function makeSlice(name) {
  const fast = binding[name];
  const fn = ({
    [name](start = undefined, end = undefined) {
      checkView(this);
      const len = this.byteLength;
      if (len === 0) return '';
      start = parseArrayIndex(start, 0);
      end = parseArrayIndex(end, len);
      if (end < start) end = start;
      if (end > len) throw indexOutOfRange();
      return fast(this, start, end);
    },
  }[name]);
  return fn;
}

// Strings up to this many UTF-16 units are encoded to UTF-8 in JS: cheaper
// than a native call for short text.
const kSmallUtf8Write = 32;

// UTF-8 encodes `string` into buf[offset, offset + max): whole characters
// only, lone surrogates as U+FFFD (like V8's WriteUtf8 with
// REPLACE_INVALID_UTF8). Returns the number of bytes written.
function utf8WriteSmall(buf, string, offset, max) {
  const end = offset + max;
  const n = string.length;
  let p = offset;
  for (let i = 0; i < n; i++) {
    let c = string.charCodeAt(i);
    if (c < 0x80) {
      if (p >= end) break;
      buf[p++] = c;
    } else if (c < 0x800) {
      if (p + 2 > end) break;
      buf[p++] = 0xC0 | (c >> 6);
      buf[p++] = 0x80 | (c & 0x3F);
    } else {
      if (c >= 0xD800 && c <= 0xDFFF) {
        if (c <= 0xDBFF && i + 1 < n) {
          const d = string.charCodeAt(i + 1);
          if (d >= 0xDC00 && d <= 0xDFFF) {
            if (p + 4 > end) break;
            const cp = 0x10000 + ((c - 0xD800) << 10) + (d - 0xDC00);
            buf[p++] = 0xF0 | (cp >> 18);
            buf[p++] = 0x80 | ((cp >> 12) & 0x3F);
            buf[p++] = 0x80 | ((cp >> 6) & 0x3F);
            buf[p++] = 0x80 | (cp & 0x3F);
            i++;
            continue;
          }
        }
        c = 0xFFFD;
      }
      if (p + 3 > end) break;
      buf[p++] = 0xE0 | (c >> 12);
      buf[p++] = 0x80 | ((c >> 6) & 0x3F);
      buf[p++] = 0x80 | (c & 0x3F);
    }
  }
  return p - offset;
}

function utf8WriteImpl(buf, string, offset, max) {
  if (string.length <= kSmallUtf8Write) return utf8WriteSmall(buf, string, offset, max);
  return binding.utf8Write(buf, string, offset, max);
}

const writeImpls = {
  __proto__: null,
  utf8Write: utf8WriteImpl,
  latin1Write: binding.latin1Write,
  ucs2Write: binding.ucs2Write,
  hexWrite: binding.hexWrite,
  base64Write: binding.base64Write,
};

function makeWrite(name, nativeName) {
  const write = writeImpls[nativeName];
  return ({
    [name](string = undefined, offset = undefined, length = undefined) {
      checkView(this);
      if (typeof string !== 'string') {
        throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'argument must be a string');
      }
      const len = this.byteLength;
      offset = parseArrayIndex(offset, 0);
      if (offset > len) {
        throw nativeError(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS',
                          '"offset" is outside of buffer bounds');
      }
      length = parseArrayIndex(length, len - offset);
      if (length > len - offset) length = len - offset;
      if (length === 0) return 0;
      return write(this, string, offset, length);
    },
  }[name]);
}

// Plain assignment (not defineProperty) keeps the prototype in V8's fast
// mode.
function defineMethod(obj, name, value) {
  obj[name] = value;
}

function addBufferPrototypeMethods(target) {
  addNumberMethods(target);
  defineMethod(target, 'asciiSlice', makeSlice('asciiSlice'));
  defineMethod(target, 'base64Slice', makeSlice('base64Slice'));
  defineMethod(target, 'base64urlSlice', makeSlice('base64urlSlice'));
  defineMethod(target, 'latin1Slice', makeSlice('latin1Slice'));
  defineMethod(target, 'hexSlice', makeSlice('hexSlice'));
  defineMethod(target, 'ucs2Slice', makeSlice('ucs2Slice'));
  defineMethod(target, 'utf8Slice', makeSlice('utf8Slice'));
  defineMethod(target, 'asciiWrite', makeWrite('asciiWrite', 'latin1Write'));
  defineMethod(target, 'base64Write', makeWrite('base64Write', 'base64Write'));
  defineMethod(target, 'base64urlWrite', makeWrite('base64urlWrite', 'base64Write'));
  defineMethod(target, 'latin1Write', makeWrite('latin1Write', 'latin1Write'));
  defineMethod(target, 'hexWrite', makeWrite('hexWrite', 'hexWrite'));
  defineMethod(target, 'ucs2Write', makeWrite('ucs2Write', 'ucs2Write'));
  defineMethod(target, 'utf8Write', makeWrite('utf8Write', 'utf8Write'));
}
addBufferPrototypeMethods(proto);
const protoUtf8Slice = proto.utf8Slice;
const protoUtf8Write = proto.utf8Write;

function _copy(source, target, targetStart, sourceStart, sourceEnd) {
  if (!isUint8Array(source)) {
    throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  }
  if (!isUint8Array(target)) {
    throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  }
  if (targetStart === undefined) {
    targetStart = 0;
  } else {
    targetStart = toInteger(targetStart, 0);
    if (targetStart < 0) throw new ERR_OUT_OF_RANGE('targetStart', '>= 0', targetStart);
  }
  if (sourceStart === undefined) {
    sourceStart = 0;
  } else {
    sourceStart = toInteger(sourceStart, 0);
    if (sourceStart < 0 || sourceStart > source.length) {
      throw new ERR_OUT_OF_RANGE('sourceStart', `>= 0 && <= ${source.length}`, sourceStart);
    }
  }
  if (sourceEnd === undefined) {
    sourceEnd = source.length;
  } else {
    sourceEnd = toInteger(sourceEnd, 0);
    if (sourceEnd < 0) throw new ERR_OUT_OF_RANGE('sourceEnd', '>= 0', sourceEnd);
  }
  if (targetStart >= target.length || sourceStart >= sourceEnd) return 0;
  return _copyActual(source, target, targetStart, sourceStart, sourceEnd);
}

// A finite number rounded down; NaN and infinities give defaultVal.
function toInteger(n, defaultVal) {
  n = +n;
  if (Number.isFinite(n)) return (n % 1) === 0 ? n : Math.floor(n);
  return defaultVal;
}

defineMethod(proto, 'copy', function copy(target, targetStart, sourceStart, sourceEnd) {
  return _copy(this, target, targetStart, sourceStart, sourceEnd);
});

defineMethod(proto, 'toString', function toString(encoding, start, end) {
  if (arguments.length === 0) {
    // Straight to the binding unless utf8Slice was replaced (or `this` is
    // not a Buffer, which then fails like in Node).
    if (this.utf8Slice === protoUtf8Slice) {
      if (isUint8Array(this)) return binding.utf8Slice(this);
      return binding.utf8Slice(this, 0, this.length);
    }
    return this.utf8Slice(0, this.length);
  }
  const len = this.length;
  if (start <= 0) {
    start = 0;
  } else if (start >= len) {
    return '';
  } else {
    start = Math.trunc(start) || 0;
  }
  if (end === undefined || end > len) {
    end = len;
  } else {
    end = Math.trunc(end) || 0;
  }
  if (end <= start) return '';
  if (encoding === undefined) {
    if (this.utf8Slice === protoUtf8Slice) return binding.utf8Slice(this, start, end);
    return this.utf8Slice(start, end);
  }
  const ops = getEncodingOps(encoding);
  if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  return ops.slice(this, start, end);
});

defineMethod(proto, 'equals', function equals(otherBuffer) {
  if (!isUint8Array(otherBuffer)) {
    throw new ERR_INVALID_ARG_TYPE('otherBuffer', ['Buffer', 'Uint8Array'], otherBuffer);
  }
  if (this === otherBuffer) return true;
  const len = getTypedArrayByteLength.call(this);
  if (len !== getTypedArrayByteLength.call(otherBuffer)) return false;
  return len === 0 || binding.compare(this, otherBuffer) === 0;
});

// Inspect: `<Buffer 68 69 ... 40 more bytes>`, plus own non-index properties.

// Enumerating a typed array's own string keys lists every index first, which
// is slow for big buffers: only look for extra properties up to this length.
const kInspectExtrasMaxLength = 1 << 16;

function ownExtraKeys(buf, showHidden) {
  const keys = [];
  if (buf.length <= kInspectExtrasMaxLength) {
    const names = showHidden ? Object.getOwnPropertyNames(buf) : Object.keys(buf);
    // Typed arrays list their indices first, in order.
    for (let i = buf.length; i < names.length; i++) keys.push(names[i]);
  }
  for (const sym of Object.getOwnPropertySymbols(buf)) {
    if (showHidden || Object.prototype.propertyIsEnumerable.call(buf, sym)) keys.push(sym);
  }
  return keys;
}

let internalInspect;
function lazyInspect() {
  if (internalInspect === undefined) internalInspect = require('internal/util/inspect').inspect;
  return internalInspect;
}

function inspect(recurseTimes, ctx) {
  // Node 20 passes util.inspect as a third argument.
  const inspectFn = arguments[2];
  const max = INSPECT_MAX_BYTES;
  const actualMax = Math.min(max, this.length);
  const remaining = this.length - max;
  let str = this.hexSlice(0, actualMax).replace(/(.{2})/g, '$1 ').trim();
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  if (ctx) {
    const keys = ownExtraKeys(this, ctx.showHidden);
    if (keys.length > 0) {
      const obj = { __proto__: null };
      for (const key of keys) obj[key] = this[key];
      if (this.length !== 0) str += ', ';
      const fn = typeof inspectFn === 'function' ? inspectFn : lazyInspect();
      // '[Object: null prototype] {' is 26 characters, then a space.
      str += fn(obj, { ...ctx, breakLength: Infinity, compact: true }).slice(27, -2);
    }
  }
  return `<${this.constructor.name} ${str}>`;
}
Object.defineProperty(proto, customInspectSymbol, {
  __proto__: null, value: inspect, writable: true, enumerable: false, configurable: true,
});
defineMethod(proto, 'inspect', inspect);

defineMethod(proto, 'compare', function compare(target, targetStart, targetEnd,
                                                sourceStart, sourceEnd) {
  if (!isUint8Array(target)) {
    throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  }
  if (arguments.length === 1) return binding.compare(this, target);
  if (targetStart === undefined) targetStart = 0;
  else validateOffset(targetStart, 'targetStart');
  if (targetEnd === undefined) targetEnd = target.length;
  else validateOffset(targetEnd, 'targetEnd', 0, target.length);
  if (sourceStart === undefined) sourceStart = 0;
  else validateOffset(sourceStart, 'sourceStart');
  if (sourceEnd === undefined) sourceEnd = this.length;
  else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
  if (sourceStart >= sourceEnd) return (targetStart >= targetEnd ? 0 : -1);
  if (targetStart >= targetEnd) return 1;
  if (sourceStart > this.length) {
    throw nativeError(RangeError, 'ERR_OUT_OF_RANGE',
                      'The value of "sourceStart" is out of range.');
  }
  if (targetStart > target.length) {
    throw nativeError(RangeError, 'ERR_OUT_OF_RANGE',
                      'The value of "targetStart" is out of range.');
  }
  return binding.compareRange(this, sourceStart, sourceEnd, target, targetStart, targetEnd);
});

// indexOf / lastIndexOf / includes
function bidirectionalIndexOf(buffer, val, byteOffset, encoding, dir) {
  validators.validateBuffer(buffer);
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  // null, [] and the like become 0; undefined, 'foo', {} become NaN.
  byteOffset = +byteOffset;
  if (Number.isNaN(byteOffset)) {
    byteOffset = dir ? 0 : (buffer.length || buffer.byteLength);
  }
  byteOffset = Math.trunc(byteOffset);
  dir = !!dir;

  if (typeof val === 'number') return binding.indexOfNumber(buffer, val >>> 0, byteOffset, dir);

  let ops;
  if (encoding === undefined) ops = encodingOps.utf8;
  else ops = getEncodingOps(encoding);

  if (typeof val === 'string') {
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    return ops.indexOf(buffer, val, byteOffset, dir);
  }
  if (isUint8Array(val)) {
    const encodingVal = ops === undefined ? kEncUtf8 : ops.encodingVal;
    return binding.indexOfBuffer(buffer, val, byteOffset, encodingVal, dir);
  }
  throw new ERR_INVALID_ARG_TYPE('value', ['number', 'string', 'Buffer', 'Uint8Array'], val);
}

defineMethod(proto, 'indexOf', function indexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, true);
});
defineMethod(proto, 'lastIndexOf', function lastIndexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, false);
});
defineMethod(proto, 'includes', function includes(val, byteOffset, encoding) {
  return this.indexOf(val, byteOffset, encoding) !== -1;
});

// fill
function _fill(buf, value, offset, end, encoding) {
  let encodingVal = kEncUtf8;
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }
    const normalizedEncoding = normalizeEncoding(encoding);
    if (normalizedEncoding === undefined) {
      validators.validateString(encoding, 'encoding');
      throw new ERR_UNKNOWN_ENCODING(encoding);
    }
    encodingVal = kEncodingVal[normalizedEncoding];
    if (value.length === 0) {
      // An empty string fills with zeroes.
      value = 0;
    } else if (value.length === 1) {
      // A single byte-sized character: fill with its value.
      if (normalizedEncoding === 'utf8') {
        const code = value.charCodeAt(0);
        if (code < 128) value = code;
      } else if (normalizedEncoding === 'latin1') {
        value = value.charCodeAt(0);
      }
    }
  } else {
    encoding = undefined;
  }

  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateOffset(offset, 'offset');
    if (end === undefined) {
      end = buf.length;
    } else {
      validateOffset(end, 'end', 0, buf.length);
    }
    if (offset >= end) return buf;
  }

  if (typeof value === 'number') {
    const byteLen = getTypedArrayByteLength.call(buf);
    const fillLength = end - offset;
    if (offset > end || fillLength + offset > byteLen) throw new ERR_BUFFER_OUT_OF_BOUNDS();
    typedArrayFill.call(buf, value, offset, end);
  } else if (typeof value !== 'string' && !ArrayBuffer.isView(value)) {
    // Anything else fills with ToUint32(value) & 255 (booleans, objects...).
    typedArrayFill.call(buf, (+value >>> 0) & 255, offset, end);
  } else {
    const res = binding.fill(buf, value, offset, end, encodingVal);
    if (res < 0) {
      if (res === -1) throw new ERR_INVALID_ARG_VALUE('value', value);
      throw new ERR_BUFFER_OUT_OF_BOUNDS();
    }
  }
  return buf;
}

defineMethod(proto, 'fill', function fill(value, offset, end, encoding) {
  return _fill(this, value, offset, end, encoding);
});

defineMethod(proto, 'write', function write(string, offset, length, encoding) {
  // Buffer#write(string)
  if (offset === undefined) {
    if (this.utf8Write === protoUtf8Write && typeof string === 'string') {
      const len = this.length;
      return len === 0 ? 0 : utf8WriteImpl(this, string, 0, len);
    }
    return this.utf8Write(string, 0, this.length);
  }
  if (length === undefined && typeof offset === 'string') {
    // Buffer#write(string, encoding)
    encoding = offset;
    length = this.length;
    offset = 0;
  } else {
    // Buffer#write(string, offset[, length][, encoding])
    validateOffset(offset, 'offset', 0, this.length);
    const remaining = this.length - offset;
    if (length === undefined) {
      length = remaining;
    } else if (typeof length === 'string') {
      encoding = length;
      length = remaining;
    } else {
      validateOffset(length, 'length', 0, this.length);
      if (length > remaining) length = remaining;
    }
  }
  let ops;
  if (!encoding || encoding === 'utf8') {
    if (this.utf8Write === protoUtf8Write && typeof string === 'string') {
      return length === 0 ? 0 : utf8WriteImpl(this, string, offset, length);
    }
    ops = encodingOps.utf8;
  } else {
    ops = getEncodingOps(encoding);
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  }
  return ops.write(this, string, offset, length);
});

defineMethod(proto, 'toJSON', function toJSON() {
  if (this.length > 0) {
    const data = new Array(this.length);
    for (let i = 0; i < this.length; ++i) data[i] = this[i];
    return { type: 'Buffer', data };
  }
  return { type: 'Buffer', data: [] };
});

function adjustOffset(offset, length) {
  // Math.trunc keeps offsets beyond int32 intact.
  offset = Math.trunc(offset);
  if (offset === 0 || Number.isNaN(offset)) return 0;
  if (offset < 0) {
    offset += length;
    return offset > 0 ? offset : 0;
  }
  if (offset < length) return offset;
  return length;
}

defineMethod(proto, 'subarray', function subarray(start, end) {
  const srcLength = this.length;
  start = adjustOffset(start, srcLength);
  end = end !== undefined ? adjustOffset(end, srcLength) : srcLength;
  const newLength = end > start ? end - start : 0;
  return new FastBuffer(this.buffer, this.byteOffset + start, newLength);
});

defineMethod(proto, 'slice', function slice(start, end) {
  return this.subarray(start, end);
});

function swap(b, n, m) {
  const i = b[n];
  b[n] = b[m];
  b[m] = i;
}

defineMethod(proto, 'swap16', function swap16() {
  const len = this.length;
  if (len % 2 !== 0) throw new ERR_INVALID_BUFFER_SIZE('16-bits');
  if (len < 128) {
    for (let i = 0; i < len; i += 2) swap(this, i, i + 1);
    return this;
  }
  binding.swap16(this);
  return this;
});

defineMethod(proto, 'swap32', function swap32() {
  const len = this.length;
  if (len % 4 !== 0) throw new ERR_INVALID_BUFFER_SIZE('32-bits');
  if (len < 192) {
    for (let i = 0; i < len; i += 4) {
      swap(this, i, i + 3);
      swap(this, i + 1, i + 2);
    }
    return this;
  }
  binding.swap32(this);
  return this;
});

defineMethod(proto, 'swap64', function swap64() {
  const len = this.length;
  if (len % 8 !== 0) throw new ERR_INVALID_BUFFER_SIZE('64-bits');
  if (len < 192) {
    for (let i = 0; i < len; i += 8) {
      swap(this, i, i + 7);
      swap(this, i + 1, i + 6);
      swap(this, i + 2, i + 5);
      swap(this, i + 3, i + 4);
    }
    return this;
  }
  binding.swap64(this);
  return this;
});

defineMethod(proto, 'toLocaleString', proto.toString);

// ---------------------------------------------------------------------------
// Module-level functions

function detachedError() {
  return nativeError(Error, 'ERR_INVALID_STATE', 'Cannot validate on a detached buffer');
}

function isDetached(ab) {
  if (ab.byteLength !== 0) return false;
  try {
    // eslint-disable-next-line no-new
    new Uint8Array(ab);
    return false;
  } catch {
    return true;
  }
}

function checkEncoded(input, check) {
  if (isTypedArray(input) || isAnyArrayBuffer(input)) {
    const result = check(input);
    if (result === null) {
      // Zero bytes: valid, unless it is a detached ArrayBuffer.
      if (!ArrayBuffer.isView(input) && isDetached(input)) throw detachedError();
      return true;
    }
    return result;
  }
  throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

function isUtf8(input) {
  return checkEncoded(input, binding.isUtf8);
}

function isAscii(input) {
  return checkEncoded(input, binding.isAscii);
}

let base64Module;
function lazyBase64() {
  if (base64Module === undefined) base64Module = require('internal/base64');
  return base64Module;
}

function atob(input) {
  return lazyBase64().atob.apply(this, arguments);
}

function btoa(input) {
  return lazyBase64().btoa.apply(this, arguments);
}

let blobModule;
function lazyBlob() {
  if (blobModule === undefined) blobModule = require('./blob');
  return blobModule;
}

let transcodeModule;
function transcode(source, fromEncoding, toEncoding) {
  if (transcodeModule === undefined) transcodeModule = require('./transcode');
  return transcodeModule.transcode(source, fromEncoding, toEncoding);
}

// Only now: the pool is the first Buffer instance, and looking a property
// up through an instance makes V8 switch Buffer.prototype from its set-up
// (dictionary) mode to fast mode, where each method added after that copies
// all the methods before it.
createPool();

module.exports = {
  Buffer,
  SlowBuffer,
  transcode,
  isUtf8,
  isAscii,
  kMaxLength,
  kStringMaxLength,
  btoa,
  atob,
  constants,
  INSPECT_MAX_BYTES: undefined,
  Blob: undefined,
  resolveObjectURL: undefined,
  File: undefined,
};

Object.defineProperties(module.exports, {
  INSPECT_MAX_BYTES: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() { return INSPECT_MAX_BYTES; },
    set(val) {
      validators.validateNumber(val, 'INSPECT_MAX_BYTES', 0);
      INSPECT_MAX_BYTES = val;
    },
  },
  Blob: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() { return lazyBlob().Blob; },
    set(value) {
      Object.defineProperty(this, 'Blob', {
        __proto__: null, writable: true, enumerable: true, configurable: true, value,
      });
    },
  },
  File: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() { return lazyBlob().File; },
    set(value) {
      Object.defineProperty(this, 'File', {
        __proto__: null, writable: true, enumerable: true, configurable: true, value,
      });
    },
  },
  resolveObjectURL: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() { return lazyBlob().resolveObjectURL; },
    set(value) {
      Object.defineProperty(this, 'resolveObjectURL', {
        __proto__: null, writable: true, enumerable: true, configurable: true, value,
      });
    },
  },
  // For the core's URL.createObjectURL / URL.revokeObjectURL.
  [Symbol.for('mosaic.buffer.objectURLs')]: {
    __proto__: null,
    get() { return lazyBlob().objectURLs; },
  },
});

