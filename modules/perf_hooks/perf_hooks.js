'use strict';

// The `perf_hooks` builtin (Node 20).
//
// `performance` and the PerformanceEntry / Mark / Measure classes are the
// core's (internal/performance). This module adds what Node builds around
// them:
//  - PerformanceObserver / PerformanceObserverEntryList: observers get the
//    marks and measures made through performance.mark()/measure() (this
//    module wraps those two methods when it loads), timerify()'s 'function'
//    entries, and entries other plugins report through the
//    Symbol.for('mosaic.perf_hooks.enqueue') function on this module's
//    exports (for 'dns', 'http', 'http2', 'net', 'resource').
//  - Histograms (createHistogram, monitorEventLoopDelay) on the native HDR
//    histogram of perf_hooks_native.c.
//  - timerify() whose calls are 'function' entries for observers (it
//    replaces the core's performance.timerify).
//  - 'gc' entries from the core's GC observer (ABI 1.4), turned on only
//    while some observer watches 'gc'.

/* global binding */

const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_THIS,
    ERR_MISSING_ARGS,
    ERR_MOSAIC_NOT_IMPLEMENTED,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const {
  validateFunction,
  validateInteger,
  validateNumber,
  validateObject,
} = require('internal/validators');
const { defineToStringTag } = require('internal/util/properties');
const corePerformance = require('internal/performance');

const {
  performance,
  Performance,
  PerformanceEntry,
  PerformanceMark,
  PerformanceMeasure,
} = corePerformance;

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const kEmptyObject = Object.freeze({ __proto__: null });
const kInternal = Symbol('kInternal');

let inspectFn;
function inspect(value, options) {
  inspectFn ??= require('internal/util/inspect').inspect;
  return inspectFn(value, options);
}

function childOptions(options) {
  return { ...options, depth: options.depth == null ? null : options.depth - 1 };
}

let DOMExceptionCtor;
function domException(message, name) {
  DOMExceptionCtor ??= require('internal/dom_exception').DOMException;
  return new DOMExceptionCtor(message, name);
}

// ---------------------------------------------------------------------------
// Clock: the native clock (ms since the plugin loaded) mapped onto
// performance.now().

const nativeClockOffset = corePerformance.now() - binding.now();

function now() {
  return corePerformance.now();
}

// ---------------------------------------------------------------------------
// Entries made here ('function' and entries reported by other plugins).
// They inherit from the core's PerformanceEntry, whose own accessors only
// work on core-made entries, so every accessor is defined again.

function checkEntry(self, hasName, className) {
  if (!hasName(self)) throw new ERR_INVALID_ARG_TYPE('this', className, self);
}

let isNodeEntry;

class PerformanceNodeEntry {
  #name;
  #type;
  #start;
  #duration;
  #detail;

  constructor(key = undefined, name, type, start, duration, detail) {
    if (key !== kInternal) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this.#name = name;
    this.#type = type;
    this.#start = start;
    this.#duration = duration;
    this.#detail = detail;
  }

  get name() {
    checkEntry(this, isNodeEntry, 'PerformanceEntry');
    return this.#name;
  }

  get entryType() {
    checkEntry(this, isNodeEntry, 'PerformanceEntry');
    return this.#type;
  }

  get startTime() {
    checkEntry(this, isNodeEntry, 'PerformanceEntry');
    return this.#start;
  }

  get duration() {
    checkEntry(this, isNodeEntry, 'PerformanceEntry');
    return this.#duration;
  }

  get detail() {
    checkEntry(this, isNodeEntry, 'NodePerformanceEntry');
    return this.#detail;
  }

  toJSON() {
    checkEntry(this, isNodeEntry, 'PerformanceEntry');
    return {
      name: this.#name,
      entryType: this.#type,
      startTime: this.#start,
      duration: this.#duration,
      detail: this.#detail,
    };
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    return `${this.constructor.name} ${inspect(this.toJSON(), childOptions(options))}`;
  }

  static {
    isNodeEntry = (value) => typeof value === 'object' && value !== null && #name in value;
  }
}
Object.setPrototypeOf(PerformanceNodeEntry.prototype, PerformanceEntry.prototype);
Object.setPrototypeOf(PerformanceNodeEntry, PerformanceEntry);

