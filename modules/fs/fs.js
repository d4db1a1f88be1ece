'use strict';

// The `fs` builtin: callback and synchronous forms of Node's file-system API
// on top of the plugin's native binding (see fs_common.h for its contract).
// Promises live in promises.js (lib/promises.js); streams, watchers, cp and
// Dir load lazily.

const {
  lazyBuffer,
  errors: {
    codes: {
      ERR_INVALID_ARG_TYPE,
      ERR_INVALID_ARG_VALUE,
      ERR_FS_INVALID_SYMLINK_TYPE,
    },
    AbortError,
  },
  validators: {
    validateBoolean,
    validateBuffer,
    validateEncoding,
    validateFunction,
    validateInteger,
    validateObject,
    validateString,
  },
  constants,
  kMaxUserId,
  fsError,
  syncCompoundError,
  getValidatedPath,
  getValidatedFd,
  stringToFlags,
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
  nativeEncoding,
  readKind,
  wantsBuffer,
  emitDeprecationOnce,
  parseFileMode,
} = require('./lib/util');
const {
  Stats,
  StatFs,
  Dirent,
  getStatsFromBinding,
  getStatFsFromBinding,
  S_IFMT,
  S_IFDIR,
} = require('./lib/stats');
const readdirImpl = require('./lib/readdir');
const realpathImpl = require('./lib/realpath');

const { F_OK, R_OK, W_OK, X_OK, O_WRONLY, O_SYNC, O_CREAT, O_TRUNC } = constants;
const kEmptyObject = Object.freeze({ __proto__: null });
const kReadFileDefaults = { flag: 'r' };
const kWriteFileDefaults = { encoding: 'utf8', mode: 0o666, flag: 'w', flush: false };
const kAppendFileDefaults = { encoding: 'utf8', mode: 0o666, flag: 'a' };

const statValues = binding.statValues;
const bigintStatValues = binding.bigintStatValues;

function isFdNumber(v) {
  // typeof first: `>>> 0` on a path string would parse it as a number.
  return typeof v === 'number' && v === (v >>> 0);
}

// ---------------------------------------------------------------------------
// Completion helpers: the binding calls back with (status, result).

function voidCallback(callback, syscall, path, dest) {
  return (status) => {
    if (status !== 0) callback(fsError(status, syscall, path, dest));
    else callback(null);
  };
}

function valueCallback(callback, syscall, path, dest) {
  return (status, result) => {
    if (status !== 0) callback(fsError(status, syscall, path, dest));
    else callback(null, result);
  };
}

function statsCallback(callback, syscall, path, bigint) {
  return (status) => {
    if (status !== 0) {
      callback(fsError(status, syscall, path));
      return;
    }
    callback(null, getStatsFromBinding(bigint ? bigintStatValues : statValues));
  };
}

// Sync: throws for a negative errno, else returns the result.
function check(rc, syscall, path, dest) {
  if (typeof rc === 'number' && rc < 0) throw fsError(rc, syscall, path, dest);
  return rc;
}

// ---------------------------------------------------------------------------
// access / exists

function access(path, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = F_OK;
  }
  path = getValidatedPath(path);
  callback = makeCallback(callback);
  mode = getValidMode(mode, 'access');
  binding.access(path, mode, voidCallback(callback, 'access', path));
}

function accessSync(path, mode) {
  path = getValidatedPath(path);
  mode = getValidMode(mode, 'access');
  check(binding.access(path, mode), 'access', path);
}

function exists(path, callback) {
  validateFunction(callback, 'cb');
  try {
    path = getValidatedPath(path);
  } catch {
    callback(false);
    return;
  }
  callback = bindToFrame(callback);
  binding.access(path, F_OK, (status) => callback(status === 0));
}

Object.defineProperty(exists, Symbol.for('nodejs.util.promisify.custom'), {
  __proto__: null,
  value: function exists(path) {
    return new Promise((resolve) => fs.exists(path, resolve));
  },
  enumerable: false,
  writable: false,
  configurable: true,
});

function existsSync(path) {
  try {
    path = getValidatedPath(path);
  } catch {
    return false;
  }
  return binding.access(path, F_OK) === 0;
}

// ---------------------------------------------------------------------------
// readFile / writeFile / appendFile

// Applies an encoding the binding could not produce itself. A Buffer given
// back for a utf8/latin1 request holds ASCII only (see fs_readfile.cc).
function decodeRead(result, encoding) {
  if (encoding == null || encoding === 'buffer' || typeof result === 'string') return result;
  if (readKind(encoding) === 1) return result.toString('latin1');
  return result.toString(encoding);
}

