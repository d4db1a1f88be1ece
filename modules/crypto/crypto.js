'use strict';

// The `crypto` builtin (node 20) on BoringSSL, first part: random numbers
// (randomBytes, randomFill(Sync), randomInt, randomUUID, getRandomValues),
// hashes (createHash, hash, getHashes) and HMACs (createHmac) as node's
// Transform-stream classes, pbkdf2Sync / pbkdf2, and timingSafeEqual.
//
// Everything else -- ciphers, keys, signatures, Diffie-Hellman, scrypt,
// hkdf, primes, certificates, webcrypto.subtle but digest -- throws (or
// rejects with) ERR_MOSAIC_NOT_IMPLEMENTED when called.

/* global binding */

const {
  codes: {
    ERR_CRYPTO_HASH_FINALIZED,
    ERR_CRYPTO_INVALID_DIGEST,
    ERR_CRYPTO_OPERATION_FAILED,
    ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH,
    ERR_INVALID_ARG_TYPE,
    ERR_MOSAIC_NOT_IMPLEMENTED,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const {
  validateFunction,
  validateInt32,
  validateNumber,
  validateObject,
  validateString,
} = require('internal/validators');
const { Buffer } = require('buffer');
const { Transform } = require('stream');
const { bindToFrame } = require('internal/async_context');

const kMaxLength = 2 ** 31 - 1;
const kMaxRandomInt = 2 ** 48 - 1;

// ---------------------------------------------------------------------------
// Random numbers

function validateSize(size, name = 'size') {
  validateNumber(size, name);
  if (!(Number.isInteger(size) && size >= 0 && size <= kMaxLength)) {
    throw new ERR_OUT_OF_RANGE(name, `>= 0 && <= ${kMaxLength}`, size);
  }
}

function validateView(value, name) {
  if (!ArrayBuffer.isView(value)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], value);
  }
}

function randomBytes(size, callback) {
  validateSize(size);
  if (callback !== undefined) validateFunction(callback, 'callback');
  const buf = Buffer.alloc(size);
  if (callback === undefined) {
    binding.randomFill(buf, 0, size);
    return buf;
  }
  fillOnThreadPool(buf, 0, size, (err) => (err ? callback(err) : callback(null, buf)));
  return undefined;
}

// The callback forms do their work on the thread pool, as node's do: the
// callback comes on a later loop turn, so a callback that asks again
// cannot starve timers and I/O. done(err) with err null on success.
function fillOnThreadPool(view, offset, size, done) {
  binding.randomFillJob(view, offset, size, bindToFrame((ok) => {
    done(ok ? null : new ERR_CRYPTO_OPERATION_FAILED('Random bytes generation failed'));
  }));
}

// The bytes of `buf` that randomFill(Sync) fills, checked as node checks
// them (offset and size count elements of a typed array).
function randomFillRange(buf, offset = 0, size) {
  if (buf instanceof ArrayBuffer) buf = new Uint8Array(buf);
  validateView(buf, 'buf');
  const bytes = new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  const elementSize = buf.BYTES_PER_ELEMENT || 1;
  validateNumber(offset, 'offset');
  offset *= elementSize;
  if (!(offset >= 0 && offset <= bytes.length)) {
    throw new ERR_OUT_OF_RANGE('offset', `>= 0 && <= ${bytes.length}`, offset);
  }
  if (size === undefined) {
    size = bytes.length - offset;
  } else {
    validateNumber(size, 'size');
    size *= elementSize;
    if (!(size >= 0 && offset + size <= bytes.length)) {
      throw new ERR_OUT_OF_RANGE('size + offset', `<= ${bytes.length}`, size + offset);
    }
  }
  return { bytes, start: offset, length: size };
}

function randomFillSync(buf, offset = 0, size) {
  const { bytes, start, length } = randomFillRange(buf, offset, size);
  binding.randomFill(bytes, start, length);
  return buf;
}

function randomFill(buf, offset, size, callback) {
  if (typeof offset === 'function') {
    callback = offset;
    offset = 0;
    size = undefined;
  } else if (typeof size === 'function') {
    callback = size;
    size = undefined;
  }
  validateFunction(callback, 'callback');
  const { bytes, start, length } = randomFillRange(buf, offset, size);
  fillOnThreadPool(bytes, start, length, (err) => (err ? callback(err) : callback(null, buf)));
}

