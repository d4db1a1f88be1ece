'use strict';

// fs/promises: the promise API and FileHandle.

const EventEmitter = require('events');
const {
  lazyBuffer,
  errors: {
    codes: {
      ERR_INVALID_ARG_TYPE,
      ERR_INVALID_ARG_VALUE,
      ERR_METHOD_NOT_IMPLEMENTED,
      ERR_INVALID_STATE,
    },
    AbortError,
  },
  validators: {
    validateBoolean,
    validateBuffer,
    validateEncoding,
    validateInteger,
    validateObject,
  },
  constants,
  kMaxUserId,
  fsError,
  getValidatedPath,
  stringToFlags,
  getOptions,
  getValidMode,
  toUnixTimestamp,
  validateOffsetLengthRead,
  validateOffsetLengthWrite,
  validatePosition,
  validateBufferArray,
  isArrayBufferView,
  validateRmOptionsShape,
  nativeEncoding,
  readKind,
  parseFileMode,
} = require('./util');
const { getStatsFromBinding, getStatFsFromBinding, S_IFMT, S_IFDIR } = require('./stats');
const readdirImpl = require('./readdir');
const { realpathPromise } = require('./realpath');

const kHandle = Symbol('kHandle');
const kFd = Symbol('kFd');
const kRefs = Symbol('kRefs');
const kClosePromise = Symbol('kClosePromise');
const kCloseResolve = Symbol('kCloseResolve');
const kCloseReject = Symbol('kCloseReject');
const kEmptyObject = Object.freeze({ __proto__: null });
const kReadChunk = 512 * 1024;

const statValues = binding.statValues;
const bigintStatValues = binding.bigintStatValues;

// A failed operation's error with the stack of the async functions
// awaiting it (the caller's), as node's fs promises give it: made in a
// libuv callback, it has no user frames.
function withCallerStack(err) {
  Error.captureStackTrace(err, withCallerStack);
  throw err;
}

// `promise`, failing with the caller's stack.
async function settled(promise) {
  return await promise.then(undefined, withCallerStack);
}

// Runs `start(cb)` (a binding call taking its completion callback) as a
// promise; a failure becomes the system error for `syscall` / `path`.
function call(syscall, path, dest, start) {
  return settled(new Promise((resolve, reject) => {
    start((status) => {
      if (status !== 0) reject(fsError(status, syscall, path, dest));
      else resolve();
    });
  }));
}

// Like call(), resolving with the binding's result.
function callValue(syscall, path, dest, start) {
  return settled(new Promise((resolve, reject) => {
    start((status, result) => {
      if (status !== 0) reject(fsError(status, syscall, path, dest));
      else resolve(result);
    });
  }));
}

function abortError(signal) {
  return new AbortError(undefined, { cause: signal.reason });
}

function checkAborted(signal) {
  if (signal && signal.aborted) throw abortError(signal);
}

// ---------------------------------------------------------------------------
// FileHandle

// Closes descriptors of FileHandles that were garbage collected while open.
const gcRegistry = typeof FinalizationRegistry === 'function' ?
  new FinalizationRegistry((fd) => {
    binding.close(fd);
    process.emitWarning(`Closing file descriptor ${fd} on garbage collection`);
    process.emitWarning('Closing a FileHandle object on garbage collection is deprecated. ' +
                        'Please close FileHandle objects explicitly using ' +
                        'FileHandle.prototype.close(). In the future, an error will be ' +
                        'thrown if a file descriptor is closed during garbage collection.',
                        'DeprecationWarning', 'DEP0137');
  }) : null;

class FileHandle extends EventEmitter {
  constructor(fd) {
    super();
    this[kHandle] = { fd };
    this[kFd] = fd;
    this[kRefs] = 1;
    this[kClosePromise] = null;
    if (gcRegistry !== null) gcRegistry.register(this, fd, this[kHandle]);
  }

  getAsyncId() {
    return -1;
  }

  get fd() {
    return this[kFd];
  }

  appendFile(data, options) {
    return fsCall(writeFileHandle, this, data, options);
  }