function readFile(path, options, callback) {
  callback = makeCallback(callback || options);
  options = getOptions(options, kReadFileDefaults);
  const isFd = isFdNumber(path);
  if (!isFd) path = getValidatedPath(path);
  const flags = stringToFlags(options.flag);
  const encoding = options.encoding;
  const signal = options.signal;
  if (signal && signal.aborted) {
    // Node reports an already-aborted signal synchronously.
    callback(new AbortError(undefined, { cause: signal.reason }));
    return;
  }
  binding.readFile(path, isFd, flags, readKind(encoding), (status, result) => {
    if (signal && signal.aborted) {
      callback(new AbortError(undefined, { cause: signal.reason }));
      return;
    }
    if (status !== 0) {
      callback(fsError(status, 'open', isFd ? undefined : path));
      return;
    }
    let out;
    try {
      out = decodeRead(result, encoding);
    } catch (err) {
      callback(err);
      return;
    }
    callback(null, out);
  });
}

// Small synchronous Buffer reads land here, then get copied into a pooled
// Buffer (cheaper than the binding creating a Buffer object).
let readScratch;

function readFileSync(path, options) {
  options = getOptions(options, kReadFileDefaults);
  const isFd = isFdNumber(path);
  if (!isFd) path = getValidatedPath(path);
  const encoding = options.encoding;
  const kind = readKind(encoding);
  if (kind === 0 && readScratch === undefined) readScratch = lazyBuffer().allocUnsafeSlow(64 * 1024);
  const r = binding.readFile(path, isFd, stringToFlags(options.flag), kind, undefined,
                             kind === 0 ? readScratch : undefined);
  if (typeof r === 'number') {
    if (r < 0) throw syncCompoundError(r);
    if (encoding != null && encoding !== 'buffer') return readScratch.toString(encoding, 0, r);
    const out = lazyBuffer().allocUnsafe(r);
    readScratch.copy(out, 0, 0, r);
    return out;
  }
  return decodeRead(r, encoding);
}

