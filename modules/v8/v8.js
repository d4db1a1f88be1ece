'use strict';

// The `v8` builtin (node 20): the engine's heap figures, flags, code cache
// tag and heap snapshots, through the runtime's service table (ABI 1.5).
//
// Not in Mosaic yet, and failing with ERR_MOSAIC_NOT_IMPLEMENTED when used:
// the serialization API (serialize/deserialize and the Serializer classes,
// which need the engine's ValueSerializer with JS delegates), promiseHooks,
// queryObjects, GCProfiler, setHeapSnapshotNearHeapLimit and coverage
// (NODE_V8_COVERAGE). Mosaic never builds a start-up snapshot from user
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
const { validateObject, validateString } = require('internal/validators');

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

function unsupportedClass(name) {
  return {
    [name]: class {
      constructor() {
        throw new ERR_MOSAIC_NOT_IMPLEMENTED(`v8.${name}`);
      }
    },
  }[name];
}

const Serializer = unsupportedClass('Serializer');
const Deserializer = unsupportedClass('Deserializer');
class DefaultSerializer extends Serializer {}
class DefaultDeserializer extends Deserializer {}

class GCProfiler {
  start() {
    throw new ERR_MOSAIC_NOT_IMPLEMENTED('v8.GCProfiler');
  }

  stop() {
    throw new ERR_MOSAIC_NOT_IMPLEMENTED('v8.GCProfiler');
  }
}

const promiseHooks = {
  createHook: notImplemented('promiseHooks.createHook'),
  onInit: notImplemented('promiseHooks.onInit'),
  onBefore: notImplemented('promiseHooks.onBefore'),
  onAfter: notImplemented('promiseHooks.onAfter'),
  onSettled: notImplemented('promiseHooks.onSettled'),
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
  deserialize: notImplemented('deserialize'),
  takeCoverage,
  stopCoverage,
  serialize: notImplemented('serialize'),
  writeHeapSnapshot,
  promiseHooks,
  queryObjects: notImplemented('queryObjects'),
  startupSnapshot,
  setHeapSnapshotNearHeapLimit: notImplemented('setHeapSnapshotNearHeapLimit'),
  GCProfiler,
};