// Resource timing entries come from fetch(); nothing in this runtime makes
// them yet. The class exists (and is not constructible), as in Node.
class PerformanceResourceTiming {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }
}
Object.setPrototypeOf(PerformanceResourceTiming.prototype, PerformanceEntry.prototype);
Object.setPrototypeOf(PerformanceResourceTiming, PerformanceEntry);
defineToStringTag(PerformanceResourceTiming.prototype, 'PerformanceResourceTiming');

function isPerformanceEntry(value) {
  if (isNodeEntry(value)) return true;
  if (!(value instanceof PerformanceEntry)) return false;
  try {
    return typeof value.entryType === 'string';
  } catch {
    return false;
  }
}

// ---------------------------------------------------------------------------
// PerformanceObserver

const kSupportedEntryTypes = Object.freeze([
  'dns', 'function', 'gc', 'http', 'http2', 'mark', 'measure', 'net', 'resource',
]);

const observers = new Set();   // connected observers
const pending = new Set();     // observers with entries to deliver
let dispatchQueued = false;

function queueDispatch() {
  if (dispatchQueued) return;
  dispatchQueued = true;
  setImmediate(() => {
    dispatchQueued = false;
    const list = Array.from(pending);
    pending.clear();
    for (const observer of list) observer[kInternal].dispatch();
  });
}

// ---------------------------------------------------------------------------
// 'gc' entries: the native side batches collections (kind, flags, start,
// duration) and hands them over from the loop.

let gcTracking = false;

let warnedGcAccessors = false;
function warnGcAccessor() {
  if (warnedGcAccessors) return;
  warnedGcAccessors = true;
  process.emitWarning(
    'Custom PerformanceEntry accessors are deprecated. Please use the detail property.',
    'DeprecationWarning', 'DEP0152');
}

// Node 20 still gives gc entries own `kind` and `flags` accessors (DEP0152).
function gcAccessor(detail, field) {
  return {
    __proto__: null,
    get() {
      warnGcAccessor();
      return detail[field];
    },
    enumerable: true,
    configurable: true,
  };
}

function deliverGc(batch) {
  for (let i = 0; i < batch.length; i += 4) {
    const detail = { kind: batch[i], flags: batch[i + 1] };
    const entry = new PerformanceNodeEntry(kInternal, 'gc', 'gc', batch[i + 2] + nativeClockOffset,
                                           batch[i + 3], detail);
    Object.defineProperties(entry, {
      kind: gcAccessor(detail, 'kind'),
      flags: gcAccessor(detail, 'flags'),
    });
    enqueue(entry);
  }
}

// Collections are observed only while some connected observer wants them.
function updateGcTracking() {
  let wanted = false;
  for (const observer of observers) {
    if (observer[kInternal].entryTypes.has('gc')) wanted = true;
  }
  if (wanted === gcTracking) return;
  if (!binding.observeGc(wanted ? deliverGc : null)) {
    throw new ERR_MOSAIC_NOT_IMPLEMENTED("PerformanceObserver entry type 'gc' on this core");
  }
  gcTracking = wanted;
}

let entryListBrand;

class PerformanceObserverEntryList {
  #entries;

  constructor(key = undefined, entries = []) {
    if (key !== kInternal) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this.#entries = entries.slice().sort((a, b) => a.startTime - b.startTime);
  }

  getEntries() {
    checkEntryList(this);
    return this.#entries.slice();
  }