function validateData(data, name = 'data') {
  if (!isArrayBufferView(data) && typeof data !== 'string') {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
}

// [payload, encodingCode] for the binding's writeFile.
function writePayload(data, encoding) {
  if (typeof data !== 'string') return [data, 0];
  const code = nativeEncoding(encoding || 'utf8');
  if (code !== -1) return [data, code];
  return [lazyBuffer().from(data, encoding), 0];
}

function writeFile(path, data, options, callback) {
  callback = makeCallback(callback || options);
  options = getOptions(options, kWriteFileDefaults);
  const flag = options.flag || 'w';
  const flush = options.flush ?? false;
  validateBoolean(flush, 'options.flush');
  validateData(data);
  const isFd = isFdNumber(path);
  if (!isFd) path = getValidatedPath(path, 'path');
  const flags = stringToFlags(flag);
  const mode = parseFileMode(options.mode, 'mode', 0o666);
  const signal = options.signal;
  if (signal && signal.aborted) {
    callback(new AbortError(undefined, { cause: signal.reason }));
    return;
  }
  const [payload, enc] = writePayload(data, options.encoding);
  binding.writeFile(path, isFd, payload, enc, flags, mode, flush, (status) => {
    if (status !== 0) {
      callback(fsError(status, 'open', isFd ? undefined : path));
      return;
    }
    if (signal && signal.aborted) {
      callback(new AbortError(undefined, { cause: signal.reason }));
      return;
    }
    callback(null);
  });
}

function writeFileSync(path, data, options) {
  options = getOptions(options, kWriteFileDefaults);
  const flush = options.flush ?? false;
  validateBoolean(flush, 'options.flush');
  validateData(data);
  const isFd = isFdNumber(path);
  if (!isFd) path = getValidatedPath(path);
  const flags = stringToFlags(options.flag || 'w');
  const mode = parseFileMode(options.mode, 'mode', 0o666);
  const [payload, enc] = writePayload(data, options.encoding);
  const rc = binding.writeFile(path, isFd, payload, enc, flags, mode, flush);
  if (rc < 0) throw syncCompoundError(rc);
}

function appendOptions(path, options) {
  options = getOptions(options, kAppendFileDefaults);
  options = { ...options };
  if (!options.flag || isFdNumber(path)) options.flag = 'a';
  return options;
}

function appendFile(path, data, options, callback) {
  callback = makeCallback(callback || options);
  writeFile(path, data, appendOptions(path, options), callback);
}

function appendFileSync(path, data, options) {
  writeFileSync(path, data, appendOptions(path, options));
}

// ---------------------------------------------------------------------------
// open / close / read / write

function open(path, flags, mode, callback) {
  path = getValidatedPath(path);
  if (arguments.length < 3) {
    callback = flags;
    flags = 'r';
    mode = 0o666;
  } else if (typeof mode === 'function') {
    callback = mode;
    mode = 0o666;
  } else {
    mode = parseFileMode(mode, 'mode', 0o666);
  }
  const flagsNumber = stringToFlags(flags);
  callback = makeCallback(callback);
  binding.open(path, flagsNumber, mode, valueCallback(callback, 'open', path));
}

function openSync(path, flags, mode) {
  path = getValidatedPath(path);
  const flagsNumber = stringToFlags(flags);
  mode = parseFileMode(mode, 'mode', 0o666);
  return check(binding.open(path, flagsNumber, mode), 'open', path);
}

function defaultCloseCallback(err) {
  if (err != null) throw err;
}

function close(fd, callback = defaultCloseCallback) {
  fd = getValidatedFd(fd);
  if (callback !== defaultCloseCallback) callback = makeCallback(callback);
  binding.close(fd, voidCallback(callback, 'close'));
}

function closeSync(fd) {
  fd = getValidatedFd(fd);
  check(binding.close(fd), 'close');
}

// position for writes: a safe integer, else -1 ("current position"), as
// Node's binding takes it.
function toWritePosition(position) {
  return typeof position === 'number' && Number.isSafeInteger(position) ? position : -1;
}

// position for the binding: -1 means "current position".
function toPosition(position) {
  if (position == null) return -1;
  if (typeof position === 'bigint') return position;
  if (typeof position === 'number' && Number.isSafeInteger(position)) return position;
  return -1;
}

function read(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  let params = null;
  if (arguments.length <= 4) {
    if (arguments.length === 4) {
      // read(fd, buffer, options, callback)
      validateObject(offsetOrOptions, 'options', { nullable: true });
      callback = length;
      params = offsetOrOptions;
    } else if (arguments.length === 3) {
      // read(fd, bufferOrParams, callback)
      if (!isArrayBufferView(buffer)) {
        params = buffer;
        ({ buffer = lazyBuffer().alloc(16384) } = params ?? kEmptyObject);
      }
      callback = offsetOrOptions;
    } else {
      // read(fd, callback)
      callback = buffer;
      buffer = lazyBuffer().alloc(16384);
    }
    if (params !== undefined) validateObject(params, 'options', { nullable: true });
    ({
      offset = 0,
      length = buffer?.byteLength - offset,
      position = null,
    } = params ?? kEmptyObject);
  }
  validateBuffer(buffer);
  callback = makeCallback(callback);
  if (offset == null) {
    offset = 0;
  } else {
    validateInteger(offset, 'offset', 0);
  }
  length |= 0;
  if (length === 0) {
    process.nextTick(callback, null, 0, buffer);
    return;
  }
  if (buffer.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position == null) position = -1;
  validatePosition(position, 'position', length);
  binding.read(fd, buffer, offset, length, position, (status, bytesRead) => {
    if (status !== 0) callback(fsError(status, 'read'), 0, buffer);
    else callback(null, bytesRead, buffer);
  });
}

// util.promisify(fs.read) resolves with { bytesRead, buffer } (Mosaic's
// util reads the result names from this symbol).
const kCustomPromisifyArgs = Symbol.for('mosaic.util.promisify.customArgs');
Object.defineProperty(read, kCustomPromisifyArgs, {
  __proto__: null, value: ['bytesRead', 'buffer'], enumerable: false,
});

function readSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  validateBuffer(buffer);
  let offset = offsetOrOptions;
  if (arguments.length <= 3 || typeof offsetOrOptions === 'object') {
    if (offsetOrOptions !== undefined) {
      validateObject(offsetOrOptions, 'options', { nullable: true });
    }
    ({
      offset = 0,
      length = buffer.byteLength - offset,
      position = null,
    } = offsetOrOptions ?? kEmptyObject);
  }
  if (offset === undefined) {
    offset = 0;
  } else {
    validateInteger(offset, 'offset', 0);
  }
  length |= 0;
  if (length === 0) return 0;
  if (buffer.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position == null) position = -1;
  validatePosition(position, 'position', length);
  return check(binding.read(fd, buffer, offset, length, position), 'read');
}

function validateStringAfterArrayBufferView(buffer, name) {
  if (typeof buffer !== 'string') {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
  }
}

function writeStringBinding(fd, str, position, encoding, cb) {
  const code = nativeEncoding(encoding);
  if (code !== -1) return binding.writeString(fd, str, position, code, cb);
  const buf = lazyBuffer().from(str, encoding);
  return binding.write(fd, buf, 0, buf.length, position, cb);
}

function write(fd, buffer, offsetOrOptions, length, position, callback) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  if (isArrayBufferView(buffer)) {
    callback = makeCallback(callback || position || length || offset);
    if (offset != null && typeof offset === 'object') {
      ({
        offset = 0,
        length = buffer.byteLength - offset,
        position = null,
      } = offsetOrOptions ?? kEmptyObject);
    }
    if (offset == null || typeof offset === 'function') {
      offset = 0;
    } else {
      validateInteger(offset, 'offset', 0);
    }
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number') position = null;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    binding.write(fd, buffer, offset, length, toWritePosition(position), (status, written) => {
      if (status !== 0) callback(fsError(status, 'write'), 0, buffer);
      else callback(null, written, buffer);
    });
    return;
  }
  validateStringAfterArrayBufferView(buffer, 'buffer');
  if (typeof position !== 'function') {
    if (typeof offset === 'function') {
      position = offset;
      offset = null;
    } else {
      position = length;
    }
    length = 'utf8';
  }
  const str = buffer;
  validateEncoding(str, length);
  callback = makeCallback(position);
  writeStringBinding(fd, str, toWritePosition(offset), length, (status, written) => {
    if (status !== 0) callback(fsError(status, 'write'), 0, str);
    else callback(null, written, str);
  });
}

