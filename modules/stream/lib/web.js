'use strict';
// Conversions between node streams and WHATWG web streams (the core's
// internal/webstreams): Readable.fromWeb/toWeb, Writable.fromWeb/toWeb and
// the Duplex pair forms built from them.

const {
  AbortError,
  codes: { ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const webstreams = require('internal/webstreams');

function lazyStream() {
  return require('../stream');
}

function validateInstance(value, Class, name) {
  if (!(value instanceof Class)) throw new ERR_INVALID_ARG_TYPE(name, Class.name, value);
}

// Ties a node stream to a web reader or writer: destroying the node stream
// cancels (or aborts, through `stop`) the web side unless that has closed,
// and the web side failing destroys the node stream (set `link.stream`).
function linkWebHandle(handle, stop) {
  const link = {
    closed: false,
    stream: null,
    destroy(error, callback) {
      if (link.closed) {
        callback(error);
        return;
      }
      stop(error).then(() => callback(error), callback);
    },
  };
  handle.closed.then(() => { link.closed = true; }, (error) => {
    link.closed = true;
    link.stream.destroy(error);
  });
  return link;
}

// A node Readable that pulls from a ReadableStream's reader.
function newStreamReadableFromReadableStream(readableStream, options = {}) {
  validateInstance(readableStream, webstreams.ReadableStream, 'readableStream');
  const { highWaterMark, encoding, objectMode = false, signal } = options;
  const reader = readableStream.getReader();
  const link = linkWebHandle(reader, (error) => reader.cancel(error));
  const readable = new (lazyStream().Readable)({
    objectMode,
    highWaterMark,
    encoding,
    signal,
    read() {
      reader.read().then(({ value, done }) => {
        if (done) {
          link.closed = true;
          readable.push(null);
        } else {
          readable.push(value);
        }
      }, (error) => readable.destroy(error));
    },
    destroy: link.destroy,
  });
  link.stream = readable;
  return readable;
}

// A ReadableStream fed by a node Readable, pausing it while the stream's
// queue is full. Byte chunks become plain Uint8Arrays, as in node.
function newReadableStreamFromStreamReadable(streamReadable, options = {}) {
  const { Readable, finished } = lazyStream();
  validateInstance(streamReadable, Readable, 'streamReadable');
  const objectMode = streamReadable.readableObjectMode;
  const strategy = options.strategy ?? (objectMode ?
    new webstreams.CountQueuingStrategy({ highWaterMark: streamReadable.readableHighWaterMark }) :
    { highWaterMark: streamReadable.readableHighWaterMark });
  let controller;
  function onData(chunk) {
    if (!objectMode && ArrayBuffer.isView(chunk)) {
      chunk = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    }
    controller.enqueue(chunk);
    if (controller.desiredSize <= 0) streamReadable.pause();
  }
  return new webstreams.ReadableStream({
    start(c) {
      controller = c;
      streamReadable.pause();
      streamReadable.on('data', onData);
      finished(streamReadable, (error) => {
        streamReadable.off('data', onData);
        if (error && error.code === 'ERR_STREAM_PREMATURE_CLOSE') {
          error = new AbortError(undefined, { cause: error });
        }
        if (error) controller.error(error);
        else controller.close();
      });
    },
    pull() {
      streamReadable.resume();
    },
    cancel(reason) {
      streamReadable.destroy(reason);
    },
  }, strategy);
}

// A node Writable that writes through a WritableStream's writer.
function newStreamWritableFromWritableStream(writableStream, options = {}) {
  validateInstance(writableStream, webstreams.WritableStream, 'writableStream');
  const { highWaterMark, decodeStrings = true, objectMode = false, signal } = options;
  const writer = writableStream.getWriter();
  const link = linkWebHandle(writer, (error) => writer.abort(error));
  const writable = new (lazyStream().Writable)({
    highWaterMark,
    objectMode,
    decodeStrings,
    signal,
    write(chunk, encoding, callback) {
      writer.ready.then(() => writer.write(chunk)).then(() => callback(), callback);
    },
    final(callback) {
      writer.close().then(() => {
        link.closed = true;
        callback();
      }, callback);
    },
    destroy: link.destroy,
  });
  link.stream = writable;
  return writable;
}

// A WritableStream that writes into a node Writable, waiting for 'drain'
// when it asks for it.
function newWritableStreamFromStreamWritable(streamWritable) {
  const { Writable, finished } = lazyStream();
  validateInstance(streamWritable, Writable, 'streamWritable');
  let closing;
  return new webstreams.WritableStream({
    start(controller) {
      finished(streamWritable, { readable: false }, (error) => {
        if (error && closing === undefined) controller.error(error);
      });
    },
    write(chunk) {
      if (streamWritable.write(chunk)) return undefined;
      return new Promise((resolve, reject) => {
        const onDrain = () => { streamWritable.off('error', onError); resolve(); };
        const onError = (error) => { streamWritable.off('drain', onDrain); reject(error); };
        streamWritable.once('drain', onDrain);
        streamWritable.once('error', onError);
      });
    },
    close() {
      closing = new Promise((resolve, reject) => {
        finished(streamWritable, { readable: false }, (error) => (error ? reject(error) : resolve()));
      });
      streamWritable.end();
      return closing;
    },
    abort(reason) {
      streamWritable.destroy(reason);
    },
  }, { highWaterMark: streamWritable.writableHighWaterMark });
}

function newStreamDuplexFromReadableWritablePair(pair = {}, options = {}) {
  const { readable: readableStream, writable: writableStream } = pair;
  validateInstance(readableStream, webstreams.ReadableStream, 'pair.readable');
  validateInstance(writableStream, webstreams.WritableStream, 'pair.writable');
  const { Duplex } = lazyStream();
  return Duplex.from({
    readable: newStreamReadableFromReadableStream(readableStream, options),
    writable: newStreamWritableFromWritableStream(writableStream, options),
  });
}

function newReadableWritablePairFromDuplex(duplex) {
  return {
    readable: newReadableStreamFromStreamReadable(duplex),
    writable: newWritableStreamFromStreamWritable(duplex),
  };
}

module.exports = {
  newStreamReadableFromReadableStream,
  newReadableStreamFromStreamReadable,
  newStreamWritableFromWritableStream,
  newWritableStreamFromStreamWritable,
  newStreamDuplexFromReadableWritablePair,
  newReadableWritablePairFromDuplex,
};