  chmod(mode) {
    return fsCall(fchmod, this, mode);
  }

  chown(uid, gid) {
    return fsCall(fchown, this, uid, gid);
  }

  datasync() {
    return fsCall(fdatasync, this);
  }

  sync() {
    return fsCall(fsync, this);
  }

  read(buffer, offset, length, position) {
    return fsCall(read, this, buffer, offset, length, position);
  }

  readv(buffers, position) {
    return fsCall(readv, this, buffers, position);
  }

  readFile(options) {
    return fsCall(readFileHandle, this, options);
  }

  readLines(options = undefined) {
    const { Interface } = require('readline');
    return new Interface({
      input: this.createReadStream(options),
      crlfDelay: Infinity,
    });
  }

  stat(options) {
    return fsCall(fstat, this, options);
  }

  truncate(len = 0) {
    return fsCall(ftruncate, this, len);
  }

  utimes(atime, mtime) {
    return fsCall(futimes, this, atime, mtime);
  }

  write(buffer, offset, length, position) {
    return fsCall(write, this, buffer, offset, length, position);
  }

  writev(buffers, position) {
    return fsCall(writev, this, buffers, position);
  }

  writeFile(data, options) {
    return fsCall(writeFileHandle, this, data, options);
  }

  close = () => {
    if (this[kFd] === -1) return Promise.resolve();
    if (this[kClosePromise]) return this[kClosePromise];
    this[kRefs]--;
    if (this[kRefs] === 0) {
      this[kClosePromise] = this.#closeNow().finally(() => {
        this[kClosePromise] = undefined;
      });
    } else {
      // Operations (or a stream) still hold the handle: the last unref()
      // closes it and settles this promise.
      this[kClosePromise] = new Promise((resolve, reject) => {
        this[kCloseResolve] = resolve;
        this[kCloseReject] = reject;
      }).finally(() => {
        this[kClosePromise] = undefined;
        this[kCloseReject] = undefined;
        this[kCloseResolve] = undefined;
      });
    }
    this.emit('close');
    return this[kClosePromise];
  };

  // The last reference is gone: the handle reads as closed at once (as in
  // node, fd is -1 from here), and the descriptor is closed.
  #closeNow() {
    const fd = this[kFd];
    this[kFd] = -1;
    this[kHandle].fd = -1;
    if (gcRegistry !== null) gcRegistry.unregister(this[kHandle]);
    return call('close', undefined, undefined, (cb) => binding.close(fd, cb));
  }

  // A WHATWG ReadableStream of the file: ArrayBuffer chunks, or a byte
  // stream of Uint8Arrays with { type: 'bytes' }, as node 20's. It holds a
  // reference to the handle while it reads; closing the handle ends it.
  readableWebStream(options = kEmptyObject) {
    if (this[kFd] === -1) throw new ERR_INVALID_STATE('The FileHandle is closed');
    if (this[kClosePromise]) throw new ERR_INVALID_STATE('The FileHandle is closing');
    if (this.locked) throw new ERR_INVALID_STATE('The FileHandle is locked');
    this.locked = true;
    const { ReadableStream } = globalThis.ReadableStream ? globalThis : require('stream/web');
    const handle = this;
    const bytes = options && options.type === 'bytes';
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      handle.locked = false;
      handle.unref();
    };
    this.ref();
    let streamController;
    this.once('close', () => {
      if (released) return;
      release();
      try {
        streamController.close();
      } catch {
        // Already closed or errored.
      }
    });
    return new ReadableStream({
      type: bytes ? 'bytes' : undefined,
      start(controller) {
        streamController = controller;
      },
      async pull(controller) {
        const buf = lazyBuffer().alloc(65536);
        const { bytesRead } = await handle.read(buf, 0, buf.length);
        if (released) return;
        if (bytesRead === 0) {
          release();
          controller.close();
          return;
        }
        controller.enqueue(bytes ? new Uint8Array(buf.buffer, buf.byteOffset, bytesRead) :
          buf.buffer.slice(buf.byteOffset, buf.byteOffset + bytesRead));
      },
      cancel() {
        release();
      },
    }, bytes ? undefined : { highWaterMark: 0 });
  }

  createReadStream(options = undefined) {
    const { ReadStream } = require('./streams');
    return new ReadStream(undefined, { ...options, fd: this });
  }

  createWriteStream(options = undefined) {
    const { WriteStream } = require('./streams');
    return new WriteStream(undefined, { ...options, fd: this });
  }

  ref() {
    this[kRefs]++;
  }

  unref() {
    this[kRefs]--;
    if (this[kRefs] === 0) this.#closeNow().then(this[kCloseResolve], this[kCloseReject]);
  }
}