Object.defineProperty(write, kCustomPromisifyArgs, {
  __proto__: null, value: ['bytesWritten', 'buffer'], enumerable: false,
});

function writeSync(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  if (isArrayBufferView(buffer)) {
    if (offset != null && typeof offset === 'object') {
      ({
        offset = 0,
        length = buffer.byteLength - offset,
        position = null,
      } = offsetOrOptions ?? kEmptyObject);
    }
    if (position === undefined) position = null;
    if (offset == null) {
      offset = 0;
    } else {
      validateInteger(offset, 'offset', 0);
    }
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    return check(binding.write(fd, buffer, offset, length, toWritePosition(position)), 'write');
  }
  validateStringAfterArrayBufferView(buffer, 'buffer');
  validateEncoding(buffer, length);
  return check(writeStringBinding(fd, buffer, toWritePosition(offset), length), 'write');
}

function readv(fd, buffers, position, callback) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  callback = makeCallback(callback || position);
  if (typeof position !== 'number') position = null;
  binding.readv(fd, buffers, toPosition(position), (status, n) => {
    if (status !== 0) callback(fsError(status, 'read'), 0, buffers);
    else callback(null, n, buffers);
  });
}

function readvSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  if (typeof position !== 'number') position = null;
  return check(binding.readv(fd, buffers, toPosition(position)), 'read');
}

function writev(fd, buffers, position, callback) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  callback = makeCallback(callback || position);
  if (buffers.length === 0) {
    process.nextTick(callback, null, 0, buffers);
    return;
  }
  if (typeof position !== 'number') position = null;
  binding.writev(fd, buffers, toWritePosition(position), (status, n) => {
    if (status !== 0) callback(fsError(status, 'write'), 0, buffers);
    else callback(null, n, buffers);
  });
}

function writevSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  if (buffers.length === 0) return 0;
  if (typeof position !== 'number') position = null;
  return check(binding.writev(fd, buffers, toWritePosition(position)), 'write');
}

Object.defineProperty(readv, kCustomPromisifyArgs, {
  __proto__: null, value: ['bytesRead', 'buffers'], enumerable: false,
});
Object.defineProperty(writev, kCustomPromisifyArgs, {
  __proto__: null, value: ['bytesWritten', 'buffers'], enumerable: false,
});

// ---------------------------------------------------------------------------
// Paths: rename, truncate, link, unlink, rmdir, rm, mkdir, ...

function rename(oldPath, newPath, callback) {
  callback = makeCallback(callback);
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.rename(oldPath, newPath, voidCallback(callback, 'rename', oldPath, newPath));
}

function renameSync(oldPath, newPath) {
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  check(binding.rename(oldPath, newPath), 'rename', oldPath, newPath);
}

function truncate(path, len, callback) {
  if (typeof path === 'number') {
    emitDeprecationOnce('DEP0081', 'Using fs.truncate with a file descriptor is deprecated.' +
                        ' Please use fs.ftruncate with a file descriptor instead.');
    return ftruncate(path, len, callback);
  }
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  } else if (len === undefined) {
    len = 0;
  }
  validateInteger(len, 'len');
  len = Math.max(0, len);
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.open(path, constants.O_RDWR, 0o666, (status, fd) => {
    if (status !== 0) {
      callback(fsError(status, 'open', path));
      return;
    }
    binding.ftruncate(fd, len, (st1) => {
      binding.close(fd, (st2) => {
        if (st1 !== 0) callback(fsError(st1, 'ftruncate'));
        else if (st2 !== 0) callback(fsError(st2, 'close'));
        else callback(null);
      });
    });
  });
}

function truncateSync(path, len) {
  if (typeof path === 'number') {
    emitDeprecationOnce('DEP0081', 'Using fs.truncate with a file descriptor is deprecated.' +
                        ' Please use fs.ftruncate with a file descriptor instead.');
    return ftruncateSync(path, len);
  }
  if (len === undefined) len = 0;
  const fd = openSync(path, 'r+');
  try {
    ftruncateSync(fd, len);
  } finally {
    closeSync(fd);
  }
}

function ftruncate(fd, len = 0, callback) {
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  }
  fd = getValidatedFd(fd);
  validateInteger(len, 'len');
  len = Math.max(0, len);
  callback = makeCallback(callback);
  binding.ftruncate(fd, len, voidCallback(callback, 'ftruncate'));
}

function ftruncateSync(fd, len = 0) {
  fd = getValidatedFd(fd);
  validateInteger(len, 'len');
  len = Math.max(0, len);
  check(binding.ftruncate(fd, len), 'ftruncate');
}

