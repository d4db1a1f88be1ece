'use strict';
// process.stdout / stderr / stdin, created on first use. Writes are
// synchronous, as node's are for files and TTYs.

const binding = internalBinding('process');
const { EventEmitter } = require('internal/events');

// What process.stdout and stderr have beyond a writable stream: the fd, TTY
// size and colour support, as node's tty.WriteStream provides.
const ttyProperties = {
  columns: {
    __proto__: null,
    get() {
      const size = this.isTTY && binding.getWindowSize(this.fd);
      return size ? size[0] : undefined;
    },
  },
  rows: {
    __proto__: null,
    get() {
      const size = this.isTTY && binding.getWindowSize(this.fd);
      return size ? size[1] : undefined;
    },
  },
  getWindowSize: {
    __proto__: null,
    value() { return binding.getWindowSize(this.fd) || [80, 24]; },
  },
  hasColors: {
    __proto__: null,
    value(count = 16, env = process.env) {
      if (typeof count === 'object') { env = count; count = 16; }
      return count <= 2 ** this.getColorDepth(env);
    },
  },
  getColorDepth: {
    __proto__: null,
    value(env = process.env) {
      if (env.FORCE_COLOR !== undefined) {
        return { '': 4, 1: 4, true: 4, 2: 8, 3: 24, 0: 1, false: 1 }[env.FORCE_COLOR] || 4;
      }
      if (!this.isTTY || env.NO_COLOR !== undefined || env.NODE_DISABLE_COLORS !== undefined ||
          env.TERM === 'dumb') {
        return 1;
      }
      if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 24;
      if (env.TERM && /-256(color)?$/.test(env.TERM)) return 8;
      return 4;
    },
  },
};

// node's stdio stream kinds (its `_type`), by handle type.
const kStdioTypes = { TTY: 'tty', FILE: 'fs', PIPE: 'pipe', TCP: 'pipe' };

// The TTY members exist on a terminal only, as node's tty.WriteStream has
// them and its pipe and file streams do not.
function initStdio(stream, fd) {
  stream.fd = fd;
  const handleType = binding.guessHandleType(fd);
  stream._type = kStdioTypes[handleType] || handleType.toLowerCase();
  if (handleType === 'TTY') {
    stream.isTTY = true;
    Object.defineProperties(stream, ttyProperties);
  }
  stream._isStdio = true;
}

// Writes synchronously, as node does on Linux for files, TTYs and pipes.
// Throws what the write failed with (EPIPE when the reader has gone).
function writeChunk(fd, chunk, encoding) {
  let written;
  if (typeof chunk === 'string') {
    if (encoding && encoding !== 'utf8' && encoding !== 'utf-8' && encoding !== 'buffer') {
      written = binding.writeBuffer(fd, require('buffer').Buffer.from(chunk, encoding));
    } else {
      written = binding.writeString(fd, chunk);
    }
  } else if (ArrayBuffer.isView(chunk)) {
    written = binding.writeBuffer(fd, chunk);
  } else {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
  }
  if (!written) {
    const { errnoException } = require('internal/errors');
    throw errnoException(-32 /* UV_EPIPE */, 'write');
  }
}

// Writes, then calls `callback`; a failure destroys `stream` with the error
// instead, as node's stdio sockets and pipes do (the write's callback is
// not called, so the error reaches the stream's 'error' listeners or
// becomes uncaught even from console.log).
function writeOrDestroy(stream, fd, chunks, callback) {
  try {
    for (let i = 0; i < chunks.length; i++) writeChunk(fd, chunks[i].chunk, chunks[i].encoding);
  } catch (err) {
    stream.destroy(err);
    return;
  }
  callback();
}

// The stdio writer of a runtime without the stream plugin: the Writable
// surface console and simple programs use.
class StdioWriter extends EventEmitter {
  constructor(fd) {
    super();
    initStdio(this, fd);
    this.writable = true;
    this.destroyed = false;
    this.writableLength = 0;
    this.writableHighWaterMark = 16384;
    this.writableNeedDrain = false;
  }

  write(chunk, encoding, callback) {
    if (typeof encoding === 'function') { callback = encoding; encoding = undefined; }
    if (this.destroyed) {
      const { codes } = require('internal/errors');
      if (typeof callback === 'function') {
        process.nextTick(callback, new codes.ERR_STREAM_DESTROYED('write'));
      }
      return false;
    }
    writeOrDestroy(this, this.fd, [{ chunk, encoding }], () => {
      if (typeof callback === 'function') process.nextTick(callback, null);
    });
    return true;
  }

  end(chunk, encoding, callback) {
    if (typeof chunk === 'function') { callback = chunk; chunk = undefined; }
    if (chunk !== undefined && chunk !== null) this.write(chunk, encoding);
    if (typeof callback === 'function') process.nextTick(callback);
    return this;
  }

  cork() {}
  uncork() {}
  setDefaultEncoding() { return this; }

  destroy(err) {
    if (!this.destroyed) {
      this.destroyed = true;
      this.writable = false;
      if (err) process.nextTick(() => this.emit('error', err));
    }
    return this;
  }
  destroySoon() {}
}

// Whether this runtime can make tty streams: it holds the tty plugin and
// the stream and buffer plugins tty's streams are built on.
function hasTtyStreams() {
  const { isAvailable } = require('internal/modules/builtins');
  return isAvailable('tty') && isAvailable('stream') && isAvailable('buffer');
}

// On a terminal, a tty.WriteStream as in node (cursor and size methods,
// 'resize') when the runtime has the tty plugin; elsewhere a real
// stream.Writable when it has the stream plugin, so piping and stream
// utilities work with process.stdout as in node.
function createStdioStream(fd) {
  if (binding.guessHandleType(fd) === 'TTY' && hasTtyStreams()) {
    const stream = new (require('tty').WriteStream)(fd);
    stream.fd = fd;
    stream._type = 'tty';
    stream._isStdio = true;
    // Ending or destroying process.stdout never closes the terminal.
    stream._destroy = (err, callback) => callback(err);
    stream.destroySoon = stream.destroy;
    return stream;
  }
  let Writable;
  try {
    // Writable alone: stdout needs none of the rest of the stream module.
    Writable = require('_stream_writable');
  } catch (err) {
    if (err.code !== 'ERR_MOSAIC_PLUGIN_MISSING') throw err;
    return new StdioWriter(fd);
  }
  const stream = new Writable({
    decodeStrings: false,
    write(chunk, encoding, callback) {
      writeOrDestroy(this, fd, [{ chunk, encoding }], callback);
    },
    writev(chunks, callback) {
      writeOrDestroy(this, fd, chunks, callback);
    },
    // Ending or destroying process.stdout never closes fd 1.
    destroy(err, callback) { callback(err); },
  });
  initStdio(stream, fd);
  stream.destroySoon = stream.destroy;
  return stream;
}

function setup(process) {
  let stdout;
  let stderr;
  let stdin;
  Object.defineProperty(process, 'stdout', {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() { return stdout || (stdout = createStdioStream(1)); },
  });
  Object.defineProperty(process, 'stderr', {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() { return stderr || (stderr = createStdioStream(2)); },
  });
  Object.defineProperty(process, 'stdin', {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      if (!stdin) stdin = require('internal/process/stdin').createStdin();
      return stdin;
    },
  });
}

module.exports = { setup, StdioWriter, hasTtyStreams };