if (typeof Symbol.asyncDispose === 'symbol') {
  Object.defineProperty(FileHandle.prototype, Symbol.asyncDispose, {
    __proto__: null,
    value() { return this.close(); },
    writable: true,
    configurable: true,
  });
}

async function fsCall(fn, handle, ...args) {
  if (!(handle instanceof FileHandle)) {
    throw new ERR_INVALID_ARG_TYPE('filehandle', 'FileHandle', handle);
  }
  if (handle.fd === -1) {
    const err = new Error('file closed');
    err.code = 'EBADF';
    err.syscall = fn.name;
    throw err;
  }
  try {
    handle.ref();
    return await fn(handle, ...args);
  } finally {
    handle.unref();
  }
}

// Descriptor operations, named after the syscall reported on a closed
// handle.
function fchmod(handle, mode) {
  mode = parseFileMode(mode, 'mode');
  return call('fchmod', undefined, undefined, (cb) => binding.fchmod(handle.fd, mode, cb));
}

function fchown(handle, uid, gid) {
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
  return call('fchown', undefined, undefined,
              (cb) => binding.fchown(handle.fd, uid >>> 0, gid >>> 0, cb));
}

function fdatasync(handle) {
  return call('fdatasync', undefined, undefined, (cb) => binding.fdatasync(handle.fd, cb));
}

function fsync(handle) {
  return call('fsync', undefined, undefined, (cb) => binding.fsync(handle.fd, cb));
}

function fstat(handle, options = { bigint: false }) {
  const bigint = !!(options && options.bigint);
  return settled(new Promise((resolve, reject) => {
    binding.fstat(handle.fd, bigint, (status) => {
      if (status !== 0) reject(fsError(status, 'fstat'));
      else resolve(getStatsFromBinding(bigint ? bigintStatValues : statValues));
    });
  }));
}

function ftruncate(handle, len = 0) {
  validateInteger(len, 'len');
  len = Math.max(0, len);
  return call('ftruncate', undefined, undefined, (cb) => binding.ftruncate(handle.fd, len, cb));
}

function futimes(handle, atime, mtime) {
  atime = toUnixTimestamp(atime, 'atime');
  mtime = toUnixTimestamp(mtime, 'mtime');
  return call('futime', undefined, undefined, (cb) => binding.futimes(handle.fd, atime, mtime, cb));
}

function toPosition(position) {
  if (position == null) return -1;
  if (typeof position === 'bigint') return position;
  if (typeof position === 'number' && Number.isSafeInteger(position)) return position;
  return -1;
}

async function read(handle, bufferOrParams, offset, length, position) {
  let buffer = bufferOrParams;
  if (!isArrayBufferView(buffer)) {
    if (bufferOrParams !== undefined) {
      validateObject(bufferOrParams, 'options', { nullable: true });
    }
    ({
      buffer = lazyBuffer().alloc(16384),
      offset = 0,
      length = buffer.byteLength - offset,
      position = null,
    } = bufferOrParams ?? kEmptyObject);
    validateBuffer(buffer);
  }
  if (offset !== null && typeof offset === 'object') {
    ({
      offset = 0,
      length = buffer.byteLength - offset,
      position = null,
    } = offset);
  }
  if (offset == null) {
    offset = 0;
  } else {
    validateInteger(offset, 'offset', 0);
  }
  length ??= buffer.byteLength - offset;
  if (length === 0) return { __proto__: null, bytesRead: length, buffer };
  if (buffer.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position == null) {
    position = -1;
  } else {
    validatePosition(position, 'position', length);
  }
  const bytesRead = await callValue('read', undefined, undefined,
                               (cb) => binding.read(handle.fd, buffer, offset, length, position, cb));
  return { __proto__: null, bytesRead: bytesRead || 0, buffer };
}

