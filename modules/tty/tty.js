'use strict';

// The `tty` builtin (Node 20): isatty(), ReadStream and WriteStream.
//
// Node's tty streams are net.Sockets over a libuv TTY handle. Here they are
// stream.Duplex objects (from the stream plugin) over the uv_tty_t of this
// plugin's native half (tty_native.c), with the Socket behaviour tty code
// relies on: reading starts when data is wanted and stops on pause(),
// writes go straight to the terminal (blocking, as Node makes them for
// TTYs) with the callback and writableLength of a stream, 'close' after
// the handle is closed, ref()/unref().
//
// WriteStream: columns/rows, 'resize' when the terminal size changes
// (SIGWINCH, watched by an unref'd signal handle), getWindowSize(),
// getColorDepth()/hasColors() (colors.js), cursorTo/moveCursor/clearLine/
// clearScreenDown. ReadStream: setRawMode(), isRaw.
//
// Without the stream and buffer plugins in the runtime, isatty() still
// works; constructing a stream throws ERR_MOSAIC_NOT_IMPLEMENTED.

/* global binding */

const {
  codes: {
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_CURSOR_POS,
    ERR_INVALID_FD,
    ERR_MOSAIC_NOT_IMPLEMENTED,
    ERR_TTY_INIT_FAILED,
  },
  errnoException,
} = require('internal/errors');
const { validateFunction } = require('internal/validators');
const { getColorDepth, hasColors } = require('./colors');

const UV_EOF = -4095;

let Duplex = null;
let Buffer = null;
try {
  Duplex = require('stream').Duplex;
  Buffer = require('buffer').Buffer;
} catch (err) {
  if (err.code !== 'ERR_MOSAIC_PLUGIN_MISSING') throw err;
  Duplex = null;
}

function requireStreams(what) {
  if (Duplex === null) {
    throw new ERR_MOSAIC_NOT_IMPLEMENTED(
      `${what} in a runtime without the stream and buffer plugins`);
  }
}

function isatty(fd) {
  return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 && binding.isatty(fd);
}

function validateFd(fd) {
  if (fd >> 0 !== fd || fd < 0) throw new ERR_INVALID_FD(fd);
}

function openHandle(fd, readable) {
  const ctx = {};
  const handle = binding.open(fd, readable, ctx);
  if (handle === undefined) throw new ERR_TTY_INIT_FAILED(ctx);
  handle.reading = false;
  return handle;
}

// ---------------------------------------------------------------------------
// The Socket-like base both streams share.

const kBytesWritten = Symbol('kBytesWritten');

function Socket(handle, options) {
  Reflect.apply(Duplex, this, [{
    ...options,
    allowHalfOpen: Boolean(options.allowHalfOpen),
    emitClose: false,
    autoDestroy: true,
    decodeStrings: false,
  }]);
  this._handle = handle;
  this[kBytesWritten] = 0;
  handle.onread = (chunk, errno) => onRead(this, chunk, errno);
}

function stopReading(socket) {
  const handle = socket._handle;
  if (handle === null || !handle.reading) return;
  handle.reading = false;
  const err = binding.readStop(handle);
  if (err) socket.destroy(errnoException(err, 'read'));
}

function onRead(socket, chunk, errno) {
  if (socket.destroyed) return;
  if (chunk !== null) {
    const buf = Buffer.isBuffer(chunk) ?
      chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (!socket.push(buf)) stopReading(socket);
    return;
  }
  stopReading(socket);
  if (errno === UV_EOF) {
    socket.push(null);
    socket.read(0);
  } else {
    socket.destroy(errnoException(errno, 'read'));
  }
}

