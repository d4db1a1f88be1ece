'use strict';

// fs.ReadStream and fs.WriteStream on top of the `stream` builtin.
//
// Without a custom `options.fs`, the streams call the binding directly
// (no per-chunk argument re-validation); with one, they call its
// open/read/write/writev/close like Node does.

const stream = require('stream');
const { Readable, Writable, finished } = stream;
const errorOrDestroy = stream[Symbol.for('mosaic.stream.errorOrDestroy')];
const {
  lazyBuffer,
  errors: {
    codes: {
      ERR_INVALID_ARG_TYPE,
      ERR_OUT_OF_RANGE,
      ERR_METHOD_NOT_IMPLEMENTED,
      ERR_STREAM_DESTROYED,
    },
  },
  validators: { validateBoolean, validateFunction, validateInteger },
  fsError,
  getOptions,
  getValidatedFd,
  getValidatedPath,
  toPathIfFileURL,
  emitDeprecationOnce,
  bindToFrame,
} = require('./util');

const kFs = Symbol('kFs');
const kHandle = Symbol('kHandle');
const kIsPerformingIO = Symbol('kIsPerformingIO');
const kIoDone = Symbol('kIoDone');
const kReadAhead = Symbol('kReadAhead');
const kEmptyObject = Object.freeze({ __proto__: null });

let fsModule;
function publicFs() {
  if (fsModule === undefined) fsModule = require('../fs');
  return fsModule;
}

// The fs module's function `name` when someone has replaced it (as
// graceful-fs and mocks do: node's streams call fs.read & co. through the
// module), else undefined.
let originals;
function replacedFsFunction(name) {
  const fs = publicFs();
  if (originals === undefined) originals = fs[Symbol.for('mosaic.fs.internal')].originals;
  const fn = fs[name];
  return fn !== originals[name] ? fn : undefined;
}

// Calls the fs module's replacement of `name`, if there is one.
function callReplaced(name, args) {
  const replaced = replacedFsFunction(name);
  if (replaced === undefined) return false;
  Reflect.apply(replaced, undefined, args);
  return true;
}

// The default operations: straight to the binding, unless the fs module's
// function has been replaced.
const binaryOps = {
  open(path, flags, mode, cb) {
    publicFs().open(path, flags, mode, cb);
  },
  read(fd, buffer, offset, length, position, cb) {
    if (callReplaced('read', arguments)) return;
    cb = bindToFrame(cb);
    binding.read(fd, buffer, offset, length, position == null ? -1 : position, (st, n) => {
      if (st !== 0) cb(fsError(st, 'read'), 0, buffer);
      else cb(null, n, buffer);
    });
  },
  write(fd, buffer, offset, length, position, cb) {
    if (callReplaced('write', arguments)) return;
    cb = bindToFrame(cb);
    binding.write(fd, buffer, offset, length, position == null ? -1 : position, (st, n) => {
      if (st !== 0) cb(fsError(st, 'write'), 0, buffer);
      else cb(null, n, buffer);
    });
  },
  writev(fd, buffers, position, cb) {
    if (callReplaced('writev', arguments)) return;
    cb = bindToFrame(cb);
    binding.writev(fd, buffers, position == null ? -1 : position, (st, n) => {
      if (st !== 0) cb(fsError(st, 'write'), 0, buffers);
      else cb(null, n, buffers);
    });
  },
  close(fd, cb) {
    if (callReplaced('close', arguments)) return;
    cb = bindToFrame(cb);
    binding.close(fd, (st) => cb(st !== 0 ? fsError(st, 'close') : null));
  },
  fsync(fd, cb) {
    if (callReplaced('fsync', arguments)) return;
    cb = bindToFrame(cb);
    binding.fsync(fd, (st) => cb(st !== 0 ? fsError(st, 'fsync') : null));
  },
};

let FileHandleClass;
function isFileHandle(v) {
  if (FileHandleClass === undefined) {
    FileHandleClass = require('./promises')[Symbol.for('mosaic.fs.FileHandle')];
  }
  return v instanceof FileHandleClass;
}

// Operations on a FileHandle given as `fd`.
function fileHandleOps(handle) {
  return {
    open() {
      throw new ERR_METHOD_NOT_IMPLEMENTED('open()');
    },
    close(fd, cb) {
      handle.unref();
      handle.close().then(() => cb(), cb);
    },
    read(fd, buf, offset, length, pos, cb) {
      handle.read(buf, offset, length, pos).then(
        (r) => cb(null, r.bytesRead, r.buffer), (err) => cb(err, 0, buf));
    },
    write(fd, buf, offset, length, pos, cb) {
      handle.write(buf, offset, length, pos).then(
        (r) => cb(null, r.bytesWritten, r.buffer), (err) => cb(err, 0, buf));
    },
    writev(fd, buffers, pos, cb) {
      handle.writev(buffers, pos).then(
        (r) => cb(null, r.bytesWritten, r.buffers), (err) => cb(err, 0, buffers));
    },
    fsync(fd, cb) {
      handle.sync().then(() => cb(), cb);
    },
  };
}

