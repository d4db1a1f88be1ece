'use strict';
// process.stdout / stderr / stdin, created on first use. Writes are
// synchronous, as node's are for files and TTYs.

const binding = internalBinding('process');
const { EventEmitter } = require('internal/events');

class StdioWriter extends EventEmitter {
  constructor(fd) {
    super();
    this.fd = fd;
    this._type = binding.guessHandleType(fd);
    this.isTTY = this._type === 'TTY' ? true : undefined;
    this._isStdio = true;
    this.writable = true;
    this.destroyed = false;
    this.writableLength = 0;
    this.writableHighWaterMark = 16384;
    this.writableNeedDrain = false;
  }

  get columns() {
    const size = this.isTTY && binding.getWindowSize(this.fd);
    return size ? size[0] : undefined;
  }

  get rows() {
    const size = this.isTTY && binding.getWindowSize(this.fd);
    return size ? size[1] : undefined;
  }

  getWindowSize() {
    return binding.getWindowSize(this.fd) || [80, 24];
  }

  hasColors(count = 16, env = process.env) {
    if (typeof count === 'object') { env = count; count = 16; }
    return count <= 2 ** this.getColorDepth(env);
  }

  getColorDepth(env = process.env) {
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
  }

  write(chunk, encoding, callback) {
    if (typeof encoding === 'function') { callback = encoding; encoding = undefined; }
    if (typeof chunk === 'string') {
      if (encoding && encoding !== 'utf8' && encoding !== 'utf-8' && globalThis.Buffer) {
        binding.writeBuffer(this.fd, globalThis.Buffer.from(chunk, encoding));
      } else {
        binding.writeString(this.fd, chunk);
      }
    } else if (ArrayBuffer.isView(chunk)) {
      binding.writeBuffer(this.fd, chunk);
    } else {
      const { codes } = require('internal/errors');
      throw new codes.ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
    }
    if (typeof callback === 'function') process.nextTick(callback, null);
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
  destroy() { return this; }
  destroySoon() {}
}

function setup(process) {
  let stdout;
  let stderr;
  let stdin;
  Object.defineProperty(process, 'stdout', {
    configurable: true,
    enumerable: false,
    get() { return stdout || (stdout = new StdioWriter(1)); },
  });
  Object.defineProperty(process, 'stderr', {
    configurable: true,
    enumerable: false,
    get() { return stderr || (stderr = new StdioWriter(2)); },
  });
  Object.defineProperty(process, 'stdin', {
    configurable: true,
    enumerable: false,
    get() {
      if (!stdin) stdin = require('internal/process/stdin').createStdin();
      return stdin;
    },
  });
}

module.exports = { setup, StdioWriter };
