'use strict';
// Conversions between node streams and WHATWG web streams. Mosaic has no
// web streams yet: each conversion throws ERR_MOSAIC_NOT_IMPLEMENTED.

const {
  codes: { ERR_MOSAIC_NOT_IMPLEMENTED },
} = require('internal/errors');

function notImplemented(name) {
  return function() {
    throw new ERR_MOSAIC_NOT_IMPLEMENTED(name);
  };
}

module.exports = {
  newStreamReadableFromReadableStream: notImplemented('stream.Readable.fromWeb()'),
  newReadableStreamFromStreamReadable: notImplemented('stream.Readable.toWeb()'),
  newStreamWritableFromWritableStream: notImplemented('stream.Writable.fromWeb()'),
  newWritableStreamFromStreamWritable: notImplemented('stream.Writable.toWeb()'),
  newStreamDuplexFromReadableWritablePair: notImplemented('stream.Duplex.fromWeb()'),
  newReadableWritablePairFromDuplex: notImplemented('stream.Duplex.toWeb()'),
};