async function readv(handle, buffers, position) {
  validateBufferArray(buffers);
  if (typeof position !== 'number') position = null;
  const bytesRead = await callValue('read', undefined, undefined,
                               (cb) => binding.readv(handle.fd, buffers, toPosition(position), cb));
  return { __proto__: null, bytesRead: bytesRead || 0, buffers };
}

async function write(handle, buffer, offsetOrOptions, length, position) {
  if (buffer?.byteLength === 0) return { __proto__: null, bytesWritten: 0, buffer };
  let offset = offsetOrOptions;
  if (isArrayBufferView(buffer)) {
    if (offset != null && typeof offset === 'object') {
      ({
        offset = 0,
        length = buffer.byteLength - offset,
        position = null,
      } = offsetOrOptions ?? kEmptyObject);
    }
    if (offset == null) {
      offset = 0;
    } else {
      validateInteger(offset, 'offset', 0);
    }
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number') position = null;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    const bytesWritten = await callValue('write', undefined, undefined,
                                    (cb) => binding.write(handle.fd, buffer, offset, length,
                                                          toPosition(position), cb));
    return { __proto__: null, bytesWritten: bytesWritten || 0, buffer };
  }
  if (typeof buffer !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
  }
  validateEncoding(buffer, length);
  const code = nativeEncoding(length);
  const pos = toPosition(offset);
  const bytesWritten = await callValue('write', undefined, undefined, (cb) => {
    if (code !== -1) return binding.writeString(handle.fd, buffer, pos, code, cb);
    const b = lazyBuffer().from(buffer, length);
    return binding.write(handle.fd, b, 0, b.length, pos, cb);
  });
  return { __proto__: null, bytesWritten: bytesWritten || 0, buffer };
}

async function writev(handle, buffers, position) {
  validateBufferArray(buffers);
  if (typeof position !== 'number') position = null;
  if (buffers.length === 0) return { __proto__: null, bytesWritten: 0, buffers };
  const bytesWritten = await callValue('write', undefined, undefined,
                                  (cb) => binding.writev(handle.fd, buffers, toPosition(position), cb));
  return { __proto__: null, bytesWritten: bytesWritten || 0, buffers };
}

// ---------------------------------------------------------------------------
// readFile / writeFile

// Applies an encoding the binding could not produce itself. A Buffer given
// back for a utf8/latin1 request holds ASCII only (see fs_readfile.cc).
function decodeRead(result, encoding) {
  if (encoding == null || encoding === 'buffer' || typeof result === 'string') return result;
  if (readKind(encoding) === 1) return result.toString('latin1');
  return result.toString(encoding);
}

// One thread-pool job: open + fstat + read + close (or fd: fstat + read).
function nativeReadFile(pathOrFd, isFd, flags, encoding, signal) {
  return settled(new Promise((resolve, reject) => {
    binding.readFile(pathOrFd, isFd, flags, readKind(encoding), (status, result) => {
      if (signal && signal.aborted) {
        reject(abortError(signal));
        return;
      }
      if (status !== 0) {
        reject(fsError(status, 'open', isFd ? undefined : pathOrFd));
        return;
      }
      try {
        resolve(decodeRead(result, encoding));
      } catch (err) {
        reject(err);
      }
    });
  }));
}

async function readFileHandle(handle, options) {  // reported as 'readFile'
  options = getOptions(options, { flag: 'r' });
  checkAborted(options.signal);
  return nativeReadFile(handle.fd, true, 0, options.encoding, options.signal);
}