function setupSocketPrototype() {
  Object.setPrototypeOf(Socket.prototype, Duplex.prototype);
  Object.setPrototypeOf(Socket, Duplex);

  Socket.prototype._read = function _read(n) {
    const handle = this._handle;
    if (handle === null || handle.reading) return;
    handle.reading = true;
    const err = binding.readStart(handle);
    if (err) {
      handle.reading = false;
      this.destroy(errnoException(err, 'read'));
    }
  };

  // Reading stops at once (a paused TTY does not keep the process alive).
  Socket.prototype.pause = function pause() {
    stopReading(this);
    return Duplex.prototype.pause.call(this);
  };

  Socket.prototype._write = function _write(chunk, encoding, callback) {
    const handle = this._handle;
    if (handle === null) {
      callback(errnoException(-9 /* UV_EBADF */, 'write'));
      return;
    }
    let data = chunk;
    if (typeof chunk === 'string' && encoding !== 'utf8' && encoding !== 'utf-8' &&
        encoding !== 'buffer') {
      data = Buffer.from(chunk, encoding);
    }
    const result = binding.write(handle, data, (status) => {
      if (status < 0) {
        callback(errnoException(status, 'write'));
      } else {
        callback();
      }
    });
    const err = result[0];
    if (err) {
      callback(errnoException(err, 'write'));
      return;
    }
    this[kBytesWritten] += typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength;
    if (result[1] === 0) callback();  // all written already
  };

  Socket.prototype._final = function _final(callback) {
    // A terminal cannot be half-closed; ending the writable side is enough.
    callback();
  };

  Socket.prototype._destroy = function _destroy(err, callback) {
    const handle = this._handle;
    if (handle !== null) {
      const hadError = Boolean(err);
      handle.onread = () => {};
      handle.reading = false;
      this._handle = null;
      binding.close(handle, () => this.emit('close', hadError));
      onHandleClosed(this);
      callback(err);
    } else {
      callback(err);
      process.nextTick(() => this.emit('close', Boolean(err)));
    }
  };

  Socket.prototype.destroySoon = function destroySoon() {
    if (this.writable) this.end();
    if (this.writableFinished) {
      this.destroy();
    } else {
      this.once('finish', this.destroy);
    }
  };

  Socket.prototype.ref = function ref() {
    if (this._handle !== null) binding.ref(this._handle);
    return this;
  };

  Socket.prototype.unref = function unref() {
    if (this._handle !== null) binding.unref(this._handle);
    return this;
  };

  Object.defineProperty(Socket.prototype, 'bytesWritten', {
    __proto__: null,
    configurable: true,
    enumerable: false,
    get() { return this[kBytesWritten]; },
  });
}

// ---------------------------------------------------------------------------
// ReadStream

function ReadStream(fd, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(fd, options);
  validateFd(fd);
  requireStreams('tty.ReadStream');
  const handle = openHandle(fd, true);
  Reflect.apply(Socket, this, [handle, { readableHighWaterMark: 0, ...options }]);
  this.isRaw = false;
  this.isTTY = true;
}

function setupReadStreamPrototype() {
  Object.setPrototypeOf(ReadStream.prototype, Socket.prototype);
  Object.setPrototypeOf(ReadStream, Socket);
}

ReadStream.prototype.setRawMode = function setRawMode(flag) {
  flag = !!flag;
  const err = this._handle ? binding.setRawMode(this._handle, flag) : -9;
  if (err) {
    this.emit('error', errnoException(err, 'setRawMode'));
    return this;
  }
  this.isRaw = flag;
  return this;
};

// ---------------------------------------------------------------------------
// WriteStream

// Live WriteStreams, refreshed on SIGWINCH.
const resizeWatchers = new Set();  // WeakRefs
let watchingResize = false;

function onResizeSignal() {
  for (const ref of resizeWatchers) {
    const stream = ref.deref();
    if (stream === undefined || stream._handle === null) {
      resizeWatchers.delete(ref);
      continue;
    }
    stream._refreshSize();
  }
}

function watchResize(stream) {
  const ref = new WeakRef(stream);
  resizeWatchers.add(ref);
  stream[kResizeRef] = ref;
  if (!watchingResize) {
    watchingResize = true;
    binding.watchResize(onResizeSignal);
  }
}

const kResizeRef = Symbol('kResizeRef');