function link(existingPath, newPath, callback) {
  callback = makeCallback(callback);
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.link(existingPath, newPath, voidCallback(callback, 'link', existingPath, newPath));
}

function linkSync(existingPath, newPath) {
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  check(binding.link(existingPath, newPath), 'link', existingPath, newPath);
}

function unlink(path, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.unlink(path, voidCallback(callback, 'unlink', path));
}

function unlinkSync(path) {
  path = getValidatedPath(path);
  check(binding.unlink(path), 'unlink', path);
}

function emitRecursiveRmdirWarning() {
  emitDeprecationOnce('DEP0147', 'In future versions of Node.js, fs.rmdir(path, ' +
                      '{ recursive: true }) will be removed. Use fs.rm(path, ' +
                      '{ recursive: true }) instead');
}

function rmdirOptions(options) {
  if (options === undefined) return validateRmOptionsShape(undefined, true);
  validateObject(options, 'options');
  return validateRmOptionsShape(options, true);
}

function rmdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  if (options?.recursive) {
    emitRecursiveRmdirWarning();
    const opts = rmdirOptions(options);
    binding.lstat(path, false, (status) => {
      if (status !== 0) {
        callback(fsError(status, 'lstat', path));
        return;
      }
      if ((statValues[1] & S_IFMT) !== S_IFDIR) {
        binding.rmdir(path, voidCallback(callback, 'rmdir', path));
        return;
      }
      binding.rm(path, true, false, opts.maxRetries, opts.retryDelay, (st) => {
        if (st !== 0) callback(fsError(st));
        else callback(null);
      });
    });
    return;
  }
  rmdirOptions(options);
  binding.rmdir(path, voidCallback(callback, 'rmdir', path));
}

function rmdirSync(path, options) {
  path = getValidatedPath(path);
  if (options?.recursive) {
    emitRecursiveRmdirWarning();
    const opts = rmdirOptions(options);
    check(binding.lstat(path, false), 'lstat', path);
    if ((statValues[1] & S_IFMT) === S_IFDIR) {
      const rc = binding.rm(path, true, false, opts.maxRetries, opts.retryDelay);
      if (rc < 0) throw syncCompoundError(rc);
      return;
    }
  } else {
    rmdirOptions(options);
  }
  check(binding.rmdir(path), 'rmdir', path);
}

function rmOptions(options) {
  if (options !== undefined) validateObject(options, 'options');
  return validateRmOptionsShape(options, false);
}

function rm(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  path = getValidatedPath(path);
  const opts = rmOptions(options);
  callback = makeCallback(callback);
  binding.rm(path, opts.recursive, opts.force, opts.maxRetries, opts.retryDelay, (st) => {
    if (st !== 0) callback(fsError(st));
    else callback(null);
  });
}

function rmSync(path, options) {
  path = getValidatedPath(path);
  const opts = rmOptions(options);
  const rc = binding.rm(path, opts.recursive, opts.force, opts.maxRetries, opts.retryDelay);
  if (rc < 0) throw syncCompoundError(rc);
}

function mkdirArgs(options) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = parseFileMode(options, 'mode');
  } else if (options) {
    if (options.recursive !== undefined) recursive = options.recursive;
    if (options.mode !== undefined) mode = parseFileMode(options.mode, 'mode');
  }
  return { mode, recursive };
}

function mkdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  const { mode, recursive } = mkdirArgs(options);
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  validateBoolean(recursive, 'options.recursive');
  if (recursive) {
    binding.mkdirp(path, mode, (status, first) => {
      if (status !== 0) callback(fsError(status, 'mkdir', path));
      else if (first === undefined) callback(null);
      else callback(null, first);
    });
  } else {
    binding.mkdir(path, mode, voidCallback(callback, 'mkdir', path));
  }
}

function mkdirSync(path, options) {
  const { mode, recursive } = mkdirArgs(options);
  path = getValidatedPath(path);
  validateBoolean(recursive, 'options.recursive');
  if (recursive) {
    const r = binding.mkdirp(path, mode);
    if (typeof r === 'number') throw fsError(r, 'mkdir', path);
    return r;
  }
  check(binding.mkdir(path, mode), 'mkdir', path);
}

function readdirOptions(options) {
  options = getOptions(options);
  if (options.recursive != null) validateBoolean(options.recursive, 'options.recursive');
  return options;
}

function readdir(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = readdirOptions(options);
  path = getValidatedPath(path);
  readdirImpl.readdir(path, options, callback);
}

function readdirSync(path, options) {
  options = readdirOptions(options);
  path = getValidatedPath(path);
  return readdirImpl.readdirSync(path, options);
}

// ---------------------------------------------------------------------------
// stat family

function stat(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  const bigint = !!options.bigint;
  binding.stat(path, bigint, statsCallback(callback, 'stat', path, bigint));
}

function lstat(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  const bigint = !!options.bigint;
  binding.lstat(path, bigint, statsCallback(callback, 'lstat', path, bigint));
}

