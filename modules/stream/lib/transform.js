'use strict';
// stream.Transform: a Duplex whose readable side is fed by _transform()
// and, at the end, _flush().
//
// A write completes (its callback runs) once _transform() called back and
// the readable side has room; otherwise it waits for the next _read().
// The callback handed to _transform() is created once per stream, not per
// chunk: only one write is ever in flight.

module.exports = Transform;

const Duplex = require('./duplex');
const { getHighWaterMark } = require('./state');
const {
  codes: { ERR_METHOD_NOT_IMPLEMENTED },
} = require('internal/errors');

Object.setPrototypeOf(Transform.prototype, Duplex.prototype);
Object.setPrototypeOf(Transform, Duplex);

const kCallback = Symbol('kCallback');
// The write in flight: its callback, the readable length when it started,
// and the per-stream callback given to _transform().
const kWriteCb = Symbol('kWriteCb');
const kWriteLength = Symbol('kWriteLength');
const kAfterTransform = Symbol('kAfterTransform');

function Transform(options) {
  if (!(this instanceof Transform)) return new Transform(options);

  // A readableHighWaterMark of 0 needs a writable side that buffers
  // nothing either, or nothing would ever move.
  const readableHighWaterMark = options ?
    getHighWaterMark(this, options, 'readableHighWaterMark', true) : null;
  if (readableHighWaterMark === 0) {
    options = {
      ...options,
      highWaterMark: null,
      readableHighWaterMark,
      writableHighWaterMark: options.writableHighWaterMark || 0,
    };
  }

  Duplex.call(this, options);

  // Pushes from _transform() do not happen inside _read(): let them emit
  // 'data' directly.
  this._readableState.sync = false;

  this[kCallback] = null;
  this[kWriteCb] = null;
  this[kWriteLength] = 0;
  this[kAfterTransform] = null;

  if (options) {
    if (typeof options.transform === 'function') this._transform = options.transform;
    if (typeof options.flush === 'function') this._flush = options.flush;
  }

  // Subclasses with their own _final() still get _flush() at prefinish.
  this.on('prefinish', prefinish);
}

function final(cb) {
  if (typeof this._flush === 'function' && !this.destroyed) {
    this._flush((er, data) => {
      if (er) {
        if (cb) cb(er);
        else this.destroy(er);
        return;
      }
      if (data != null) this.push(data);
      this.push(null);
      if (cb) cb();
    });
  } else {
    this.push(null);
    if (cb) cb();
  }
}

function prefinish() {
  if (this._final !== final) final.call(this);
}

Transform.prototype._final = final;

Transform.prototype._transform = function(chunk, encoding, callback) {
  throw new ERR_METHOD_NOT_IMPLEMENTED('_transform()');
};

function makeAfterTransform(stream) {
  const rState = stream._readableState;
  const wState = stream._writableState;
  return function afterTransform(err, val) {
    const callback = stream[kWriteCb];
    if (err) {
      callback(err);
      return;
    }
    if (val != null) stream.push(val);
    if (rState.ended === true) {
      // push(null) happened: let the new state settle first.
      process.nextTick(callback);
    } else if (wState.ended === true || stream[kWriteLength] === rState.length ||
               rState.length < rState.highWaterMark) {
      callback();
    } else {
      stream[kCallback] = callback;
    }
  };
}

Transform.prototype._write = function(chunk, encoding, callback) {
  let afterTransform = this[kAfterTransform];
  if (afterTransform == null) {
    afterTransform = this[kAfterTransform] = makeAfterTransform(this);
  }
  this[kWriteCb] = callback;
  this[kWriteLength] = this._readableState.length;
  this._transform(chunk, encoding, afterTransform);
};

Transform.prototype._read = function() {
  if (this[kCallback]) {
    const callback = this[kCallback];
    this[kCallback] = null;
    callback();
  }
};
