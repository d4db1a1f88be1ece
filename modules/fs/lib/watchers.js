'use strict';

// fs.watch (FSWatcher over uv_fs_event; recursive on Linux by watching
// every directory of the tree), fs.watchFile/unwatchFile (StatWatcher over
// uv_fs_poll) and fs.promises.watch.

const EventEmitter = require('events');
const pathModule = require('path');
const {
  lazyBuffer,
  errors: { uvException, AbortError, codes: { ERR_INVALID_ARG_VALUE } },
  validators: { validateAbortSignal, validateBoolean, validateFunction, validateObject },
  getOptions,
  getValidatedPath,
  pathString,
  isEncoding,
} = require('./util');
const { getStatsFromBinding, S_IFMT, S_IFDIR } = require('./stats');

const kEmptyObject = Object.freeze({ __proto__: null });

// Filenames come from the binding as utf8 strings or Buffers.
function encodeFilename(name, encoding) {
  if (name == null || typeof name === 'string') return name;
  if (encoding === 'buffer') return name;
  return name.toString(encoding);
}

function wantsBuffer(encoding) {
  return encoding != null && encoding !== 'utf8' && encoding !== 'utf-8';
}

function watchError(errno, filename, message) {
  const ctx = { errno, syscall: 'watch', path: filename };
  if (message) ctx.message = message;
  const error = uvException(ctx);
  error.filename = filename;
  return error;
}

// ---------------------------------------------------------------------------
// FSWatcher

class FSWatcher extends EventEmitter {
  constructor() {
    super();
    this._handle = new binding.FSEvent();
    this._encoding = undefined;
    this._handle.onchange = (status, eventType, filename) => {
      if (status < 0) {
        if (this._handle !== null) this._handle.close();
        this._handle = null;
        this.emit('error', watchError(status, filename));
        return;
      }
      this.emit('change', eventType, encodeFilename(filename, this._encoding));
    };
  }

  _start(filename, persistent, encoding) {
    if (this._handle === null) return;
    filename = getValidatedPath(filename, 'filename');
    this._encoding = encoding;
    const err = this._handle.start(filename, persistent, wantsBuffer(encoding));
    if (err) {
      const error = watchError(err, pathString(filename));
      this._handle.close();
      this._handle = null;
      throw error;
    }
  }

  close() {
    if (this._handle === null) return;
    this._handle.close();
    this._handle = null;
    process.nextTick(() => this.emit('close'));
  }

  ref() {
    if (this._handle) this._handle.ref();
    return this;
  }

  unref() {
    if (this._handle) this._handle.unref();
    return this;
  }
}

// Linux has no recursive inotify watch: one FSEvent per directory.
class RecursiveWatcher extends EventEmitter {
  #root;
  #persistent;
  #encoding;
  #handles = new Map();  // directory -> FSEvent
  #closed = false;
  #refed = true;

  constructor(persistent, encoding) {
    super();
    this.#persistent = persistent;
    this.#encoding = encoding;
  }