function fstat(fd, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  fd = getValidatedFd(fd);
  callback = makeCallback(callback);
  const bigint = !!options.bigint;
  binding.fstat(fd, bigint, statsCallback(callback, 'fstat', undefined, bigint));
}

function statSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  path = getValidatedPath(path);
  const bigint = !!options.bigint;
  const rc = binding.stat(path, bigint);
  if (rc !== 0) {
    if (rc === -2 && options.throwIfNoEntry === false) return undefined;
    throw fsError(rc, 'stat', path);
  }
  return getStatsFromBinding(bigint ? bigintStatValues : statValues);
}

function lstatSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  path = getValidatedPath(path);
  const bigint = !!options.bigint;
  const rc = binding.lstat(path, bigint);
  if (rc !== 0) {
    if (rc === -2 && options.throwIfNoEntry === false) return undefined;
    throw fsError(rc, 'lstat', path);
  }
  return getStatsFromBinding(bigint ? bigintStatValues : statValues);
}

function fstatSync(fd, options = { bigint: false }) {
  fd = getValidatedFd(fd);
  const bigint = !!options.bigint;
  check(binding.fstat(fd, bigint), 'fstat');
  return getStatsFromBinding(bigint ? bigintStatValues : statValues);
}

function statfs(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  const bigint = !!options.bigint;
  binding.statfs(path, bigint, (status) => {
    if (status !== 0) callback(fsError(status, 'statfs', path));
    else callback(null, getStatFsFromBinding(bigint ? binding.bigintStatfsValues : binding.statfsValues));
  });
}

function statfsSync(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  const bigint = !!options.bigint;
  check(binding.statfs(path, bigint), 'statfs', path);
  return getStatFsFromBinding(bigint ? binding.bigintStatfsValues : binding.statfsValues);
}

// ---------------------------------------------------------------------------
// links

function readlink(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  path = getValidatedPath(path, 'oldPath');
  const enc = options.encoding;
  binding.readlink(path, wantsBuffer(enc), (status, r) => {
    if (status !== 0) callback(fsError(status, 'readlink', path));
    else callback(null, encodeName(r, enc));
  });
}

function readlinkSync(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path, 'oldPath');
  const r = check(binding.readlink(path, wantsBuffer(options.encoding)), 'readlink', path);
  return encodeName(r, options.encoding);
}

function encodeName(r, enc) {
  if (typeof r === 'string' || enc === 'buffer' || enc == null) return r;
  return r.toString(enc);
}

function symlinkFlags(type) {
  if (type == null || type === 'file') return 0;
  if (type === 'dir') return constants.UV_FS_SYMLINK_DIR;
  if (type === 'junction') return constants.UV_FS_SYMLINK_JUNCTION;
  throw new ERR_FS_INVALID_SYMLINK_TYPE(type);
}

function symlink(target, path, type_, callback_) {
  const type = (typeof type_ === 'string' ? type_ : null);
  const callback = makeCallback(arguments[arguments.length - 1]);
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  const flags = symlinkFlags(type);
  binding.symlink(target, path, flags, voidCallback(callback, 'symlink', target, path));
}

function symlinkSync(target, path, type) {
  type = (typeof type === 'string' ? type : null);
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  const flags = symlinkFlags(type);
  check(binding.symlink(target, path, flags), 'symlink', target, path);
}

// ---------------------------------------------------------------------------
// permissions, owners, times, sync

function chmod(path, mode, callback) {
  path = getValidatedPath(path);
  mode = parseFileMode(mode, 'mode');
  callback = makeCallback(callback);
  binding.chmod(path, mode, voidCallback(callback, 'chmod', path));
}

function chmodSync(path, mode) {
  path = getValidatedPath(path);
  mode = parseFileMode(mode, 'mode');
  check(binding.chmod(path, mode), 'chmod', path);
}

function fchmod(fd, mode, callback) {
  fd = getValidatedFd(fd);
  mode = parseFileMode(mode, 'mode');
  callback = makeCallback(callback);
  binding.fchmod(fd, mode, voidCallback(callback, 'fchmod'));
}

function fchmodSync(fd, mode) {
  fd = getValidatedFd(fd);
  mode = parseFileMode(mode, 'mode');
  check(binding.fchmod(fd, mode), 'fchmod');
}

function validateIds(uid, gid) {
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
}

function chown(path, uid, gid, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  validateIds(uid, gid);
  binding.chown(path, uid >>> 0, gid >>> 0, voidCallback(callback, 'chown', path));
}

function chownSync(path, uid, gid) {
  path = getValidatedPath(path);
  validateIds(uid, gid);
  check(binding.chown(path, uid >>> 0, gid >>> 0), 'chown', path);
}

function lchown(path, uid, gid, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  validateIds(uid, gid);
  binding.lchown(path, uid >>> 0, gid >>> 0, voidCallback(callback, 'lchown', path));
}

function lchownSync(path, uid, gid) {
  path = getValidatedPath(path);
  validateIds(uid, gid);
  check(binding.lchown(path, uid >>> 0, gid >>> 0), 'lchown', path);
}