function importFd(stream, options) {
  if (typeof options.fd === 'number') {
    stream[kFs] = options.fs ? stream[kFs] : binaryOps;
    return getValidatedFd(options.fd, 'options.fd');
  }
  if (isFileHandle(options.fd)) {
    if (options.fs) throw new ERR_METHOD_NOT_IMPLEMENTED('FileHandle with fs');
    const handle = options.fd;
    stream[kHandle] = handle;
    stream[kFs] = fileHandleOps(handle);
    handle.ref();
    handle.on('close', () => stream.close());
    return handle.fd;
  }
  throw new ERR_INVALID_ARG_TYPE('options.fd', ['number', 'FileHandle'], options.fd);
}

function checkCustomFs(stream, options, names) {
  if (!options.fs) {
    stream[kFs] = binaryOps;
    return;
  }
  const impl = options.fs;
  if (impl === null || typeof impl !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options.fs', 'object', impl);
  }
  for (const name of names) {
    if (impl[name] !== undefined || name !== 'writev') validateFunction(impl[name], `options.fs.${name}`);
  }
  const ops = {
    open: (...a) => impl.open(...a),
    close: (...a) => impl.close(...a),
    read: impl.read ? (...a) => impl.read(...a) : undefined,
    write: impl.write ? (...a) => impl.write(...a) : undefined,
    writev: typeof impl.writev === 'function' ? (...a) => impl.writev(...a) : undefined,
    fsync: typeof impl.fsync === 'function' ? (...a) => impl.fsync(...a) :
      (fd, cb) => publicFs().fsync(fd, cb),
  };
  stream[kFs] = ops;
}

// _construct: opens the file unless a descriptor was given.
function construct(callback) {
  const stream = this;
  if (typeof stream.fd === 'number') {
    callback();
    return;
  }
  if (stream.open !== openWriteFs && stream.open !== openReadFs) {
    // A subclass overrides open(): call it and wait for 'open' or 'error'.
    const orgEmit = stream.emit;
    stream.emit = function(...args) {
      if (args[0] === 'open') {
        this.emit = orgEmit;
        callback();
        Reflect.apply(orgEmit, this, args);
      } else if (args[0] === 'error') {
        this.emit = orgEmit;
        callback(args[1]);
      } else {
        Reflect.apply(orgEmit, this, args);
      }
    };
    stream.open();
    return;
  }
  stream[kFs].open(stream.path, stream.flags, stream.mode, (er, fd) => {
    if (er) {
      callback(er);
      return;
    }
    stream.fd = fd;
    callback();
    stream.emit('open', stream.fd);
    stream.emit('ready');
  });
}

function closeStream(stream, err, cb) {
  if (!stream.fd) {
    cb(err);
  } else if (stream.flush) {
    stream[kFs].fsync(stream.fd, (flushErr) => {
      closeFd(stream, err || flushErr, cb);
    });
  } else {
    closeFd(stream, err, cb);
  }
}

function closeFd(stream, err, cb) {
  const fd = stream.fd;
  stream.fd = null;
  stream[kFs].close(fd, (er) => cb(er || err));
}

// Own and inherited enumerable options, as node reads them.
function copyObject(source) {
  const target = {};
  for (const key in source) target[key] = source[key];
  return target;
}

function importPath(path) {
  return getValidatedPath(toPathIfFileURL(path));
}

// ---------------------------------------------------------------------------
// ReadStream

function ReadStream(path, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(path, options);
  options = copyObject(getOptions(options, kEmptyObject));
  if (options.highWaterMark === undefined) options.highWaterMark = 64 * 1024;
  checkCustomFs(this, options, ['open', 'read', 'close']);

  if (options.fd == null) {
    this.fd = null;
    this.path = importPath(path);
    this.flags = options.flags === undefined ? 'r' : options.flags;
    this.mode = options.mode === undefined ? 0o666 : options.mode;
  } else {
    this.fd = importFd(this, options);
  }
  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;

  this.start = options.start;
  this.end = options.end === undefined ? Infinity : options.end;
  this.pos = undefined;
  this.bytesRead = 0;
  this[kIsPerformingIO] = false;
  this[kReadAhead] = null;

  if (this.start !== undefined) {
    validateInteger(this.start, 'start', 0);
    this.pos = this.start;
  }
  if (this.end === null) this.end = Infinity;
  if (this.end !== Infinity) {
    validateInteger(this.end, 'end', 0);
    if (this.start !== undefined && this.start > this.end) {
      throw new ERR_OUT_OF_RANGE('start', `<= "end" (here: ${this.end})`, this.start);
    }
  }
  Reflect.apply(Readable, this, [options]);
}
Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
Object.setPrototypeOf(ReadStream, Readable);

