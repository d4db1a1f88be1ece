'use strict';

// The `v8` builtin (node 20): the engine's heap figures, flags, code cache
// tag and heap snapshots, through the runtime's service table (ABI 1.5).
//
// Not in Mosaic yet, and failing with ERR_MOSAIC_NOT_IMPLEMENTED when used:
// queryObjects, GCProfiler, setHeapSnapshotNearHeapLimit and
// coverage (NODE_V8_COVERAGE). The serialization format is V8 10.2's
// (wire format 14): node 20 (V8 11.3) writes version 15, which this engine
// cannot read, so data serialized by node does not deserialize here. Mosaic never builds a start-up snapshot from user
// code, so startupSnapshot reports that it is not building one.

/* global binding */

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_MOSAIC_NOT_IMPLEMENTED,
    ERR_NOT_BUILDING_SNAPSHOT,
  },
  uvException,
} = require('internal/errors');
const { validateFunction, validateObject, validateString } = require('internal/validators');

const kHeapStatistics = 0;
const kHeapSpaceStatistics = 1;
const kHeapCodeStatistics = 2;

function notImplemented(what) {
  return () => {
    throw new ERR_MOSAIC_NOT_IMPLEMENTED(`v8.${what}`);
  };
}

function cachedDataVersionTag() {
  return binding.cachedDataVersionTag();
}

function getHeapStatistics() {
  return binding.heapStatistics(kHeapStatistics);
}

function getHeapSpaceStatistics() {
  return binding.heapStatistics(kHeapSpaceStatistics);
}

function getHeapCodeStatistics() {
  return binding.heapStatistics(kHeapCodeStatistics);
}

function setFlagsFromString(flags) {
  validateString(flags, 'flags');
  binding.setFlagsFromString(flags);
}

// A path argument as node's fs takes it: a string, Buffer or file: URL.
function toPath(path) {
  if (typeof path === 'string') return path;
  if (path instanceof URL) return require('internal/url').fileURLToPath(path);
  if (ArrayBuffer.isView(path) && path.constructor.name === 'Buffer') return path.toString();
  throw new ERR_INVALID_ARG_TYPE('path', ['string', 'Buffer', 'URL'], path);
}

let snapshotCount = 0;

// node's default name: Heap.<date>.<time>.<pid>.<thread>.<sequence>.heapsnapshot
function defaultSnapshotName() {
  const now = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  const date = `${now.getFullYear()}${pad(now.getMonth() + 1)}${pad(now.getDate())}`;
  const time = `${pad(now.getHours())}${pad(now.getMinutes())}${pad(now.getSeconds())}`;
  const sequence = String(++snapshotCount).padStart(3, '0');
  return `Heap.${date}.${time}.${process.pid}.0.${sequence}.heapsnapshot`;
}

function writeHeapSnapshot(path, options) {
  if (options !== undefined) validateObject(options, 'options');
  const filename = path === undefined ? defaultSnapshotName() : toPath(path);
  const error = binding.writeHeapSnapshot(filename);
  if (error !== 0) throw uvException({ errno: -error, syscall: 'open', path: filename });
  return filename;
}

// A Readable of the snapshot's JSON: written to a temporary file first,
// which goes away once the stream closes.
function getHeapSnapshot(options) {
  if (options !== undefined) validateObject(options, 'options');
  const { isAvailable } = require('internal/modules/builtins');
  if (!isAvailable('fs')) {
    throw new ERR_MOSAIC_NOT_IMPLEMENTED('v8.getHeapSnapshot in a runtime without the fs plugin');
  }
  const fs = require('fs');
  const dir = fs.mkdtempSync(`${require('os').tmpdir()}/mosaic-heap-`);
  const file = `${dir}/snapshot.heapsnapshot`;
  try {
    writeHeapSnapshot(file);
  } catch (err) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw err;
  }
  const stream = fs.createReadStream(file);
  stream.once('close', () => fs.rmSync(dir, { recursive: true, force: true }));
  return stream;
}

function takeCoverage() {
  if (process.env.NODE_V8_COVERAGE) notImplemented('takeCoverage with NODE_V8_COVERAGE')();
}

function stopCoverage() {
  if (process.env.NODE_V8_COVERAGE) notImplemented('stopCoverage with NODE_V8_COVERAGE')();
}

function notBuildingSnapshot() {
  throw new ERR_NOT_BUILDING_SNAPSHOT();
}

const startupSnapshot = {
  addDeserializeCallback: notBuildingSnapshot,
  addSerializeCallback: notBuildingSnapshot,
  setDeserializeMainFunction: notBuildingSnapshot,
  isBuildingSnapshot() {
    return false;
  },
};

// ---------------------------------------------------------------------------
// Serialization: the engine's Serializer / Deserializer (from the runtime),
// and node's defaults on them, which write every TypedArray, DataView and
// Buffer as a host object -- type index, byte length, bytes -- rather than
// with its whole (possibly pooled) ArrayBuffer.