function fchown(fd, uid, gid, callback) {
  fd = getValidatedFd(fd);
  validateIds(uid, gid);
  callback = makeCallback(callback);
  binding.fchown(fd, uid >>> 0, gid >>> 0, voidCallback(callback, 'fchown'));
}

function fchownSync(fd, uid, gid) {
  fd = getValidatedFd(fd);
  validateIds(uid, gid);
  check(binding.fchown(fd, uid >>> 0, gid >>> 0), 'fchown');
}

function utimes(path, atime, mtime, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.utimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime),
                 voidCallback(callback, 'utime', path));
}

function utimesSync(path, atime, mtime) {
  path = getValidatedPath(path);
  check(binding.utimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime)), 'utime', path);
}

function lutimes(path, atime, mtime, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.lutimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime),
                  voidCallback(callback, 'lutime', path));
}

function lutimesSync(path, atime, mtime) {
  path = getValidatedPath(path);
  check(binding.lutimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime)), 'lutime', path);
}

function futimes(fd, atime, mtime, callback) {
  fd = getValidatedFd(fd);
  atime = toUnixTimestamp(atime, 'atime');
  mtime = toUnixTimestamp(mtime, 'mtime');
  callback = makeCallback(callback);
  binding.futimes(fd, atime, mtime, voidCallback(callback, 'futime'));
}

function futimesSync(fd, atime, mtime) {
  fd = getValidatedFd(fd);
  atime = toUnixTimestamp(atime, 'atime');
  mtime = toUnixTimestamp(mtime, 'mtime');
  check(binding.futimes(fd, atime, mtime), 'futime');
}

function fsync(fd, callback) {
  fd = getValidatedFd(fd);
  callback = makeCallback(callback);
  binding.fsync(fd, voidCallback(callback, 'fsync'));
}

function fsyncSync(fd) {
  fd = getValidatedFd(fd);
  check(binding.fsync(fd), 'fsync');
}

function fdatasync(fd, callback) {
  fd = getValidatedFd(fd);
  callback = makeCallback(callback);
  binding.fdatasync(fd, voidCallback(callback, 'fdatasync'));
}

function fdatasyncSync(fd) {
  fd = getValidatedFd(fd);
  check(binding.fdatasync(fd), 'fdatasync');
}

// ---------------------------------------------------------------------------
// copy, temp dirs

function copyFile(src, dest, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = 0;
  }
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  callback = makeCallback(callback);
  mode = getValidMode(mode, 'copyFile');
  binding.copyFile(src, dest, mode, voidCallback(callback, 'copyfile', src, dest));
}

function copyFileSync(src, dest, mode) {
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  mode = getValidMode(mode, 'copyFile');
  check(binding.copyFile(src, dest, mode), 'copyfile', src, dest);
}

function warnOnNonPortableTemplate(template) {
  if (typeof template === 'string' ? template.endsWith('X') :
    template.length > 0 && template[template.length - 1] === 0x58) {
    process.emitWarning('mkdtemp() templates ending with X are not portable. ' +
                        'For details see: https://nodejs.org/api/fs.html');
  }
}

function mkdtempTemplate(prefix) {
  prefix = getValidatedPath(prefix, 'prefix');
  warnOnNonPortableTemplate(prefix);
  if (typeof prefix === 'string') return `${prefix}XXXXXX`;
  return lazyBuffer().concat([prefix, lazyBuffer().from('XXXXXX')]);
}

function mkdtemp(prefix, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  const template = mkdtempTemplate(prefix);
  const enc = options.encoding;
  binding.mkdtemp(template, wantsBuffer(enc), (status, r) => {
    if (status !== 0) callback(fsError(status, 'mkdtemp', template));
    else callback(null, encodeName(r, enc));
  });
}

function mkdtempSync(prefix, options) {
  options = getOptions(options);
  const template = mkdtempTemplate(prefix);
  const r = check(binding.mkdtemp(template, wantsBuffer(options.encoding)), 'mkdtemp', template);
  return encodeName(r, options.encoding);
}

// ---------------------------------------------------------------------------
// Lazily loaded parts

let dirModule;
function lazyDir() {
  if (dirModule === undefined) dirModule = require('./lib/dir');
  return dirModule;
}

let watchers;
function lazyWatchers() {
  if (watchers === undefined) watchers = require('./lib/watchers');
  return watchers;
}

let streams;
function lazyStreams() {
  if (streams === undefined) streams = require('./lib/streams');
  return streams;
}

let cpModule;
function lazyCp() {
  if (cpModule === undefined) cpModule = require('./lib/cp');
  return cpModule;
}

let promises;
function lazyPromises() {
  if (promises === undefined) promises = require('./lib/promises');
  return promises;
}

function opendir(path, options, callback) {
  return lazyDir().opendir(path, options, callback);
}

function opendirSync(path, options) {
  return lazyDir().opendirSync(path, options);
}

