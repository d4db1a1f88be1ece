'use strict';
// require('stream/web'): the core's WHATWG streams (also globals), and
// CompressionStream / DecompressionStream on the zlib plugin's engines
// (when the runtime has it).

const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_MOSAIC_NOT_IMPLEMENTED },
} = require('internal/errors');

const kFormats = ['deflate', 'deflate-raw', 'gzip'];

// A readable/writable pair over a zlib engine for `format`.
function zlibPair(format, compress) {
  if (!kFormats.includes(format)) throw new ERR_INVALID_ARG_VALUE('format', format);
  const { isAvailable } = require('internal/modules/builtins');
  if (!isAvailable('zlib')) {
    throw new ERR_MOSAIC_NOT_IMPLEMENTED(
      `${compress ? 'CompressionStream' : 'DecompressionStream'} in a runtime without the zlib plugin`);
  }
  const zlib = require('zlib');
  const engine = compress ?
    { 'deflate': zlib.createDeflate, 'deflate-raw': zlib.createDeflateRaw, 'gzip': zlib.createGzip } :
    { 'deflate': zlib.createInflate, 'deflate-raw': zlib.createInflateRaw, 'gzip': zlib.createGunzip };
  return require('./lib/duplex').toWeb(engine[format]());
}

class CompressionStream {
  #pair;

  constructor(format) {
    this.#pair = zlibPair(format, true);
  }

  get readable() { return this.#pair.readable; }

  get writable() { return this.#pair.writable; }

  get [Symbol.toStringTag]() { return 'CompressionStream'; }
}

class DecompressionStream {
  #pair;

  constructor(format) {
    this.#pair = zlibPair(format, false);
  }

  get readable() { return this.#pair.readable; }

  get writable() { return this.#pair.writable; }

  get [Symbol.toStringTag]() { return 'DecompressionStream'; }
}

module.exports = { ...require('internal/webstreams'), CompressionStream, DecompressionStream };