  _start(filename) {
    filename = getValidatedPath(filename, 'filename');
    this.#root = pathModule.resolve(pathString(filename));
    const type = binding.statType(this.#root, false);
    if (type < 0) throw watchError(type, pathString(filename));
    if (type !== S_IFDIR) {
      this.#watchDir(this.#root, true);
      return;
    }
    this.#watchTree(this.#root, true);
  }

  #watchTree(dir, rethrow) {
    if (this.#closed || this.#handles.has(dir)) return;
    this.#watchDir(dir, rethrow);
    const listing = binding.readdir(dir, false, true);
    if (typeof listing === 'number') return;
    if (listing[0] === '') return;
    const names = listing[0].split('\0');
    for (let i = 0; i < names.length; i++) {
      if (listing[1].charCodeAt(i) - 48 === 2) this.#watchTree(pathModule.join(dir, names[i]), false);
    }
  }

  #watchDir(dir, rethrow) {
    const handle = new binding.FSEvent();
    handle.onchange = (status, eventType, name) => {
      if (this.#closed) return;
      if (status < 0) {
        this.#forget(dir);
        if (dir === this.#root) {
          this.emit('error', watchError(status, dir));
          this.close();
        }
        return;
      }
      const full = name == null ? dir : pathModule.join(dir, name);
      const rel = dir === this.#root && name == null ? pathModule.basename(dir) :
        pathModule.relative(this.#root, full) || pathModule.basename(full);
      if (eventType === 'rename' && name != null) {
        const t = binding.statType(full, true);
        if ((t & S_IFMT) === S_IFDIR && t >= 0) {
          this.#watchTree(full, false);
        } else if (t < 0) {
          for (const d of [...this.#handles.keys()]) {
            if (d === full || d.startsWith(`${full}/`)) this.#forget(d);
          }
        }
      }
      const out = wantsBuffer(this.#encoding) ? encodeFilename(lazyBuffer().from(rel), this.#encoding) : rel;
      this.emit('change', eventType, out);
    };
    const err = handle.start(dir, this.#persistent, false);
    if (err) {
      handle.close();
      if (rethrow) throw watchError(err, dir);
      return;
    }
    if (!this.#refed) handle.unref();
    this.#handles.set(dir, handle);
  }

  #forget(dir) {
    const h = this.#handles.get(dir);
    if (h) {
      h.close();
      this.#handles.delete(dir);
    }
  }

  close() {
    if (this.#closed) return;
    this.#closed = true;
    for (const h of this.#handles.values()) h.close();
    this.#handles.clear();
    process.nextTick(() => this.emit('close'));
  }

  ref() {
    this.#refed = true;
    for (const h of this.#handles.values()) h.ref();
    return this;
  }

  unref() {
    this.#refed = false;
    for (const h of this.#handles.values()) h.unref();
    return this;
  }
}

function watch(filename, options, listener) {
  if (typeof options === 'function') listener = options;
  options = { ...getOptions(options) };
  if (options.persistent === undefined) options.persistent = true;
  if (options.recursive === undefined) options.recursive = false;
  let watcher;
  if (options.recursive) {
    watcher = new RecursiveWatcher(options.persistent, options.encoding);
    watcher._start(filename);
  } else {
    watcher = new FSWatcher();
    watcher._start(filename, options.persistent, options.encoding);
  }
  if (listener) watcher.addListener('change', listener);
  const signal = options.signal;
  if (signal) {
    if (signal.aborted) {
      process.nextTick(() => watcher.close());
    } else {
      const onAbort = () => watcher.close();
      signal.addEventListener('abort', onAbort, { once: true });
      watcher.once('close', () => signal.removeEventListener('abort', onAbort));
    }
  }
  return watcher;
}

// ---------------------------------------------------------------------------
// StatWatcher

const kOldStatus = Symbol('kOldStatus');
const kUseBigint = Symbol('kUseBigint');
const kRefs = Symbol('kRefs');

class StatWatcher extends EventEmitter {
  constructor(bigint) {
    super();
    this._handle = null;
    this[kOldStatus] = -1;
    this[kUseBigint] = bigint;
    this[kRefs] = 1;
  }

  _start(filename, persistent, interval) {
    if (this._handle !== null) return;
    this._handle = new binding.StatWatcher(this[kUseBigint]);
    this._handle.onchange = (newStatus) => {
      const values = this[kUseBigint] ? binding.bigintStatValues : binding.statValues;
      if (this[kOldStatus] === -1 && newStatus === -1 && values[2] === values[18 + 2]) return;
      this[kOldStatus] = newStatus;
      this.emit('change', getStatsFromBinding(values, 0), getStatsFromBinding(values, 1));
    };
    const err = this._handle.start(filename, persistent, interval);
    if (err) {
      this._handle.close();
      this._handle = null;
      throw uvException({ errno: err, syscall: 'watch', path: filename });
    }
  }

  stop() {
    if (this._handle === null) return;
    this._handle.close();
    this._handle = null;
    process.nextTick(() => this.emit('stop'));
  }

  _addOrCleanRef(op) {
    if (op === 'add') {
      this[kRefs]++;
    } else if (op === 'clean') {
      this[kRefs]--;
    } else {
      this[kRefs] = 0;
    }
  }

  ref() {
    const prev = this[kRefs]++;
    if (prev === 0 && this._handle) this._handle.ref();
    return this;
  }

  unref() {
    const prev = this[kRefs];
    if (prev === 0) return this;
    this[kRefs]--;
    if (this[kRefs] === 0 && this._handle) this._handle.unref();
    return this;
  }
}

const statWatchers = new Map();

function watchFile(filename, options, listener) {
  filename = getValidatedPath(filename);
  filename = pathModule.resolve(pathString(filename));
  if (options === null || typeof options !== 'object') {
    listener = options;
    options = null;
  }
  options = { interval: 5007, persistent: true, ...options };
  validateFunction(listener, 'listener');
  let stat = statWatchers.get(filename);
  if (stat === undefined) {
    stat = new StatWatcher(!!options.bigint);
    stat._start(filename, options.persistent, options.interval);
    statWatchers.set(filename, stat);
  } else {
    stat._addOrCleanRef('add');
  }
  stat.addListener('change', listener);
  return stat;
}

function unwatchFile(filename, listener) {
  filename = getValidatedPath(filename);
  filename = pathModule.resolve(pathString(filename));
  const stat = statWatchers.get(filename);
  if (stat === undefined) return;
  if (typeof listener === 'function') {
    const before = stat.listenerCount('change');
    stat.removeListener('change', listener);
    if (stat.listenerCount('change') < before) stat._addOrCleanRef('clean');
  } else {
    stat.removeAllListeners('change');
    stat._addOrCleanRef('cleanAll');
  }
  if (stat.listenerCount('change') === 0) {
    stat.stop();
    statWatchers.delete(filename);
  }
}

// ---------------------------------------------------------------------------
// fs.promises.watch: an async iterator of { eventType, filename }.

function watchPromise(filename, options = kEmptyObject) {
  const path = getValidatedPath(filename);
  validateObject(options, 'options');
  const {
    persistent = true,
    recursive = false,
    encoding = 'utf8',
    signal,
  } = options;
  validateBoolean(persistent, 'options.persistent');
  validateBoolean(recursive, 'options.recursive');
  validateAbortSignal(signal, 'options.signal');
  if (encoding && !isEncoding(encoding)) {
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, 'is invalid encoding');
  }
  return watchIterator(path, persistent, recursive, encoding, signal);
}

async function* watchIterator(path, persistent, recursive, encoding, signal) {
  if (signal && signal.aborted) throw new AbortError(undefined, { cause: signal.reason });
  const queue = [];
  let wake = null;
  let failure = null;
  const notify = () => {
    if (wake !== null) {
      const w = wake;
      wake = null;
      w();
    }
  };
  const watcher = recursive ? new RecursiveWatcher(persistent, encoding) : new FSWatcher();
  watcher.on('change', (eventType, filename) => {
    queue.push({ eventType, filename });
    notify();
  });
  watcher.on('error', (err) => {
    failure = err;
    notify();
  });
  const onAbort = () => {
    failure = new AbortError(undefined, { cause: signal.reason });
    notify();
  };
  try {
    if (recursive) {
      watcher._start(path);
    } else {
      watcher._start(path, persistent, encoding);
    }
    if (signal) signal.addEventListener('abort', onAbort, { once: true });
    while (true) {
      if (queue.length > 0) {
        yield queue.shift();
        continue;
      }
      if (failure !== null) throw failure;
      await new Promise((resolve) => { wake = resolve; });
    }
  } finally {
    watcher.close();
    if (signal) signal.removeEventListener('abort', onAbort);
  }
}

module.exports = {
  FSWatcher,
  StatWatcher,
  watch,
  watchFile,
  unwatchFile,
  watchPromise,
};
