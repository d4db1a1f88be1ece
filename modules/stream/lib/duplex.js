'use strict';
// stream.Duplex: a Readable that also carries Writable's state and methods.

module.exports = Duplex;

const Readable = require('./readable');
const Writable = require('./writable');
const { Stream } = require('./legacy');
const destroyImpl = require('./destroy');
const hooks = require('./hooks');

hooks.Duplex = Duplex;

Object.setPrototypeOf(Duplex.prototype, Readable.prototype);
Object.setPrototypeOf(Duplex, Readable);

// Writable's methods that Readable lacks (write, cork, uncork, end, ...).
for (const method of Object.keys(Writable.prototype)) {
  if (!Duplex.prototype[method]) Duplex.prototype[method] = Writable.prototype[method];
}
// destroy() must also fail queued writes.
Duplex.prototype.destroy = Writable.prototype.destroy;

function Duplex(options) {
  if (!(this instanceof Duplex)) return new Duplex(options);

  // Slots for the common events (see Readable).
  this._events ??= {
    close: undefined,
    error: undefined,
    prefinish: undefined,
    finish: undefined,
    drain: undefined,
    data: undefined,
    end: undefined,
    readable: undefined,
  };

  this._readableState = new Readable.ReadableState(options, this, true);
  this._writableState = new Writable.WritableState(options, this, true);

  if (options) {
    this.allowHalfOpen = options.allowHalfOpen !== false;

    if (options.readable === false) {
      const r = this._readableState;
      r.readable = false;
      r.ended = true;
      r.endEmitted = true;
    }

    if (options.writable === false) {
      const w = this._writableState;
      w.writable = false;
      w.ending = true;
      w.ended = true;
      w.finished = true;
    }

    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.write === 'function') this._write = options.write;
    if (typeof options.writev === 'function') this._writev = options.writev;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.final === 'function') this._final = options.final;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal) require('./add_abort_signal').addAbortSignal(options.signal, this);
  } else {
    this.allowHalfOpen = true;
  }

  Stream.call(this, options);

  if (typeof this._construct === 'function') {
    destroyImpl.construct(this, onDuplexConstructed);
  }
}

function onDuplexConstructed() {
  hooks.readableConstructed(this);
  hooks.writableConstructed(this);
}

function copyAccessor(from, name) {
  const desc = Object.getOwnPropertyDescriptor(from.prototype, name);
  Object.defineProperty(Duplex.prototype, name, {
    __proto__: null,
    get: desc.get,
    set: desc.set,
    enumerable: false,
    configurable: true,
  });
}

for (const name of ['writable', 'writableHighWaterMark', 'writableObjectMode',
                    'writableBuffer', 'writableLength', 'writableFinished',
                    'writableCorked', 'writableEnded', 'writableNeedDrain']) {
  copyAccessor(Writable, name);
}

Object.defineProperty(Duplex.prototype, 'destroyed', {
  __proto__: null,
  enumerable: false,
  configurable: true,
  get() {
    if (this._readableState === undefined || this._writableState === undefined) {
      return false;
    }
    return this._readableState.destroyed && this._writableState.destroyed;
  },
  set(value) {
    if (this._readableState && this._writableState) {
      this._readableState.destroyed = !!value;
      this._writableState.destroyed = !!value;
    }
  },
});

let webImpl;
function lazyWeb() {
  if (webImpl === undefined) webImpl = require('./web');
  return webImpl;
}

Duplex.fromWeb = function(pair, options) {
  return lazyWeb().newStreamDuplexFromReadableWritablePair(pair, options);
};

Duplex.toWeb = function(duplex) {
  return lazyWeb().newReadableWritablePairFromDuplex(duplex);
};

let duplexify;
Duplex.from = function(body) {
  if (duplexify === undefined) duplexify = require('./duplexify');
  return duplexify(body, 'body');
};