function onHandleClosed(stream) {
  const ref = stream[kResizeRef];
  if (ref !== undefined) resizeWatchers.delete(ref);
}

function WriteStream(fd) {
  if (!(this instanceof WriteStream)) return new WriteStream(fd);
  validateFd(fd);
  requireStreams('tty.WriteStream');
  const handle = openHandle(fd, false);
  Reflect.apply(Socket, this, [handle, { readableHighWaterMark: 0 }]);
  // Interleaved or dropped output is worse than a short block.
  binding.setBlocking(handle, true);
  const size = [0, 0];
  if (binding.getWindowSize(handle, size) === 0) {
    this.columns = size[0];
    this.rows = size[1];
  }
  watchResize(this);
}

function setupWriteStreamPrototype() {
  Object.setPrototypeOf(WriteStream.prototype, Socket.prototype);
  Object.setPrototypeOf(WriteStream, Socket);
}

WriteStream.prototype.isTTY = true;
WriteStream.prototype.getColorDepth = getColorDepth;
WriteStream.prototype.hasColors = hasColors;

WriteStream.prototype._refreshSize = function _refreshSize() {
  if (this._handle === null) return;
  const oldCols = this.columns;
  const oldRows = this.rows;
  const size = [0, 0];
  const err = binding.getWindowSize(this._handle, size);
  if (err) {
    this.emit('error', errnoException(err, 'getWindowSize'));
    return;
  }
  const [newCols, newRows] = size;
  if (oldCols !== newCols || oldRows !== newRows) {
    this.columns = newCols;
    this.rows = newRows;
    this.emit('resize');
  }
};

// The readline cursor helpers, as methods.
WriteStream.prototype.cursorTo = function cursorTo(x, y, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (typeof y === 'function') {
    callback = y;
    y = undefined;
  }
  if (Number.isNaN(x)) throw new ERR_INVALID_ARG_VALUE('x', x);
  if (Number.isNaN(y)) throw new ERR_INVALID_ARG_VALUE('y', y);
  if (typeof x !== 'number' && typeof y !== 'number') {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }
  if (typeof x !== 'number') throw new ERR_INVALID_CURSOR_POS();
  const data = typeof y !== 'number' ? `\x1b[${x + 1}G` : `\x1b[${y + 1};${x + 1}H`;
  return this.write(data, callback);
};

WriteStream.prototype.moveCursor = function moveCursor(dx, dy, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (!(dx || dy)) {
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }
  let data = '';
  if (dx < 0) data += `\x1b[${-dx}D`;
  else if (dx > 0) data += `\x1b[${dx}C`;
  if (dy < 0) data += `\x1b[${-dy}A`;
  else if (dy > 0) data += `\x1b[${dy}B`;
  return this.write(data, callback);
};

WriteStream.prototype.clearLine = function clearLine(dir, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  const data = dir < 0 ? '\x1b[1K' : dir > 0 ? '\x1b[0K' : '\x1b[2K';
  return this.write(data, callback);
};

WriteStream.prototype.clearScreenDown = function clearScreenDown(callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  return this.write('\x1b[0J', callback);
};

WriteStream.prototype.getWindowSize = function getWindowSize() {
  return [this.columns, this.rows];
};

if (Duplex !== null) {
  setupSocketPrototype();
  setupReadStreamPrototype();
  setupWriteStreamPrototype();
}

module.exports = {
  isatty,
  ReadStream,
  WriteStream,
};

// Internal, for this plugin's tests (no terminal under `bazel test`): a
// pseudo-terminal pair, its window size, and closing raw fds. Not part of
// Node's API.
Object.defineProperty(module.exports, Symbol.for('mosaic.tty.testing'), {
  __proto__: null,
  enumerable: false,
  configurable: false,
  writable: false,
  value: Object.freeze({
    openpty: () => binding.openpty(),
    setWindowSize: (fd, columns, rows) => binding.setWindowSize(fd, columns, rows),
    closeFd: (fd) => binding.closeFd(fd),
  }),
});