Object.defineProperty(ReadStream.prototype, 'autoClose', {
  __proto__: null,
  get() {
    return this._readableState.autoDestroy;
  },
  set(val) {
    this._readableState.autoDestroy = val;
  },
  configurable: true,
});

function openReadFs() {
  emitDeprecationOnce('DEP0135', 'ReadStream.prototype.open() is deprecated');
}
ReadStream.prototype.open = openReadFs;
ReadStream.prototype._construct = construct;

// Read-ahead: with the built-in fs, one read(2) of up to two chunks fills
// the next chunk too, which _read then pushes without a trip through the
// thread pool (the hand-offs, not the copying, dominate 64 KiB reads). The
// chunks are still at most `n` bytes, bytesRead counts delivered bytes and
// `pos` is where the next read starts.
const kReadAheadMin = 16 * 1024;

ReadStream.prototype._read = function(n) {
  const ahead = this[kReadAhead];
  if (ahead !== null) {
    const chunk = ahead.length > n ? ahead.subarray(0, n) : ahead;
    this[kReadAhead] = ahead.length > n ? ahead.subarray(n) : null;
    this.bytesRead += chunk.length;
    this.push(chunk);
    return;
  }
  const left = this.pos !== undefined ?
    this.end - this.pos + 1 :
    this.end - this.bytesRead + 1;
  n = Math.min(left, n);
  if (n <= 0) {
    this.push(null);
    return;
  }
  const size = n >= kReadAheadMin && this[kFs] === binaryOps && replacedFsFunction('read') === undefined ?
    Math.min(left, 2 * n) : n;
  const buf = lazyBuffer().allocUnsafeSlow(size);
  this[kIsPerformingIO] = true;
  this[kFs].read(this.fd, buf, 0, size, this.pos, (er, bytesRead, b) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      this.emit(kIoDone, er);
      return;
    }
    if (er) {
      errorOrDestroy(this, er);
      return;
    }
    if (bytesRead > 0) {
      if (this.pos !== undefined) this.pos += bytesRead;
      let chunk = b || buf;
      if (bytesRead > n) {
        this[kReadAhead] = chunk.subarray(n, bytesRead);
        chunk = chunk.subarray(0, n);
      } else if (bytesRead !== chunk.length) {
        // Shrink to fit without keeping the whole allocation alive.
        const dst = lazyBuffer().allocUnsafeSlow(bytesRead);
        chunk.copy(dst, 0, 0, bytesRead);
        chunk = dst;
      }
      this.bytesRead += chunk.length;
      this.push(chunk);
    } else {
      this.push(null);
    }
  });
};

ReadStream.prototype._destroy = function(err, cb) {
  if (this[kIsPerformingIO]) {
    this.once(kIoDone, (er) => closeStream(this, err || er, cb));
  } else {
    closeStream(this, err, cb);
  }
};

ReadStream.prototype.close = function(cb) {
  if (typeof cb === 'function') finished(this, cb);
  this.destroy();
};

Object.defineProperty(ReadStream.prototype, 'pending', {
  __proto__: null,
  get() {
    return this.fd === null;
  },
  configurable: true,
});

// ---------------------------------------------------------------------------
// WriteStream

function WriteStream(path, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(path, options);
  options = copyObject(getOptions(options, kEmptyObject));
  // Only Buffers reach _write.
  options.decodeStrings = true;
  checkCustomFs(this, options, ['open', 'close', 'write', 'writev']);
  if (options.fs && typeof options.fs.write !== 'function' &&
      typeof options.fs.writev !== 'function') {
    validateFunction(options.fs.write, 'options.fs.write');
  }

  if (options.fd == null) {
    this.fd = null;
    this.path = importPath(path);
    this.flags = options.flags === undefined ? 'w' : options.flags;
    this.mode = options.mode === undefined ? 0o666 : options.mode;
  } else {
    this.fd = importFd(this, options);
  }
  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;

  if (options.flush == null) {
    this.flush = false;
  } else {
    validateBoolean(options.flush, 'options.flush');
    this.flush = options.flush;
  }

  this.start = options.start;
  this.pos = undefined;
  this.bytesWritten = 0;
  this[kIsPerformingIO] = false;
  if (this.start !== undefined) {
    validateInteger(this.start, 'start', 0);
    this.pos = this.start;
  }
  Reflect.apply(Writable, this, [options]);
  if (options.encoding) this.setDefaultEncoding(options.encoding);
}
Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(WriteStream, Writable);