  getEntriesByType(type) {
    checkEntryList(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    type = `${type}`;
    return this.#entries.filter((entry) => entry.entryType === type);
  }

  getEntriesByName(name, type = undefined) {
    checkEntryList(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    name = `${name}`;
    if (type != null) {
      type = `${type}`;
      return this.#entries.filter((entry) => entry.name === name && entry.entryType === type);
    }
    return this.#entries.filter((entry) => entry.name === name);
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    return `PerformanceObserverEntryList ${inspect(this.#entries, childOptions(options))}`;
  }

  static {
    entryListBrand = (value) => typeof value === 'object' && value !== null && #entries in value;
  }
}
defineToStringTag(PerformanceObserverEntryList.prototype, 'PerformanceObserverEntryList');

function checkEntryList(self) {
  if (!entryListBrand(self)) {
    throw new ERR_INVALID_ARG_TYPE('this', 'PerformanceObserverEntryList', self);
  }
}

const kTypeSingle = 0;
const kTypeMultiple = 1;

class PerformanceObserver {
  constructor(callback) {
    validateFunction(callback, 'callback');
    const state = {
      callback,
      buffer: [],
      entryTypes: new Set(),
      mode: undefined,
      dispatch: () => {
        const records = this.takeRecords();
        state.callback.call(this, new PerformanceObserverEntryList(kInternal, records), this);
      },
      maybeBuffer: (entry) => {
        if (!state.entryTypes.has(entry.entryType)) return;
        state.buffer.push(entry);
        pending.add(this);
        queueDispatch();
      },
    };
    Object.defineProperty(this, kInternal, {
      __proto__: null, value: state, enumerable: false, configurable: false, writable: false,
    });
  }

  observe(options = kEmptyObject) {
    const state = this[kInternal];
    validateObject(options, 'options');
    const { entryTypes, type, buffered } = { ...options };
    if (entryTypes === undefined && type === undefined) {
      throw new ERR_MISSING_ARGS('options.entryTypes', 'options.type');
    }
    if (entryTypes != null && type != null) {
      throw new ERR_INVALID_ARG_VALUE('options.entryTypes', entryTypes,
                                      'options.entryTypes can not set with ' +
                                      'options.type together');
    }
    if (state.mode === undefined) {
      if (entryTypes !== undefined) state.mode = kTypeMultiple;
      if (type !== undefined) state.mode = kTypeSingle;
    } else if (state.mode === kTypeSingle && entryTypes !== undefined) {
      throw domException('PerformanceObserver can not change to multiple observations',
                         'InvalidModificationError');
    } else if (state.mode === kTypeMultiple && type !== undefined) {
      throw domException('PerformanceObserver can not change to single observation',
                         'InvalidModificationError');
    }

    if (state.mode === kTypeMultiple) {
      if (!Array.isArray(entryTypes)) {
        throw new ERR_INVALID_ARG_TYPE('options.entryTypes', 'string[]', entryTypes);
      }
      state.entryTypes.clear();
      for (const t of entryTypes) {
        if (kSupportedEntryTypes.includes(t)) state.entryTypes.add(t);
      }
    } else {
      if (!kSupportedEntryTypes.includes(type)) return;
      state.entryTypes.add(type);
      if (buffered) {
        let entries = [];
        if (type === 'mark' || type === 'measure') entries = performance.getEntriesByType(type);
        state.buffer.push(...entries);
        pending.add(this);
        queueDispatch();
      }
    }
    if (state.entryTypes.size > 0) {
      observers.add(this);
      updateGcTracking();
    } else {
      this.disconnect();
    }
  }

  disconnect() {
    const state = this[kInternal];
    observers.delete(this);
    pending.delete(this);
    state.buffer = [];
    state.entryTypes.clear();
    state.mode = undefined;
    updateGcTracking();
  }

  takeRecords() {
    const state = this[kInternal];
    const list = state.buffer;
    state.buffer = [];
    return list;
  }

  static get supportedEntryTypes() {
    return kSupportedEntryTypes;
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    const state = this[kInternal];
    return `PerformanceObserver ${inspect({
      connected: observers.has(this),
      pending: pending.has(this),
      entryTypes: Array.from(state.entryTypes),
      buffer: state.buffer,
    }, childOptions(options))}`;
  }
}
defineToStringTag(PerformanceObserver.prototype, 'PerformanceObserver');

// Hands an entry to every observer watching its type.
function enqueue(entry) {
  if (!isPerformanceEntry(entry)) {
    throw new ERR_INVALID_ARG_TYPE('entry', 'PerformanceEntry', entry);
  }
  for (const observer of observers) observer[kInternal].maybeBuffer(entry);
}

// For other plugins: report an entry of their own ('dns', 'http', 'net',
// ...) with an optional detail; returns the entry.
function reportEntry(name, type, startTime, duration, detail = undefined) {
  const entry = new PerformanceNodeEntry(kInternal, `${name}`, `${type}`, +startTime,
                                         +duration, detail);
  enqueue(entry);
  return entry;
}

// ---------------------------------------------------------------------------
// Histograms

const kHandle = Symbol('kHandle');
const kKind = Symbol('kKind');
const kRecordable = 'recordable';
const kEld = 'eld';

function isHistogram(value) {
  return typeof value === 'object' && value !== null && value[kHandle] !== undefined &&
    binding.isHandle(value[kHandle]);
}

function handleOf(self) {
  if (!isHistogram(self)) throw new ERR_INVALID_THIS('Histogram');
  return self[kHandle];
}

function percentileMap(self, bigint) {
  const flat = binding.percentiles(handleOf(self), bigint);
  const map = new Map();
  for (let i = 0; i < flat.length; i += 2) map.set(flat[i], flat[i + 1]);
  return map;
}

function validatePercentile(percentile) {
  validateNumber(percentile, 'percentile');
  if (Number.isNaN(percentile) || percentile <= 0 || percentile > 100) {
    throw new ERR_OUT_OF_RANGE('percentile', '> 0 && <= 100', percentile);
  }
}

class Histogram {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get count() { return binding.get(handleOf(this), 'count', false); }
  get countBigInt() { return binding.get(handleOf(this), 'count', true); }
  get min() { return binding.get(handleOf(this), 'min', false); }
  get minBigInt() { return binding.get(handleOf(this), 'min', true); }
  get max() { return binding.get(handleOf(this), 'max', false); }
  get maxBigInt() { return binding.get(handleOf(this), 'max', true); }
  get mean() { return binding.get(handleOf(this), 'mean', false); }
  get exceeds() { return binding.get(handleOf(this), 'exceeds', false); }
  get exceedsBigInt() { return binding.get(handleOf(this), 'exceeds', true); }
  get stddev() { return binding.get(handleOf(this), 'stddev', false); }

  percentile(percentile) {
    const handle = handleOf(this);
    validatePercentile(percentile);
    return binding.percentile(handle, percentile, false);
  }

  percentileBigInt(percentile) {
    const handle = handleOf(this);
    validatePercentile(percentile);
    return binding.percentile(handle, percentile, true);
  }

  get percentiles() { return percentileMap(this, false); }
  get percentilesBigInt() { return percentileMap(this, true); }

  reset() {
    binding.reset(handleOf(this));
  }

  toJSON() {
    handleOf(this);
    return {
      count: this.count,
      min: this.min,
      max: this.max,
      mean: this.mean,
      exceeds: this.exceeds,
      stddev: this.stddev,
      percentiles: Object.fromEntries(this.percentiles),
    };
  }

  [kInspect](depth, options) {
    if (depth < 0) return this;
    return `Histogram ${inspect({
      min: this.min,
      max: this.max,
      mean: this.mean,
      exceeds: this.exceeds,
      stddev: this.stddev,
      count: this.count,
      percentiles: this.percentiles,
    }, childOptions(options))}`;
  }
}

function isRecordable(value) {
  return isHistogram(value) && value[kKind] === kRecordable;
}

class RecordableHistogram extends Histogram {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  record(val) {
    if (!isRecordable(this)) throw new ERR_INVALID_THIS('RecordableHistogram');
    if (typeof val !== 'bigint') validateInteger(val, 'val', 1);
    binding.record(this[kHandle], val);
  }

  recordDelta() {
    if (!isRecordable(this)) throw new ERR_INVALID_THIS('RecordableHistogram');
    binding.recordDelta(this[kHandle]);
  }

  add(other) {
    if (!isRecordable(this)) throw new ERR_INVALID_THIS('RecordableHistogram');
    if (!isRecordable(other)) {
      throw new ERR_INVALID_ARG_TYPE('other', 'RecordableHistogram', other);
    }
    binding.add(this[kHandle], other[kHandle]);
  }
}

// The event loop delay monitor: records the time between the callbacks of
// an unref'd repeating libuv timer, in nanoseconds.
class ELDHistogram extends Histogram {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  enable() {
    if (!isHistogram(this) || this[kKind] !== kEld) throw new ERR_INVALID_THIS('ELDHistogram');
    return binding.start(this[kHandle]);
  }

  disable() {
    if (!isHistogram(this) || this[kKind] !== kEld) throw new ERR_INVALID_THIS('ELDHistogram');
    return binding.stop(this[kHandle]);
  }
}

function makeHistogram(proto, handle, kind) {
  const histogram = Object.create(proto);
  Object.defineProperty(histogram, kHandle, {
    __proto__: null, value: handle, enumerable: false, configurable: false, writable: false,
  });
  Object.defineProperty(histogram, kKind, {
    __proto__: null, value: kind, enumerable: false, configurable: false, writable: false,
  });
  return histogram;
}

function createHistogram(options = kEmptyObject) {
  validateObject(options, 'options');
  const {
    lowest = 1,
    highest = Number.MAX_SAFE_INTEGER,
    figures = 3,
  } = options;
  if (typeof lowest !== 'bigint') {
    validateInteger(lowest, 'options.lowest', 1, Number.MAX_SAFE_INTEGER);
  } else if (lowest < 1n) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('options.lowest', lowest);
  }
  if (typeof highest !== 'bigint') {
    validateInteger(highest, 'options.highest', 2 * Number(lowest), Number.MAX_SAFE_INTEGER);
  } else if (highest < 2n * BigInt(lowest)) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('options.highest', highest);
  }
  validateInteger(figures, 'options.figures', 1, 5);
  return makeHistogram(RecordableHistogram.prototype,
                       binding.create(lowest, highest, figures), kRecordable);
}