async function readFile(path, options) {
  options = getOptions(options, { flag: 'r' });
  const flag = options.flag || 'r';
  if (path instanceof FileHandle) return fsCall(readFileHandle, path, options);
  checkAborted(options.signal);
  path = getValidatedPath(path);
  return nativeReadFile(path, false, stringToFlags(flag), options.encoding, options.signal);
}

Object.defineProperty(readFileHandle, 'name', { __proto__: null, value: 'readFile' });

function isIterable(obj) {
  return obj != null && (typeof obj[Symbol.iterator] === 'function' ||
                         typeof obj[Symbol.asyncIterator] === 'function');
}

function isCustomIterable(obj) {
  return isIterable(obj) && !isArrayBufferView(obj) && typeof obj !== 'string';
}

function writeAllTo(fd, data, encoding, flush, signal) {
  const [payload, enc] = typeof data === 'string' && nativeEncoding(encoding || 'utf8') !== -1 ?
    [data, nativeEncoding(encoding || 'utf8')] :
    [typeof data === 'string' ? lazyBuffer().from(data, encoding) : data, 0];
  return settled(new Promise((resolve, reject) => {
    binding.writeFile(fd, true, payload, enc, 0, 0, flush, (status) => {
      if (status !== 0) reject(fsError(status, 'write'));
      else if (signal && signal.aborted) reject(abortError(signal));
      else resolve();
    });
  }));
}

// Writes each chunk of a (sync or async) iterable: views as they are,
// anything else through Buffer.from(chunk, encoding), as node's does. The
// signal is checked before the first chunk too (it may have fired while
// the file was opened).
async function writeIterable(fd, data, encoding, signal) {
  checkAborted(signal);
  for await (const chunk of data) {
    checkAborted(signal);
    const buf = isArrayBufferView(chunk) ? chunk : lazyBuffer().from(chunk, encoding || 'utf8');
    await writeAllTo(fd, buf, undefined, false, signal);
  }
}

async function writeFileHandle(handle, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w', flush: false });
  checkAborted(options.signal);
  if (isCustomIterable(data)) {
    await writeIterable(handle.fd, data, options.encoding, options.signal);
    return;
  }
  if (!isArrayBufferView(data)) {
    if (typeof data !== 'string') {
      throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
    }
  }
  await writeAllTo(handle.fd, data, options.encoding, false, options.signal);
}

Object.defineProperty(writeFileHandle, 'name', { __proto__: null, value: 'writeFile' });

async function writeFile(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w', flush: false });
  const flag = options.flag || 'w';
  const flush = options.flush ?? false;
  validateBoolean(flush, 'options.flush');
  if (!isArrayBufferView(data) && !isCustomIterable(data)) {
    if (typeof data !== 'string') {
      throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
    }
  }
  if (path instanceof FileHandle) return fsCall(writeFileHandle, path, data, options);
  checkAborted(options.signal);
  path = getValidatedPath(path);
  const flags = stringToFlags(flag);
  const mode = parseFileMode(options.mode, 'mode', 0o666);
  if (isCustomIterable(data)) {
    const fh = await open(path, flags, mode);
    let failed = false;
    try {
      await writeIterable(fh.fd, data, options.encoding, options.signal);
      if (flush) await fh.sync();
    } catch (err) {
      failed = true;
      await fh.close().catch(() => {});
      throw err;
    } finally {
      if (!failed) await fh.close();
    }
    return;
  }
  let payload = data;
  let enc = 0;
  if (typeof data === 'string') {
    enc = nativeEncoding(options.encoding || 'utf8');
    if (enc === -1) {
      payload = lazyBuffer().from(data, options.encoding);
      enc = 0;
    }
  }
  const signal = options.signal;
  await settled(new Promise((resolve, reject) => {
    binding.writeFile(path, false, payload, enc, flags, mode, flush, (status) => {
      if (status !== 0) reject(fsError(status, 'open', path));
      else if (signal && signal.aborted) reject(abortError(signal));
      else resolve();
    });
  }));
}

async function appendFile(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = { ...options };
  options.flag = options.flag || 'a';
  return writeFile(path, data, options);
}

// ---------------------------------------------------------------------------
// Path operations