// A uniform integer in [min, max) by rejection sampling of 48-bit values.
function randomInt(min, max, callback) {
  const minNotSpecified = typeof max === 'undefined' || typeof max === 'function';
  if (minNotSpecified) {
    callback = max;
    max = min;
    min = 0;
  }
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (!Number.isSafeInteger(min)) throw new ERR_INVALID_ARG_TYPE('min', 'a safe integer', min);
  if (!Number.isSafeInteger(max)) throw new ERR_INVALID_ARG_TYPE('max', 'a safe integer', max);
  if (max <= min) {
    throw new ERR_OUT_OF_RANGE('max', `greater than the value of "min" (${min})`, max);
  }
  const range = max - min;
  if (!(range <= kMaxRandomInt)) {
    throw new ERR_OUT_OF_RANGE(`max${minNotSpecified ? '' : ' - min'}`, `<= ${kMaxRandomInt}`, range);
  }
  const limit = kMaxRandomInt - ((kMaxRandomInt + 1) % range);
  const bytes = new Uint8Array(6);
  const sample = () => bytes.reduce((acc, byte) => acc * 256 + byte, 0);
  if (callback === undefined) {
    let value;
    do {
      binding.randomFill(bytes, 0, 6);
      value = sample();
    } while (value > limit);
    return min + (value % range);
  }
  const draw = (err) => {
    if (err) {
      callback(err);
      return;
    }
    const value = sample();
    if (value > limit) fillOnThreadPool(bytes, 0, 6, draw);
    else callback(null, min + (value % range));
  };
  fillOnThreadPool(bytes, 0, 6, draw);
  return undefined;
}

function randomUUID(options) {
  if (options !== undefined) validateObject(options, 'options');
  const bytes = new Uint8Array(16);
  binding.randomFill(bytes, 0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x40;  // version 4
  bytes[8] = (bytes[8] & 0x3f) | 0x80;  // RFC 4122 variant
  const hex = Buffer.from(bytes.buffer).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-` +
    hex.slice(20);
}

function getRandomValues(data) {
  const integerTypes = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array,
    Int32Array, Uint32Array, BigInt64Array, BigUint64Array];
  if (!integerTypes.some((type) => data instanceof type)) {
    const { DOMException } = require('internal/dom_exception');
    throw new DOMException('The data argument must be an integer-type TypedArray',
                           'TypeMismatchError');
  }
  if (data.byteLength > 65536) {
    const { DOMException } = require('internal/dom_exception');
    throw new DOMException(`The ArrayBufferView's byte length (${data.byteLength}) exceeds the ` +
                           'number of bytes of entropy available via this API (65536)',
                           'QuotaExceededError');
  }
  binding.randomFill(data, 0, data.byteLength);
  return data;
}

// ---------------------------------------------------------------------------
// Hashes and HMACs