function cp(src, dest, options, callback) {
  return lazyCp().cp(src, dest, options, callback);
}

function cpSync(src, dest, options) {
  return lazyCp().cpSync(src, dest, options);
}

function watch(filename, options, listener) {
  return lazyWatchers().watch(filename, options, listener);
}

function watchFile(filename, options, listener) {
  return lazyWatchers().watchFile(filename, options, listener);
}

function unwatchFile(filename, listener) {
  return lazyWatchers().unwatchFile(filename, listener);
}

function createReadStream(path, options) {
  const { ReadStream } = lazyStreams();
  return new ReadStream(path, options);
}

function createWriteStream(path, options) {
  const { WriteStream } = lazyStreams();
  return new WriteStream(path, options);
}

function openAsBlob(path, options = kEmptyObject) {
  validateObject(options, 'options');
  const type = options.type || '';
  validateString(type, 'options.type');
  path = getValidatedPath(path);
  const { Blob } = require('buffer');
  return lazyPromises().readFile(path).then((data) => new Blob([data], { type }));
}

const realpathSync = realpathImpl.realpathSync;
const realpath = realpathImpl.realpath;
realpathSync.native = realpathImpl.realpathSyncNative;
realpath.native = realpathImpl.realpathNative;

// ---------------------------------------------------------------------------

const fs = module.exports = {
  appendFile,
  appendFileSync,
  access,
  accessSync,
  chown,
  chownSync,
  chmod,
  chmodSync,
  close,
  closeSync,
  copyFile,
  copyFileSync,
  cp,
  cpSync,
  createReadStream,
  createWriteStream,
  exists,
  existsSync,
  fchown,
  fchownSync,
  fchmod,
  fchmodSync,
  fdatasync,
  fdatasyncSync,
  fstat,
  fstatSync,
  fsync,
  fsyncSync,
  ftruncate,
  ftruncateSync,
  futimes,
  futimesSync,
  lchown,
  lchownSync,
  lchmod: undefined,
  lchmodSync: undefined,
  link,
  linkSync,
  lstat,
  lstatSync,
  lutimes,
  lutimesSync,
  mkdir,
  mkdirSync,
  mkdtemp,
  mkdtempSync,
  open,
  openSync,
  openAsBlob,
  readdir,
  readdirSync,
  read,
  readSync,
  readv,
  readvSync,
  readFile,
  readFileSync,
  readlink,
  readlinkSync,
  realpath,
  realpathSync,
  rename,
  renameSync,
  rm,
  rmSync,
  rmdir,
  rmdirSync,
  stat,
  statfs,
  statSync,
  statfsSync,
  symlink,
  symlinkSync,
  truncate,
  truncateSync,
  unwatchFile,
  unlink,
  unlinkSync,
  utimes,
  utimesSync,
  watch,
  watchFile,
  writeFile,
  writeFileSync,
  write,
  writeSync,
  writev,
  writevSync,
  Dirent,
  Stats,

  get ReadStream() {
    return lazyStreams().ReadStream;
  },
  set ReadStream(val) {
    lazyStreams().ReadStream = val;
  },
  get WriteStream() {
    return lazyStreams().WriteStream;
  },
  set WriteStream(val) {
    lazyStreams().WriteStream = val;
  },
  // Legacy names for the same classes.
  get FileReadStream() {
    return lazyStreams().ReadStream;
  },
  set FileReadStream(val) {
    lazyStreams().ReadStream = val;
  },
  get FileWriteStream() {
    return lazyStreams().WriteStream;
  },
  set FileWriteStream(val) {
    lazyStreams().WriteStream = val;
  },

  _toUnixTimestamp: toUnixTimestamp,
};

Object.defineProperties(fs, {
  Dir: {
    __proto__: null,
    enumerable: true,
    configurable: true,
    get() { return lazyDir().Dir; },
  },
  opendir: { __proto__: null, enumerable: true, configurable: true, writable: true, value: opendir },
  opendirSync: {
    __proto__: null, enumerable: true, configurable: true, writable: true, value: opendirSync,
  },
  F_OK: { __proto__: null, enumerable: true, value: F_OK || 0 },
  R_OK: { __proto__: null, enumerable: true, value: R_OK || 0 },
  W_OK: { __proto__: null, enumerable: true, value: W_OK || 0 },
  X_OK: { __proto__: null, enumerable: true, value: X_OK || 0 },
  constants: {
    __proto__: null,
    configurable: false,
    enumerable: true,
    value: constants,
  },
  promises: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() { return lazyPromises(); },
  },
});

// Not part of the public API: shared with the plugin's other files.
Object.defineProperty(fs, Symbol.for('mosaic.fs.internal'), {
  __proto__: null,
  enumerable: false,
  // `originals`: the functions as this module made them, for the streams
  // to tell whether someone (graceful-fs, a mock) has replaced them.
  value: { O_WRONLY, O_SYNC, O_CREAT, O_TRUNC, StatFs, originals: { close, read, write, writev, fsync } },
});