function monitorEventLoopDelay(options = kEmptyObject) {
  validateObject(options, 'options');
  const { resolution = 10 } = options;
  validateInteger(resolution, 'options.resolution', 1);
  return makeHistogram(ELDHistogram.prototype, binding.createEld(resolution), kEld);
}

// ---------------------------------------------------------------------------
// timerify

function timerify(fn, options = kEmptyObject) {
  validateFunction(fn, 'fn');
  validateObject(options, 'options');
  const { histogram } = options;
  if (histogram !== undefined && !isRecordable(histogram)) {
    throw new ERR_INVALID_ARG_TYPE('options.histogram', 'RecordableHistogram', histogram);
  }

  function complete(start, args) {
    const duration = now() - start;
    if (histogram !== undefined) binding.record(histogram[kHandle], Math.max(1, Math.ceil(duration * 1e6)));
    const entry = new PerformanceNodeEntry(kInternal, fn.name, 'function', start, duration, args);
    for (let i = 0; i < args.length; i++) entry[i] = args[i];
    enqueue(entry);
  }

  function timerified(...args) {
    const isConstruct = new.target !== undefined;
    const start = now();
    const result = isConstruct ?
      Reflect.construct(fn, args, fn) : Reflect.apply(fn, this, args);
    if (!isConstruct && typeof result?.finally === 'function') {
      return result.finally(() => complete(start, args));
    }
    complete(start, args);
    return result;
  }
  Object.defineProperties(timerified, {
    length: { __proto__: null, configurable: false, enumerable: true, value: fn.length },
    name: { __proto__: null, configurable: false, enumerable: true, value: `timerified ${fn.name}` },
  });
  return timerified;
}

