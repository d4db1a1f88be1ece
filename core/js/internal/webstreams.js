'use strict';
// WHATWG streams (ReadableStream, WritableStream, TransformStream and their
// readers, writers, controllers and queuing strategies): the npm
// web-streams-polyfill, embedded at build time, plus TextEncoderStream and
// TextDecoderStream on top of it. Globals and require('stream/web').

const streams = require('internal/deps/web-streams-polyfill/dist/ponyfill');
const { TextEncoder, TextDecoder } = require('internal/encoding');

const { TransformStream } = streams;

class TextEncoderStream {
  #transform;

  constructor() {
    const encoder = new TextEncoder();
    let pendingHighSurrogate = '';
    this.#transform = new TransformStream({
      transform(chunk, controller) {
        // A surrogate pair may be split across chunks: hold a trailing
        // high surrogate back until the next chunk (or flush).
        let text = pendingHighSurrogate + String(chunk);
        pendingHighSurrogate = '';
        const last = text.charCodeAt(text.length - 1);
        if (last >= 0xD800 && last <= 0xDBFF) {
          pendingHighSurrogate = text[text.length - 1];
          text = text.slice(0, -1);
        }
        if (text !== '') controller.enqueue(encoder.encode(text));
      },
      flush(controller) {
        if (pendingHighSurrogate !== '') controller.enqueue(new Uint8Array([0xEF, 0xBF, 0xBD]));
      },
    });
  }

  get encoding() { return 'utf-8'; }
  get readable() { return this.#transform.readable; }
  get writable() { return this.#transform.writable; }
  get [Symbol.toStringTag]() { return 'TextEncoderStream'; }
}

class TextDecoderStream {
  #decoder;
  #transform;

  constructor(encoding = 'utf-8', options = {}) {
    const decoder = new TextDecoder(encoding, options);
    this.#decoder = decoder;
    this.#transform = new TransformStream({
      transform(chunk, controller) {
        const text = decoder.decode(chunk, { stream: true });
        if (text !== '') controller.enqueue(text);
      },
      flush(controller) {
        const text = decoder.decode();
        if (text !== '') controller.enqueue(text);
      },
    });
  }

  get encoding() { return this.#decoder.encoding; }
  get fatal() { return this.#decoder.fatal; }
  get ignoreBOM() { return this.#decoder.ignoreBOM; }
  get readable() { return this.#transform.readable; }
  get writable() { return this.#transform.writable; }
  get [Symbol.toStringTag]() { return 'TextDecoderStream'; }
}

// util.inspect shows each object as node does: its type and a few facts
// (node's customInspect), not the polyfill's internal fields. Past the
// depth limit node prints undefined.
const kInspect = Symbol.for('nodejs.util.inspect.custom');

function defineInspect(Class, describe) {
  const name = Class.name;
  Object.defineProperty(Class.prototype, kInspect, {
    __proto__: null,
    configurable: true,
    enumerable: false,
    writable: true,
    value: function inspect(depth, options, inspectFn) {
      if (depth < 0) return undefined;
      const inner = { ...options, depth: options.depth == null ? null : options.depth - 1 };
      return `${name} ${inspectFn(describe(this), inner)}`;
    },
  });
}

defineInspect(streams.ReadableStream, (stream) => ({
  locked: stream.locked,
  state: stream._state,
  supportsBYOB: stream._readableStreamController instanceof streams.ReadableByteStreamController,
}));
defineInspect(streams.WritableStream, (stream) => ({ locked: stream.locked, state: stream._state }));
defineInspect(TransformStream, (stream) => ({
  readable: stream.readable, writable: stream.writable, backpressure: stream._backpressure,
}));
defineInspect(streams.ReadableStreamDefaultReader, (reader) => ({
  stream: reader._ownerReadableStream, readRequests: reader._readRequests.length, close: reader._closedPromise,
}));
defineInspect(streams.ReadableStreamBYOBReader, (reader) => ({
  stream: reader._ownerReadableStream, readIntoRequests: reader._readIntoRequests.length,
  close: reader._closedPromise,
}));
defineInspect(streams.WritableStreamDefaultWriter, (writer) => ({
  stream: writer._ownerWritableStream, close: writer._closedPromise, ready: writer._readyPromise,
  desiredSize: writer.desiredSize,
}));
defineInspect(streams.ReadableStreamDefaultController, () => ({}));
defineInspect(streams.ReadableByteStreamController, () => ({}));
defineInspect(streams.ReadableStreamBYOBRequest, (request) => ({
  view: request.view, controller: request._associatedReadableByteStreamController,
}));
defineInspect(streams.WritableStreamDefaultController, (controller) => ({
  stream: controller._controlledWritableStream,
}));
defineInspect(streams.TransformStreamDefaultController, (controller) => ({
  stream: controller._controlledTransformStream,
}));
for (const Strategy of [streams.CountQueuingStrategy, streams.ByteLengthQueuingStrategy]) {
  defineInspect(Strategy, (strategy) => ({ highWaterMark: strategy.highWaterMark }));
}
defineInspect(TextEncoderStream, (stream) => ({
  encoding: stream.encoding, readable: stream.readable, writable: stream.writable,
}));
defineInspect(TextDecoderStream, (stream) => ({
  encoding: stream.encoding, fatal: stream.fatal, ignoreBOM: stream.ignoreBOM,
  readable: stream.readable, writable: stream.writable,
}));

module.exports = {
  ReadableStream: streams.ReadableStream,
  ReadableStreamDefaultReader: streams.ReadableStreamDefaultReader,
  ReadableStreamBYOBReader: streams.ReadableStreamBYOBReader,
  ReadableStreamBYOBRequest: streams.ReadableStreamBYOBRequest,
  ReadableByteStreamController: streams.ReadableByteStreamController,
  ReadableStreamDefaultController: streams.ReadableStreamDefaultController,
  TransformStream,
  TransformStreamDefaultController: streams.TransformStreamDefaultController,
  WritableStream: streams.WritableStream,
  WritableStreamDefaultWriter: streams.WritableStreamDefaultWriter,
  WritableStreamDefaultController: streams.WritableStreamDefaultController,
  ByteLengthQueuingStrategy: streams.ByteLengthQueuingStrategy,
  CountQueuingStrategy: streams.CountQueuingStrategy,
  TextEncoderStream,
  TextDecoderStream,
};