async function access(path, mode = constants.F_OK) {
  path = getValidatedPath(path);
  mode = getValidMode(mode, 'access');
  return call('access', path, undefined, (cb) => binding.access(path, mode, cb));
}

async function copyFile(src, dest, mode) {
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  mode = getValidMode(mode, 'copyFile');
  return call('copyfile', src, dest, (cb) => binding.copyFile(src, dest, mode, cb));
}

async function cp(src, dest, options) {
  const { cpPromise } = require('./cp');
  return cpPromise(src, dest, options);
}

async function open(path, flags, mode) {
  path = getValidatedPath(path);
  const flagsNumber = stringToFlags(flags);
  mode = parseFileMode(mode, 'mode', 0o666);
  const fd = await callValue('open', path, undefined, (cb) => binding.open(path, flagsNumber, mode, cb));
  return new FileHandle(fd);
}

async function opendir(path, options) {
  return require('./dir').opendirPromise(path, options);
}

async function rename(oldPath, newPath) {
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  return call('rename', oldPath, newPath, (cb) => binding.rename(oldPath, newPath, cb));
}

async function truncate(path, len = 0) {
  const fd = await open(path, 'r+');
  try {
    await ftruncate(fd, len);
  } finally {
    await fd.close();
  }
}

async function rm(path, options) {
  path = getValidatedPath(path);
  if (options !== undefined) validateObject(options, 'options');
  const opts = validateRmOptionsShape(options, false);
  return settled(new Promise((resolve, reject) => {
    binding.rm(path, opts.recursive, opts.force, opts.maxRetries, opts.retryDelay, (st) => {
      if (st !== 0) reject(fsError(st));
      else resolve();
    });
  }));
}

async function rmdir(path, options) {
  path = getValidatedPath(path);
  if (options !== undefined) validateObject(options, 'options');
  const opts = validateRmOptionsShape(options, true);
  if (opts.recursive) {
    require('./util').emitDeprecationOnce(
      'DEP0147', 'In future versions of Node.js, fs.rmdir(path, { recursive: true }) ' +
      'will be removed. Use fs.rm(path, { recursive: true }) instead');
    await call('stat', path, undefined, (cb) => binding.stat(path, false, cb));
    if ((statValues[1] & S_IFMT) === S_IFDIR) {
      return settled(new Promise((resolve, reject) => {
        binding.rm(path, true, false, opts.maxRetries, opts.retryDelay, (st) => {
          if (st !== 0) reject(fsError(st));
          else resolve();
        });
      }));
    }
  }
  return call('rmdir', path, undefined, (cb) => binding.rmdir(path, cb));
}

async function mkdir(path, options) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = parseFileMode(options, 'mode');
  } else if (options) {
    if (options.recursive !== undefined) recursive = options.recursive;
    if (options.mode !== undefined) mode = parseFileMode(options.mode, 'mode');
  }
  path = getValidatedPath(path);
  validateBoolean(recursive, 'options.recursive');
  if (recursive) return callValue('mkdir', path, undefined, (cb) => binding.mkdirp(path, mode, cb));
  return call('mkdir', path, undefined, (cb) => binding.mkdir(path, mode, cb));
}

async function readdir(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  if (options.recursive != null) validateBoolean(options.recursive, 'options.recursive');
  if (options.recursive) return readdirImpl.readdirPromiseRecursive(path, options);
  return settled(new Promise((resolve, reject) => {
    readdirImpl.readdir(path, options, (err, r) => (err ? reject(err) : resolve(r)));
  }));
}

function encodeName(r, enc) {
  if (typeof r === 'string' || enc === 'buffer' || enc == null) return r;
  return r.toString(enc);
}

function wantsBuffer(encoding) {
  return encoding != null && encoding !== 'utf8' && encoding !== 'utf-8';
}

async function readlink(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path, 'oldPath');
  const r = await callValue('readlink', path, undefined,
                       (cb) => binding.readlink(path, wantsBuffer(options.encoding), cb));
  return encodeName(r, options.encoding);
}

