'use strict';

// fs.Dir (opendir): reads a directory a batch of entries at a time.

const {
  lazyBuffer,
  errors: {
    codes: { ERR_DIR_CLOSED, ERR_DIR_CONCURRENT_OPERATION, ERR_MISSING_ARGS },
  },
  validators: { validateFunction, validateUint32 },
  fsError,
  getOptions,
  getValidatedPath,
  wantsBuffer,
} = require('./util');
const { direntsSync, direntsAsync } = require('./readdir');

const kHandle = Symbol('kDirHandle');
const kPath = Symbol('kDirPath');
const kBuffered = Symbol('kDirBufferedEntries');
const kClosed = Symbol('kDirClosed');
const kOptions = Symbol('kDirOptions');
const kQueue = Symbol('kDirOperationQueue');

class Dir {
  constructor(handle, path, options) {
    if (handle == null) throw new ERR_MISSING_ARGS('handle');
    this[kHandle] = handle;
    this[kBuffered] = [];
    this[kPath] = path;
    this[kClosed] = false;
    this[kOptions] = { bufferSize: 32, ...getOptions(options, { encoding: 'utf8' }) };
    validateUint32(this[kOptions].bufferSize, 'options.bufferSize', true);
    this[kQueue] = null;  // non-null while an asynchronous operation runs
  }

  get path() {
    return this[kPath];
  }

  // Runs the queued operations once the current one is done.
  #drain() {
    const queue = this[kQueue];
    this[kQueue] = null;
    if (queue === null) return;
    for (let i = 0; i < queue.length; i++) {
      const op = queue[i];
      if (this[kQueue] !== null) {
        // Another async operation started: requeue the rest behind it.
        this[kQueue].push(...queue.slice(i));
        return;
      }
      op();
    }
  }

  #decode(listing, cb) {
    direntsAsync(this[kPath], listing, this[kOptions].encoding, cb);
  }

  read(callback) {
    if (callback === undefined) {
      return new Promise((resolve, reject) => {
        this.read((err, entry) => (err ? reject(err) : resolve(entry)));
      });
    }
    validateFunction(callback, 'callback');
    if (this[kClosed] === true) throw new ERR_DIR_CLOSED();
    if (this[kQueue] !== null) {
      this[kQueue].push(() => this.read(callback));
      return;
    }
    if (this[kBuffered].length > 0) {
      const entry = this[kBuffered].shift();
      process.nextTick(callback, null, entry);
      return;
    }
    this[kQueue] = [];
    binding.dirRead(this[kHandle], this[kOptions].bufferSize,
                    wantsBuffer(this[kOptions].encoding), (status, result) => {
      if (status !== 0) {
        const err = fsError(status, 'scandir', pathString(this[kPath]));
        this.#drainAfter(() => callback(err));
        return;
      }
      if (result === null) {
        this.#drainAfter(() => callback(null, null));
        return;
      }
      this.#decode(result, (err, entries) => {
        if (err) {
          this.#drainAfter(() => callback(err));
          return;
        }
        const first = entries.shift();
        this[kBuffered].push(...entries);
        this.#drainAfter(() => callback(null, first));
      });
    });
  }

  #drainAfter(fn) {
    try {
      fn();
    } finally {
      this.#drain();
    }
  }

  readSync() {
    if (this[kClosed] === true) throw new ERR_DIR_CLOSED();
    if (this[kQueue] !== null) throw new ERR_DIR_CONCURRENT_OPERATION();
    if (this[kBuffered].length > 0) return this[kBuffered].shift();
    const result = binding.dirRead(this[kHandle], this[kOptions].bufferSize,
                                   wantsBuffer(this[kOptions].encoding));
    if (typeof result === 'number') throw fsError(result, 'scandir', pathString(this[kPath]));
    if (result === null) return null;
    const entries = direntsSync(this[kPath], result, this[kOptions].encoding);
    const first = entries.shift();
    this[kBuffered].push(...entries);
    return first;
  }

  close(callback) {
    if (callback === undefined) {
      if (this[kClosed] === true) return Promise.reject(new ERR_DIR_CLOSED());
      return new Promise((resolve, reject) => {
        this.close((err) => (err ? reject(err) : resolve()));
      });
    }
    validateFunction(callback, 'callback');
    if (this[kClosed] === true) {
      process.nextTick(callback, new ERR_DIR_CLOSED());
      return;
    }
    if (this[kQueue] !== null) {
      this[kQueue].push(() => this.close(callback));
      return;
    }
    this[kClosed] = true;
    binding.dirClose(this[kHandle], (status) => {
      if (status !== 0) callback(fsError(status, 'closedir', pathString(this[kPath])));
      else callback(null);
    });
  }

  closeSync() {
    if (this[kClosed] === true) throw new ERR_DIR_CLOSED();
    if (this[kQueue] !== null) throw new ERR_DIR_CONCURRENT_OPERATION();
    this[kClosed] = true;
    const rc = binding.dirClose(this[kHandle]);
    if (rc < 0) throw fsError(rc, 'closedir', pathString(this[kPath]));
  }

  async* entries() {
    try {
      while (true) {
        const entry = await this.read();
        if (entry === null) break;
        yield entry;
      }
    } finally {
      if (this[kClosed] !== true) await this.close();
    }
  }
}

Object.defineProperty(Dir.prototype, Symbol.asyncIterator, {
  __proto__: null,
  value: Dir.prototype.entries,
  enumerable: false,
  writable: true,
  configurable: true,
});
if (typeof Symbol.asyncDispose === 'symbol') {
  Object.defineProperty(Dir.prototype, Symbol.asyncDispose, {
    __proto__: null,
    value() { return this.close(); },
    enumerable: false,
    writable: true,
    configurable: true,
  });
}

function pathString(p) {
  return typeof p === 'string' ? p : lazyBuffer().from(p).toString();
}

function opendir(path, options, callback) {
  callback = typeof options === 'function' ? options : callback;
  validateFunction(callback, 'callback');
  path = getValidatedPath(path);
  options = getOptions(options, { encoding: 'utf8' });
  binding.opendir(path, (status, handle) => {
    if (status !== 0) {
      callback(fsError(status, 'opendir', path));
      return;
    }
    let dir;
    try {
      dir = new Dir(handle, path, options);
    } catch (err) {
      binding.dirClose(handle);
      callback(err);
      return;
    }
    callback(null, dir);
  });
}

function opendirSync(path, options) {
  path = getValidatedPath(path);
  options = getOptions(options, { encoding: 'utf8' });
  const handle = binding.opendir(path);
  if (typeof handle === 'number') throw fsError(handle, 'opendir');
  try {
    return new Dir(handle, path, options);
  } catch (err) {
    binding.dirClose(handle);
    throw err;
  }
}

function opendirPromise(path, options) {
  return new Promise((resolve, reject) => {
    opendir(path, options, (err, dir) => (err ? reject(err) : resolve(dir)));
  });
}

module.exports = { Dir, opendir, opendirSync, opendirPromise };