// ---------------------------------------------------------------------------
// Hooks into the core's performance object.

function wrapEntryMaker(name) {
  const original = Performance.prototype[name];
  const desc = Object.getOwnPropertyDescriptor(Performance.prototype, name);
  const wrapper = {
    [name](entryName, options = undefined) {
      const entry = Reflect.apply(original, this, arguments);
      if (observers.size > 0) enqueue(entry);
      return entry;
    },
  }[name];
  Object.defineProperty(Performance.prototype, name, { __proto__: null, ...desc, value: wrapper });
}
wrapEntryMaker('mark');
wrapEntryMaker('measure');

Object.defineProperty(Performance.prototype, 'timerify', {
  __proto__: null, value: timerify, writable: true, enumerable: false, configurable: true,
});

const constants = {
  NODE_PERFORMANCE_GC_MAJOR: 4,
  NODE_PERFORMANCE_GC_MINOR: 1,
  NODE_PERFORMANCE_GC_INCREMENTAL: 8,
  NODE_PERFORMANCE_GC_WEAKCB: 16,
  NODE_PERFORMANCE_GC_FLAGS_NO: 0,
  NODE_PERFORMANCE_GC_FLAGS_CONSTRUCT_RETAINED: 2,
  NODE_PERFORMANCE_GC_FLAGS_FORCED: 4,
  NODE_PERFORMANCE_GC_FLAGS_SYNCHRONOUS_PHANTOM_PROCESSING: 8,
  NODE_PERFORMANCE_GC_FLAGS_ALL_AVAILABLE_GARBAGE: 16,
  NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY: 32,
  NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE: 64,
};

module.exports = {
  Performance,
  PerformanceEntry,
  PerformanceMark,
  PerformanceMeasure,
  PerformanceObserver,
  PerformanceObserverEntryList,
  PerformanceResourceTiming,
  monitorEventLoopDelay,
  createHistogram,
  performance,
  constants,
};

Object.defineProperty(module.exports, Symbol.for('mosaic.perf_hooks.enqueue'), {
  __proto__: null, value: reportEntry, enumerable: false, configurable: false, writable: false,
});