async function symlink(target, path, type_) {
  let type = (typeof type_ === 'string' ? type_ : null);
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  let flags = 0;
  if (type === 'dir') flags = constants.UV_FS_SYMLINK_DIR;
  else if (type === 'junction') flags = constants.UV_FS_SYMLINK_JUNCTION;
  else if (type != null && type !== 'file') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_FS_INVALID_SYMLINK_TYPE(type);
  }
  type = null;
  return call('symlink', target, path, (cb) => binding.symlink(target, path, flags, cb));
}

function statCall(fn, syscall, path, options) {
  const bigint = !!(options && options.bigint);
  return settled(new Promise((resolve, reject) => {
    fn(path, bigint, (status) => {
      if (status !== 0) reject(fsError(status, syscall, path));
      else resolve(getStatsFromBinding(bigint ? bigintStatValues : statValues));
    });
  }));
}

async function lstat(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  return statCall(binding.lstat, 'lstat', path, options);
}

async function stat(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  return statCall(binding.stat, 'stat', path, options);
}

async function statfs(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  const bigint = !!(options && options.bigint);
  await call('statfs', path, undefined, (cb) => binding.statfs(path, bigint, cb));
  return getStatFsFromBinding(bigint ? binding.bigintStatfsValues : binding.statfsValues);
}

async function link(existingPath, newPath) {
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  return call('link', existingPath, newPath, (cb) => binding.link(existingPath, newPath, cb));
}

async function unlink(path) {
  path = getValidatedPath(path);
  return call('unlink', path, undefined, (cb) => binding.unlink(path, cb));
}

async function chmod(path, mode) {
  path = getValidatedPath(path);
  mode = parseFileMode(mode, 'mode');
  return call('chmod', path, undefined, (cb) => binding.chmod(path, mode, cb));
}

async function lchmod(path, mode) {
  throw new ERR_METHOD_NOT_IMPLEMENTED('lchmod()');
}

async function lchown(path, uid, gid) {
  path = getValidatedPath(path);
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
  return call('lchown', path, undefined, (cb) => binding.lchown(path, uid >>> 0, gid >>> 0, cb));
}

async function chown(path, uid, gid) {
  path = getValidatedPath(path);
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
  return call('chown', path, undefined, (cb) => binding.chown(path, uid >>> 0, gid >>> 0, cb));
}

async function utimes(path, atime, mtime) {
  path = getValidatedPath(path);
  atime = toUnixTimestamp(atime);
  mtime = toUnixTimestamp(mtime);
  return call('utime', path, undefined, (cb) => binding.utimes(path, atime, mtime, cb));
}

async function lutimes(path, atime, mtime) {
  path = getValidatedPath(path);
  atime = toUnixTimestamp(atime);
  mtime = toUnixTimestamp(mtime);
  return call('lutime', path, undefined, (cb) => binding.lutimes(path, atime, mtime, cb));
}

async function realpath(path, options) {
  return realpathPromise(path, options);
}

async function mkdtemp(prefix, options) {
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  const template = typeof prefix === 'string' ? `${prefix}XXXXXX` :
    lazyBuffer().concat([prefix, lazyBuffer().from('XXXXXX')]);
  const r = await callValue('mkdtemp', template, undefined,
                       (cb) => binding.mkdtemp(template, wantsBuffer(options.encoding), cb));
  return encodeName(r, options.encoding);
}

function watch(filename, options) {
  return require('./watchers').watchPromise(filename, options);
}

module.exports = {
  access,
  copyFile,
  cp,
  open,
  opendir,
  rename,
  truncate,
  rm,
  rmdir,
  mkdir,
  readdir,
  readlink,
  symlink,
  lstat,
  stat,
  statfs,
  link,
  unlink,
  chmod,
  lchmod,
  lchown,
  chown,
  utimes,
  lutimes,
  realpath,
  mkdtemp,
  writeFile,
  appendFile,
  readFile,
  watch,
  constants,
};

Object.defineProperty(module.exports, Symbol.for('mosaic.fs.FileHandle'), {
  __proto__: null,
  value: FileHandle,
  enumerable: false,
});