Object.defineProperty(WriteStream.prototype, 'autoClose', {
  __proto__: null,
  get() {
    return this._writableState.autoDestroy;
  },
  set(val) {
    this._writableState.autoDestroy = val;
  },
  configurable: true,
});

function openWriteFs() {
  emitDeprecationOnce('DEP0135', 'WriteStream.prototype.open() is deprecated');
}
WriteStream.prototype.open = openWriteFs;
WriteStream.prototype._construct = construct;

function writeAll(data, size, pos, cb, retries = 0) {
  this[kFs].write(this.fd, data, 0, size, pos, (er, bytesWritten) => {
    if (er && er.code === 'EAGAIN') {
      er = null;
      bytesWritten = 0;
    }
    if (this.destroyed || er) {
      cb(er || new ERR_STREAM_DESTROYED('write'));
      return;
    }
    this.bytesWritten += bytesWritten;
    retries = bytesWritten ? 0 : retries + 1;
    size -= bytesWritten;
    pos += bytesWritten;
    if (retries > 5) {
      cb(new Error('writeAll: too many retries'));
    } else if (size) {
      writeAll.call(this, data.subarray(bytesWritten), size, pos, cb, retries);
    } else {
      cb();
    }
  });
}

function writevAll(chunks, size, pos, cb, retries = 0) {
  this[kFs].writev(this.fd, chunks, this.pos, (er, bytesWritten) => {
    if (er && er.code === 'EAGAIN') {
      er = null;
      bytesWritten = 0;
    }
    if (this.destroyed || er) {
      cb(er || new ERR_STREAM_DESTROYED('write'));
      return;
    }
    this.bytesWritten += bytesWritten;
    retries = bytesWritten ? 0 : retries + 1;
    size -= bytesWritten;
    pos += bytesWritten;
    if (retries > 5) {
      cb(new Error('writevAll: too many retries'));
    } else if (size) {
      // Drop what was written and go on with the rest.
      const rest = [];
      let skip = bytesWritten;
      for (const c of chunks) {
        if (skip >= c.length) {
          skip -= c.length;
          continue;
        }
        rest.push(skip > 0 ? c.subarray(skip) : c);
        skip = 0;
      }
      writevAll.call(this, rest, size, pos, cb, retries);
    } else {
      cb();
    }
  });
}

WriteStream.prototype._write = function(data, encoding, cb) {
  this[kIsPerformingIO] = true;
  writeAll.call(this, data, data.length, this.pos, (er) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      cb(er);
      return this.emit(kIoDone, er);
    }
    cb(er);
  });
  if (this.pos !== undefined) this.pos += data.length;
};

WriteStream.prototype._writev = function(data, cb) {
  const len = data.length;
  const chunks = new Array(len);
  let size = 0;
  for (let i = 0; i < len; i++) {
    const chunk = data[i].chunk;
    chunks[i] = chunk;
    size += chunk.length;
  }
  this[kIsPerformingIO] = true;
  writevAll.call(this, chunks, size, this.pos, (er) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      cb(er);
      return this.emit(kIoDone, er);
    }
    cb(er);
  });
  if (this.pos !== undefined) this.pos += size;
};

WriteStream.prototype._destroy = function(err, cb) {
  if (this[kIsPerformingIO]) {
    this.once(kIoDone, (er) => closeStream(this, err || er, cb));
  } else {
    closeStream(this, err, cb);
  }
};

WriteStream.prototype.close = function(cb) {
  if (cb) {
    if (this.closed) {
      process.nextTick(cb);
      return;
    }
    this.on('close', cb);
  }
  // With autoClose off, end() alone would never close the descriptor.
  if (!this.autoClose) this.on('finish', this.destroy);
  this.end();
};

// There is no shutdown() for files.
WriteStream.prototype.destroySoon = WriteStream.prototype.end;

Object.defineProperty(WriteStream.prototype, 'pending', {
  __proto__: null,
  get() {
    return this.fd === null;
  },
  configurable: true,
});

// Custom fs without writev: fall back to write for each chunk.
const origWritev = WriteStream.prototype._writev;
Object.defineProperty(WriteStream.prototype, '_writev', {
  __proto__: null,
  configurable: true,
  get() {
    return this[kFs] && this[kFs].writev === undefined ? null : origWritev;
  },
  set(v) {
    Object.defineProperty(this, '_writev', { __proto__: null, value: v, writable: true, configurable: true });
  },
});


module.exports = { ReadStream, WriteStream };
