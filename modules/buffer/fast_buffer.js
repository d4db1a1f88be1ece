'use strict';

// FastBuffer: the Uint8Array subclass every Buffer is an instance of.
// buffer.js makes FastBuffer.prototype be Buffer.prototype (with
// constructor === Buffer); the plugin's other files create Buffers with
// `new FastBuffer(...)`.

class FastBuffer extends Uint8Array {
  // eslint-disable-next-line no-useless-constructor
  constructor(bufferOrLength, byteOffset, length) {
    super(bufferOrLength, byteOffset, length);
  }
}

module.exports = { FastBuffer };
