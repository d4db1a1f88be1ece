'use strict';
// stream.duplexPair(): two Duplexes, each reading what the other writes.

const Duplex = require('./duplex');

const kCallback = Symbol('kCallback');
const kOtherSide = Symbol('kOtherSide');
const kInitOtherSide = Symbol('kInitOtherSide');

class DuplexSide extends Duplex {
  constructor(options) {
    super(options);
    this[kCallback] = null;
    this[kOtherSide] = null;
  }

  [kInitOtherSide](otherSide) {
    if (this[kOtherSide] === null) this[kOtherSide] = otherSide;
  }

  _read() {
    // The other side's write completes once this side is read from.
    const callback = this[kCallback];
    if (callback) {
      this[kCallback] = null;
      callback();
    }
  }

  _write(chunk, encoding, callback) {
    if (chunk.length === 0) {
      process.nextTick(callback);
    } else {
      this[kOtherSide].push(chunk);
      this[kOtherSide][kCallback] = callback;
    }
  }

  _final(callback) {
    this[kOtherSide].on('end', callback);
    this[kOtherSide].push(null);
  }
}

function duplexPair(options) {
  const side0 = new DuplexSide(options);
  const side1 = new DuplexSide(options);
  side0[kInitOtherSide](side1);
  side1[kInitOtherSide](side0);
  return [side0, side1];
}

module.exports = duplexPair;