// Data to hash as bytes: strings in `encoding` (utf8 by default).
function toBytes(data, encoding, name) {
  if (typeof data === 'string') return Buffer.from(data, encoding);
  if (ArrayBuffer.isView(data)) return data;
  throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

function encodeDigest(digest, encoding) {
  return encoding === undefined || encoding === 'buffer' ? digest : digest.toString(encoding);
}

const kHandle = Symbol('kHandle');
const kFinalized = Symbol('kFinalized');

// What Hash and Hmac share: update/digest over a native context, and the
// Transform stream node's LazyTransform gives them.
class Digester extends Transform {
  update(data, encoding) {
    if (this[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
    binding.update(this[kHandle], toBytes(data, encoding, 'data'));
    return this;
  }

  digest(outputEncoding) {
    if (this[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
    this[kFinalized] = true;
    return encodeDigest(binding.digest(this[kHandle]), outputEncoding);
  }

  _transform(chunk, encoding, callback) {
    this.update(chunk, encoding);
    callback();
  }

  _flush(callback) {
    this.push(this.digest());
    callback();
  }
}

class Hash extends Digester {
  constructor(algorithm, options) {
    if (!(algorithm instanceof Hash) && !new.target) return new Hash(algorithm, options);
    const copyOf = algorithm instanceof Hash ? algorithm : undefined;
    if (copyOf === undefined) validateString(algorithm, 'algorithm');
    super(options);
    this[kFinalized] = false;
    if (copyOf !== undefined) {
      if (copyOf[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
      this[kHandle] = binding.hashCopy(copyOf[kHandle]);
      return;
    }
    this[kHandle] = binding.hashNew(algorithm);
    if (this[kHandle] === null) throw new Error('Digest method not supported');
  }

  copy(options) {
    return new Hash(this, options);
  }
}

class Hmac extends Digester {
  constructor(hmac, key, options) {
    if (!new.target) return new Hmac(hmac, key, options);
    validateString(hmac, 'hmac');
    if (typeof key !== 'string' && !ArrayBuffer.isView(key) && !(key instanceof ArrayBuffer)) {
      throw new ERR_INVALID_ARG_TYPE(
        'key', ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'KeyObject', 'CryptoKey'],
        key);
    }
    super(options);
    const keyBytes = key instanceof ArrayBuffer ? new Uint8Array(key) :
      toBytes(key, options && options.encoding, 'key');
    this[kFinalized] = false;
    this[kHandle] = binding.hmacNew(hmac, keyBytes);
    if (this[kHandle] === null) throw new ERR_CRYPTO_INVALID_DIGEST(hmac);
  }
}

function createHash(algorithm, options) {
  return new Hash(algorithm, options);
}

function createHmac(hmac, key, options) {
  return new Hmac(hmac, key, options);
}

// crypto.hash(algorithm, data[, outputEncoding]): one-shot, hex by default.
function hash(algorithm, data, outputEncoding = 'hex') {
  validateString(algorithm, 'algorithm');
  if (typeof data !== 'string' && !ArrayBuffer.isView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['Buffer', 'TypedArray', 'DataView', 'string'], data);
  }
  const handle = binding.hashNew(algorithm);
  if (handle === null) throw new Error('Digest method not supported');
  binding.update(handle, toBytes(data, 'utf8', 'data'));
  return encodeDigest(binding.digest(handle), outputEncoding);
}

const kHashes = ['md4', 'md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha512-256'];

function getHashes() {
  return kHashes.filter((name) => binding.hashNew(name) !== null);
}

// ---------------------------------------------------------------------------
// PBKDF2, comparison

function pbkdf2Arguments(password, salt, iterations, keylen, digest) {
  password = toBytes(password, 'utf8', 'password');
  salt = toBytes(salt, 'utf8', 'salt');
  validateInt32(iterations, 'iterations', 1);
  validateInt32(keylen, 'keylen', 0);
  validateString(digest, 'digest');
  return { password, salt, iterations, keylen, digest };
}

function runPbkdf2({ password, salt, iterations, keylen, digest }) {
  const key = binding.pbkdf2(password, salt, iterations, keylen, digest.toLowerCase());
  if (key === null) throw new ERR_CRYPTO_INVALID_DIGEST(digest);
  return key;
}

function pbkdf2Sync(password, salt, iterations, keylen, digest) {
  return runPbkdf2(pbkdf2Arguments(password, salt, iterations, keylen, digest));
}

function pbkdf2(password, salt, iterations, keylen, digest, callback) {
  if (typeof digest === 'function') {
    callback = digest;
    digest = undefined;
  }
  const args = pbkdf2Arguments(password, salt, iterations, keylen, digest);
  validateFunction(callback, 'callback');
  const key = Buffer.alloc(args.keylen);
  const done = (ok) => {
    if (ok) callback(null, key);
    else callback(new ERR_CRYPTO_OPERATION_FAILED('PBKDF2 failed'));
  };
  const queued = binding.pbkdf2Job(args.password, args.salt, args.iterations,
                                   args.digest.toLowerCase(), key, bindToFrame(done));
  if (!queued) throw new ERR_CRYPTO_INVALID_DIGEST(args.digest);
}

function timingSafeEqual(buf1, buf2) {
  for (const [value, name] of [[buf1, 'buf1'], [buf2, 'buf2']]) {
    if (!ArrayBuffer.isView(value) && !(value instanceof ArrayBuffer)) {
      throw new ERR_INVALID_ARG_TYPE(name, ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], value);
    }
  }
  const a = buf1 instanceof ArrayBuffer ? new Uint8Array(buf1) : buf1;
  const b = buf2 instanceof ArrayBuffer ? new Uint8Array(buf2) : buf2;
  if (a.byteLength !== b.byteLength) throw new ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH();
  return binding.timingSafeEqual(a, b);
}

// ---------------------------------------------------------------------------
// Not yet

function notImplemented(name) {
  return {
    [name]() {
      throw new ERR_MOSAIC_NOT_IMPLEMENTED(`crypto.${name}`);
    },
  }[name];
}

function notImplementedClass(name) {
  return {
    [name]: class {
      constructor() {
        throw new ERR_MOSAIC_NOT_IMPLEMENTED(`crypto.${name}`);
      }
    },
  }[name];
}

// webcrypto.subtle: digest (SHA-1/256/384/512); the other operations
// reject with ERR_MOSAIC_NOT_IMPLEMENTED.
const kSubtleDigests = { 'SHA-1': 'sha1', 'SHA-256': 'sha256', 'SHA-384': 'sha384', 'SHA-512': 'sha512' };

const subtle = {
  async digest(algorithm, data) {
    const name = typeof algorithm === 'string' ? algorithm : algorithm?.name;
    const digest = kSubtleDigests[String(name).toUpperCase()];
    if (digest === undefined) {
      const { DOMException } = require('internal/dom_exception');
      throw new DOMException('Unrecognized algorithm name', 'NotSupportedError');
    }
    const bytes = data instanceof ArrayBuffer ? new Uint8Array(data) : data;
    validateView(bytes, 'data');
    const handle = binding.hashNew(digest);
    binding.update(handle, bytes);
    const result = binding.digest(handle);
    return result.buffer.slice(result.byteOffset, result.byteOffset + result.byteLength);
  },
};
for (const name of ['decrypt', 'deriveBits', 'deriveKey', 'encrypt', 'exportKey', 'generateKey',
                    'importKey', 'sign', 'unwrapKey', 'verify', 'wrapKey']) {
  subtle[name] = async function() {
    throw new ERR_MOSAIC_NOT_IMPLEMENTED(`crypto.subtle.${name}`);
  };
}

const webcrypto = { getRandomValues, randomUUID, subtle };

module.exports = {
  checkPrime: notImplemented('checkPrime'),
  checkPrimeSync: notImplemented('checkPrimeSync'),
  createCipheriv: notImplemented('createCipheriv'),
  createDecipheriv: notImplemented('createDecipheriv'),
  createDiffieHellman: notImplemented('createDiffieHellman'),
  createDiffieHellmanGroup: notImplemented('createDiffieHellmanGroup'),
  createECDH: notImplemented('createECDH'),
  createHash,
  createHmac,
  createPrivateKey: notImplemented('createPrivateKey'),
  createPublicKey: notImplemented('createPublicKey'),
  createSecretKey: notImplemented('createSecretKey'),
  createSign: notImplemented('createSign'),
  createVerify: notImplemented('createVerify'),
  diffieHellman: notImplemented('diffieHellman'),
  generatePrime: notImplemented('generatePrime'),
  generatePrimeSync: notImplemented('generatePrimeSync'),
  getCiphers: notImplemented('getCiphers'),
  getCipherInfo: notImplemented('getCipherInfo'),
  getCurves: notImplemented('getCurves'),
  getDiffieHellman: notImplemented('getDiffieHellman'),
  getHashes,
  hkdf: notImplemented('hkdf'),
  hkdfSync: notImplemented('hkdfSync'),
  pbkdf2,
  pbkdf2Sync,
  generateKeyPair: notImplemented('generateKeyPair'),
  generateKeyPairSync: notImplemented('generateKeyPairSync'),
  generateKey: notImplemented('generateKey'),
  generateKeySync: notImplemented('generateKeySync'),
  privateDecrypt: notImplemented('privateDecrypt'),
  privateEncrypt: notImplemented('privateEncrypt'),
  publicDecrypt: notImplemented('publicDecrypt'),
  publicEncrypt: notImplemented('publicEncrypt'),
  randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
  scrypt: notImplemented('scrypt'),
  scryptSync: notImplemented('scryptSync'),
  sign: notImplemented('sign'),
  setEngine: notImplemented('setEngine'),
  timingSafeEqual,
  getFips() {
    return 0;
  },
  setFips: notImplemented('setFips'),
  verify: notImplemented('verify'),
  hash,
  Certificate: notImplementedClass('Certificate'),
  Cipher: notImplementedClass('Cipher'),
  Cipheriv: notImplementedClass('Cipheriv'),
  Decipher: notImplementedClass('Decipher'),
  Decipheriv: notImplementedClass('Decipheriv'),
  DiffieHellman: notImplementedClass('DiffieHellman'),
  DiffieHellmanGroup: notImplementedClass('DiffieHellmanGroup'),
  ECDH: notImplementedClass('ECDH'),
  Hash,
  Hmac,
  KeyObject: notImplementedClass('KeyObject'),
  Sign: notImplementedClass('Sign'),
  Verify: notImplementedClass('Verify'),
  X509Certificate: notImplementedClass('X509Certificate'),
  secureHeapUsed: notImplemented('secureHeapUsed'),
  constants: {},
  webcrypto,
  subtle,
  getRandomValues,
};

// Internal, for this plugin's tests: which library the digests come from.
Object.defineProperty(module.exports, Symbol.for('mosaic.crypto.testing'), {
  __proto__: null,
  value: Object.freeze({ cryptoLibrary: () => binding.cryptoLibrary() }),
});