const [Serializer, Deserializer] = binding.serializerClasses();

Serializer.prototype._getDataCloneError = Error;

// The next `length` bytes, as a Buffer sharing `buffer`'s memory.
Deserializer.prototype.readRawBytes = function readRawBytes(length) {
  const offset = this._readRawBytes(length);
  return lazyBuffer().from(this.buffer.buffer, this.buffer.byteOffset + offset, length);
};

// Host object type indexes, as node numbers them (10 is Buffer).
const kViewTypes = [
  Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
  Float32Array, Float64Array, DataView, undefined, BigInt64Array, BigUint64Array,
];
const kBufferType = 10;

function lazyBuffer() {
  return require('internal/lazy_buffer').lazyBuffer();
}

function viewTypeIndex(view) {
  const tag = Object.prototype.toString.call(view);
  return kViewTypes.findIndex((ctor) => ctor !== undefined && tag === `[object ${ctor.name}]`);
}

class DefaultSerializer extends Serializer {
  constructor() {
    super();
    this._setTreatArrayBufferViewsAsHostObjects(true);
  }

  _writeHostObject(view) {
    let type = kBufferType;
    if (view.constructor !== lazyBuffer()) {
      type = viewTypeIndex(view);
      if (type === -1) {
        const { inspect } = require('internal/util/inspect');
        throw new this._getDataCloneError(`Unserializable host object: ${inspect(view)}`);
      }
    }
    this.writeUint32(type);
    this.writeUint32(view.byteLength);
    this.writeRawBytes(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
  }
}

class DefaultDeserializer extends Deserializer {
  _readHostObject() {
    const type = this.readUint32();
    const ctor = type === kBufferType ? lazyBuffer() : kViewTypes[type];
    const byteLength = this.readUint32();
    const offset = this._readRawBytes(byteLength);
    if (ctor === undefined) throw new Error(`Unknown host object type ${type}`);
    const elementSize = ctor.BYTES_PER_ELEMENT || 1;
    const start = this.buffer.byteOffset + offset;
    if (start % elementSize === 0) {
      // Sharing the input's memory, as node does.
      return ctor === lazyBuffer() ? ctor.from(this.buffer.buffer, start, byteLength) :
        new ctor(this.buffer.buffer, start, byteLength / elementSize);
    }
    // Misaligned for the element size: a copy.
    const copy = new Uint8Array(byteLength);
    copy.set(new Uint8Array(this.buffer.buffer, start, byteLength));
    return new ctor(copy.buffer, 0, byteLength / elementSize);
  }
}

function serialize(value) {
  const serializer = new DefaultSerializer();
  serializer.writeHeader();
  serializer.writeValue(value);
  return serializer.releaseBuffer();
}

function deserialize(buffer) {
  const deserializer = new DefaultDeserializer(buffer);
  deserializer.readHeader();
  return deserializer.readValue();
}

class GCProfiler {
  start() {
    throw new ERR_MOSAIC_NOT_IMPLEMENTED('v8.GCProfiler');
  }

  stop() {
    throw new ERR_MOSAIC_NOT_IMPLEMENTED('v8.GCProfiler');
  }
}

// promiseHooks: listeners on the core's shared V8 promise hooks.
function promiseHook(kind) {
  return (hook) => {
    validateFunction(hook, `${kind}Hook`);
    return require('internal/promise_hooks').addPromiseHook(kind, hook);
  };
}

const promiseHooks = {
  createHook({ init, before, after, settled } = {}) {
    const stops = [];
    for (const [kind, hook] of [['init', init], ['before', before], ['after', after],
                                ['settled', settled]]) {
      if (hook === undefined) continue;
      try {
        stops.push(promiseHook(kind)(hook));
      } catch (err) {
        for (const stop of stops) stop();
        throw err;
      }
    }
    return function stop() {
      for (const hookStop of stops) hookStop();
    };
  },
  onInit: promiseHook('init'),
  onBefore: promiseHook('before'),
  onAfter: promiseHook('after'),
  onSettled: promiseHook('settled'),
};

module.exports = {
  cachedDataVersionTag,
  getHeapSnapshot,
  getHeapStatistics,
  getHeapSpaceStatistics,
  getHeapCodeStatistics,
  setFlagsFromString,
  Serializer,
  Deserializer,
  DefaultSerializer,
  DefaultDeserializer,
  deserialize,
  takeCoverage,
  stopCoverage,
  serialize,
  writeHeapSnapshot,
  promiseHooks,
  queryObjects: notImplemented('queryObjects'),
  startupSnapshot,
  setHeapSnapshotNearHeapLimit: notImplemented('setHeapSnapshotNearHeapLimit'),
  GCProfiler,
};
