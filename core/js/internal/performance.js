'use strict';

// The `performance` global (High Resolution Time + User Timing) with Node
// 20's shapes: Performance (an EventTarget, illegal to construct), the
// PerformanceEntry / PerformanceMark / PerformanceMeasure classes, the
// mark/measure buffers, and Node's nodeTiming / eventLoopUtilization /
// timerify extras.
//
// Native side, internalBinding('performance'):
//   now() -> double          ms since the time origin (monotonic)
//   timeOrigin: double       ms since the Unix epoch of the time origin
//   getMilestones() -> { nodeStart, v8Start, environment, bootstrapComplete,
//                        loopStart, loopExit }   ms relative to the time
//                        origin, -1 for a milestone not reached yet
//   loopIdleTime() -> double ms the event loop spent idle (uv_metrics)
//
// Exports: performance, Performance, PerformanceEntry, PerformanceMark,
// PerformanceMeasure, PerformanceNodeTiming, now, timeOrigin (getter).

const {
  EventTarget,
  defineEventHandler,
} = require('internal/event_target');
const {
  makeEnumerable,
  moveToEnd,
  defineToStringTag,
} = require('internal/util/properties');

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const kInternal = Symbol('kInternal');

let errorCodes;
function codes() {
  if (errorCodes === undefined) errorCodes = require('internal/errors').codes;
  return errorCodes;
}

let validators;
function lazyValidators() {
  if (validators === undefined) validators = require('internal/validators');
  return validators;
}

let perfBinding;
function binding() {
  if (perfBinding === undefined) perfBinding = internalBinding('performance');
  return perfBinding;
}

function now() {
  return binding().now();
}

let structuredCloneFn;
function cloneDetail(detail) {
  if (detail === undefined || detail === null) return null;
  if (structuredCloneFn === undefined) {
    structuredCloneFn = require('internal/structured_clone').structuredClone;
  }
  return structuredCloneFn(detail);
}

let DOMExceptionCtor;
function markNotSet(name) {
  if (DOMExceptionCtor === undefined) {
    DOMExceptionCtor = require('internal/dom_exception').DOMException;
  }
  return new DOMExceptionCtor(
    `The "${name}" performance mark has not been set`, 'SyntaxError');
}

function illegalConstructor() {
  return new (codes().ERR_ILLEGAL_CONSTRUCTOR)();
}

function invalidReceiver(name, value) {
  return new (codes().ERR_INVALID_ARG_TYPE)('this', name, value);
}

function getInspect(inspect) {
  return typeof inspect === 'function' ?
    inspect : require('internal/util/inspect').inspect;
}

function childOptions(options) {
  return {
    ...options,
    depth: Number.isInteger(options.depth) ? options.depth - 1 : options.depth,
  };
}

function depthExceeded(self, options) {
  const text = `[${self.constructor.name}]`;
  return typeof options?.stylize === 'function' ?
    options.stylize(text, 'special') : text;
}

function validateOptionsObject(options, name) {
  // A plain object, null or undefined; arrays and functions are rejected.
  if (options === undefined || options === null) return;
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new (codes().ERR_INVALID_ARG_TYPE)(name, 'object', options);
  }
}

// ---------------------------------------------------------------------------
// Entries

let entryInternals;

class PerformanceEntry {
  #name;
  #type;
  #start;
  #duration;

  constructor(key = undefined, name = undefined, type = undefined,
              start = undefined, duration = undefined) {
    if (key !== kInternal) throw illegalConstructor();
    this.#name = name;
    this.#type = type;
    this.#start = start;
    this.#duration = duration;
  }

  get name() {
    if (!(#name in this)) throw invalidReceiver('PerformanceEntry', this);
    return this.#name;
  }

  get entryType() {
    if (!(#name in this)) throw invalidReceiver('PerformanceEntry', this);
    return this.#type;
  }

  get startTime() {
    if (!(#name in this)) throw invalidReceiver('PerformanceEntry', this);
    return this.#start;
  }

  get duration() {
    if (!(#name in this)) throw invalidReceiver('PerformanceEntry', this);
    return this.#duration;
  }

  [kInspect](depth, options) {
    const inspect = arguments[2];  // util.inspect passes itself (Node >= 16.14)
    if (depth < 0) return depthExceeded(this, options);
    const obj = {
      name: this.#name,
      entryType: this.#type,
      startTime: this.#start,
      duration: this.#duration,
    };
    if (entryInternals.hasDetail(this)) obj.detail = this.detail;
    return `${this.constructor.name} ${getInspect(inspect)(obj,
                                                           childOptions(options))}`;
  }

  toJSON() {
    if (!(#name in this)) throw invalidReceiver('PerformanceEntry', this);
    return {
      name: this.#name,
      entryType: this.#type,
      startTime: this.#start,
      duration: this.#duration,
    };
  }

  static {
    entryInternals = {
      isEntry: (value) => typeof value === 'object' && value !== null &&
        #name in value,
      name: (entry) => entry.#name,
      type: (entry) => entry.#type,
      start: (entry) => entry.#start,
      hasDetail: () => false,
    };
  }
}

makeEnumerable(PerformanceEntry.prototype,
               ['name', 'entryType', 'startTime', 'duration', 'toJSON']);
moveToEnd(PerformanceEntry.prototype, 'toJSON');
moveToEnd(PerformanceEntry.prototype, kInspect);

const kNodeTimingMilestones = [
  'nodeStart', 'v8Start', 'environment', 'bootstrapComplete', 'loopStart',
  'loopExit',
];

class PerformanceMark extends PerformanceEntry {
  #detail;

  constructor(name, options = undefined) {
    if (arguments.length === 0) {
      throw new (codes().ERR_MISSING_ARGS)('name');
    }
    name = `${name}`;
    validateOptionsObject(options, 'options');
    if (kNodeTimingMilestones.includes(name)) {
      throw new (codes().ERR_INVALID_ARG_VALUE)('name', name);
    }
    const startTime = options?.startTime ?? now();
    lazyValidators().validateNumber(startTime, 'startTime');
    if (startTime < 0) {
      throw new (codes().ERR_PERFORMANCE_INVALID_TIMESTAMP)(startTime);
    }
    const detail = cloneDetail(options?.detail);
    super(kInternal, name, 'mark', startTime, 0);
    this.#detail = detail;
  }

  get detail() {
    if (!(#detail in this)) throw invalidReceiver('PerformanceMark', this);
    return this.#detail;
  }

  toJSON() {
    if (!(#detail in this)) throw invalidReceiver('PerformanceMark', this);
    return {
      name: this.name,
      entryType: this.entryType,
      startTime: this.startTime,
      duration: this.duration,
      detail: this.#detail,
    };
  }

  static {
    const previous = entryInternals.hasDetail;
    entryInternals.hasDetail = (entry) => #detail in entry || previous(entry);
  }
}

makeEnumerable(PerformanceMark.prototype, ['detail']);
defineToStringTag(PerformanceMark.prototype, 'PerformanceMark');

class PerformanceMeasure extends PerformanceEntry {
  #detail;

  constructor(key = undefined, name = undefined, start = undefined,
              duration = undefined, detail = undefined) {
    if (key !== kInternal) throw illegalConstructor();
    super(kInternal, name, 'measure', start, duration);
    this.#detail = detail;
  }

  get detail() {
    if (!(#detail in this)) throw invalidReceiver('PerformanceMeasure', this);
    return this.#detail;
  }

  toJSON() {
    if (!(#detail in this)) throw invalidReceiver('PerformanceMeasure', this);
    return {
      name: this.name,
      entryType: this.entryType,
      startTime: this.startTime,
      duration: this.duration,
      detail: this.#detail,
    };
  }

  static {
    const previous = entryInternals.hasDetail;
    entryInternals.hasDetail = (entry) => #detail in entry || previous(entry);
  }
}

makeEnumerable(PerformanceMeasure.prototype, ['detail']);
defineToStringTag(PerformanceMeasure.prototype, 'PerformanceMeasure');

// Node's performance.nodeTiming: a PerformanceEntry of type 'node' whose
// milestone fields are own getters reading the native milestones live.
function milestone(name) {
  return binding().getMilestones()[name];
}

function loopIdleTime() {
  return binding().loopIdleTime();
}

function uvMetricsInfo() {
  const b = binding();
  if (typeof b.uvMetricsInfo === 'function') return b.uvMetricsInfo();
  return { loopCount: 0, events: 0, eventsWaiting: 0 };
}

class PerformanceNodeTiming extends PerformanceEntry {
  constructor(key = undefined) {
    if (key !== kInternal) throw illegalConstructor();
    super(kInternal, 'node', 'node', 0, 0);
    const value = (v) => ({
      __proto__: null, value: v, enumerable: true, configurable: true,
      writable: false,
    });
    const live = (get) => ({
      __proto__: null, get, enumerable: true, configurable: true,
    });
    Object.defineProperties(this, {
      name: value('node'),
      entryType: value('node'),
      startTime: value(0),
      duration: live(now),
      nodeStart: live(() => milestone('nodeStart')),
      v8Start: live(() => milestone('v8Start')),
      environment: live(() => milestone('environment')),
      loopStart: live(() => milestone('loopStart')),
      loopExit: live(() => milestone('loopExit')),
      bootstrapComplete: live(() => milestone('bootstrapComplete')),
      idleTime: live(loopIdleTime),
      uvMetricsInfo: live(uvMetricsInfo),
    });
  }

  [kInspect](depth, options) {
    const inspect = arguments[2];  // util.inspect passes itself (Node >= 16.14)
    if (depth < 0) return depthExceeded(this, options);
    return `${this.constructor.name} ${getInspect(inspect)(this.toJSON(),
                                                           childOptions(options))}`;
  }

  toJSON() {
    return {
      name: 'node',
      entryType: 'node',
      startTime: this.startTime,
      duration: this.duration,
      nodeStart: this.nodeStart,
      v8Start: this.v8Start,
      bootstrapComplete: this.bootstrapComplete,
      environment: this.environment,
      loopStart: this.loopStart,
      loopExit: this.loopExit,
      idleTime: this.idleTime,
    };
  }
}

moveToEnd(PerformanceNodeTiming.prototype, 'toJSON');
moveToEnd(PerformanceNodeTiming.prototype, kInspect);

const nodeTiming = new PerformanceNodeTiming(kInternal);

// ---------------------------------------------------------------------------
// Buffers

const markEntries = [];
const measureEntries = [];
const markTimes = new Map();  // name -> startTime of the latest mark

// Merges the two buffers (each in insertion order) by startTime, stably,
// marks before measures on ties of equal position.
function sortedEntries(list) {
  return list.slice().sort((a, b) =>
    entryInternals.start(a) - entryInternals.start(b));
}

function filterBuffer(buffer, name) {
  for (let i = buffer.length - 1; i >= 0; i--) {
    if (entryInternals.name(buffer[i]) === name) buffer.splice(i, 1);
  }
}

// Resolves a measure endpoint: a timestamp, a mark name or a nodeTiming
// milestone.
function getMark(name) {
  if (name === undefined) return undefined;
  if (typeof name === 'number') {
    if (name < 0) {
      throw new (codes().ERR_PERFORMANCE_INVALID_TIMESTAMP)(name);
    }
    return name;
  }
  name = `${name}`;
  if (kNodeTimingMilestones.includes(name)) return nodeTiming[name];
  const ts = markTimes.get(name);
  if (ts === undefined) throw markNotSet(name);
  return ts;
}

function invalidMeasureOptions(message) {
  const ErrorClass = codes().ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS;
  if (typeof ErrorClass === 'function') return new ErrorClass(message);
  // Not every build of internal/errors defines this code.
  const err = new TypeError(message);
  err.code = 'ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS';
  return err;
}

// ---------------------------------------------------------------------------
// Performance

let performanceBrand;

function checkPerformance(self) {
  if (!performanceBrand(self)) throw invalidReceiver('Performance', self);
}

class Performance extends EventTarget {
  #brand = true;

  constructor(key = undefined) {
    if (key !== kInternal) throw illegalConstructor();
    super();
  }

  clearMarks(name = undefined) {
    checkPerformance(this);
    if (name !== undefined) {
      name = `${name}`;
      filterBuffer(markEntries, name);
      markTimes.delete(name);
    } else {
      markEntries.length = 0;
      markTimes.clear();
    }
  }

  clearMeasures(name = undefined) {
    checkPerformance(this);
    if (name !== undefined) {
      filterBuffer(measureEntries, `${name}`);
    } else {
      measureEntries.length = 0;
    }
  }

  clearResourceTimings(name = undefined) {
    checkPerformance(this);
    // No resource timing entries are recorded.
  }

  getEntries() {
    checkPerformance(this);
    return sortedEntries(markEntries.concat(measureEntries));
  }

  getEntriesByName(name, type = undefined) {
    checkPerformance(this);
    if (arguments.length === 0) {
      throw new (codes().ERR_MISSING_ARGS)('name');
    }
    name = `${name}`;
    let list;
    if (type !== undefined) {
      type = `${type}`;
      list = type === 'mark' ? markEntries :
        type === 'measure' ? measureEntries : [];
    } else {
      list = markEntries.concat(measureEntries);
    }
    return sortedEntries(list.filter((e) => entryInternals.name(e) === name));
  }

  getEntriesByType(type) {
    checkPerformance(this);
    if (arguments.length === 0) {
      throw new (codes().ERR_MISSING_ARGS)('type');
    }
    type = `${type}`;
    if (type === 'mark') return sortedEntries(markEntries);
    if (type === 'measure') return sortedEntries(measureEntries);
    return [];
  }

  mark(name, options = undefined) {
    checkPerformance(this);
    if (arguments.length === 0) {
      throw new (codes().ERR_MISSING_ARGS)('name');
    }
    const mark = new PerformanceMark(name, options);
    markEntries.push(mark);
    markTimes.set(entryInternals.name(mark), entryInternals.start(mark));
    return mark;
  }

  measure(name, startOrMeasureOptions = undefined, endMark = undefined) {
    checkPerformance(this);
    if (arguments.length === 0) {
      throw new (codes().ERR_MISSING_ARGS)('name');
    }
    if (typeof name === 'symbol') {
      throw new (codes().ERR_INVALID_ARG_TYPE)('name', 'string', name);
    }
    name = `${name}`;
    let start;
    let end;
    let duration;
    let optionsValid = false;
    if (typeof startOrMeasureOptions === 'object' &&
        startOrMeasureOptions !== null) {
      ({ start, end, duration } = startOrMeasureOptions);
      optionsValid = start !== undefined || end !== undefined;
    }
    if (optionsValid) {
      if (endMark !== undefined) {
        throw invalidMeasureOptions('endMark must not be specified');
      }
      if (start !== undefined && end !== undefined &&
          duration !== undefined) {
        throw invalidMeasureOptions('Must not have options.start, ' +
                                    'options.end, and options.duration ' +
                                    'specified');
      }
    }

    let endTime;
    if (endMark !== undefined) {
      endTime = getMark(endMark);
    } else if (optionsValid && end !== undefined) {
      endTime = getMark(end);
    } else if (optionsValid && start !== undefined && duration !== undefined) {
      endTime = getMark(start) + getMark(duration);
    } else {
      endTime = now();
    }

    let startTime;
    if (typeof startOrMeasureOptions === 'string') {
      startTime = getMark(startOrMeasureOptions);
    } else if (optionsValid && start !== undefined) {
      startTime = getMark(start);
    } else if (optionsValid && duration !== undefined && end !== undefined) {
      startTime = endTime - getMark(duration);
    } else {
      startTime = 0;
    }

    const detail = typeof startOrMeasureOptions === 'object' &&
      startOrMeasureOptions !== null ?
      cloneDetail(startOrMeasureOptions.detail) : null;
    const measure = new PerformanceMeasure(kInternal, name, +startTime,
                                           endTime - startTime, detail);
    measureEntries.push(measure);
    return measure;
  }

  now() {
    checkPerformance(this);
    return now();
  }

  setResourceTimingBufferSize(maxSize) {
    checkPerformance(this);
    lazyValidators().validateInteger(maxSize, 'maxSize', 0);
  }

  get timeOrigin() {
    checkPerformance(this);
    return binding().timeOrigin;
  }

  toJSON() {
    checkPerformance(this);
    return {
      nodeTiming: this.nodeTiming,
      timeOrigin: this.timeOrigin,
      eventLoopUtilization: this.eventLoopUtilization(),
    };
  }

  [kInspect](depth, options) {
    const inspect = arguments[2];  // util.inspect passes itself (Node >= 16.14)
    if (depth < 0) return depthExceeded(this, options);
    return `Performance ${getInspect(inspect)({
      nodeTiming: this.nodeTiming,
      timeOrigin: this.timeOrigin,
    }, childOptions(options))}`;
  }

  static {
    performanceBrand = (value) =>
      typeof value === 'object' && value !== null && #brand in value;
  }
}

makeEnumerable(Performance.prototype, [
  'clearMarks', 'clearMeasures', 'clearResourceTimings', 'getEntries',
  'getEntriesByName', 'getEntriesByType', 'mark', 'measure', 'now',
  'setResourceTimingBufferSize', 'timeOrigin', 'toJSON',
]);

// eventLoopUtilization(util1, util2): Node's ELU, from the loop start
// milestone and the loop's idle time.
function eventLoopUtilization(util1, util2) {
  const loopStart = milestone('loopStart');
  if (loopStart <= 0) return { idle: 0, active: 0, utilization: 0 };
  if (util2) {
    const idle = util1.idle - util2.idle;
    const active = util1.active - util2.active;
    return { idle, active, utilization: active / (idle + active) };
  }
  const idle = loopIdleTime();
  const active = now() - loopStart - idle;
  if (!util1) return { idle, active, utilization: active / (idle + active) };
  const idleDelta = idle - util1.idle;
  const activeDelta = active - util1.active;
  return {
    idle: idleDelta,
    active: activeDelta,
    utilization: activeDelta / (idleDelta + activeDelta),
  };
}

// timerify(fn): returns a wrapper that calls (or constructs with) `fn`.
// Node also reports 'function' entries to PerformanceObservers, which this
// runtime does not have yet.
function timerify(fn, options = undefined) {
  const { validateFunction } = lazyValidators();
  validateFunction(fn, 'fn');
  if (options !== undefined) validateOptionsObject(options, 'options');
  function timerifiedFn(...args) {
    return new.target ? Reflect.construct(fn, args, fn) :
      Reflect.apply(fn, this, args);
  }
  Object.defineProperties(timerifiedFn, {
    length: { __proto__: null, configurable: false, enumerable: true,
              value: fn.length },
    name: { __proto__: null, configurable: false, enumerable: true,
            value: `timerified ${fn.name}` },
  });
  return timerifiedFn;
}

function markResourceTiming(timingInfo, requestedUrl, initiatorType, global,
                            cacheMode) {
  throw new (codes().ERR_METHOD_NOT_IMPLEMENTED)('markResourceTiming');
}

for (const [key, value] of [
  ['eventLoopUtilization', eventLoopUtilization],
  ['nodeTiming', nodeTiming],
  ['markResourceTiming', markResourceTiming],
  ['timerify', timerify],
]) {
  Object.defineProperty(Performance.prototype, key, {
    __proto__: null,
    value,
    writable: true,
    enumerable: false,
    configurable: true,
  });
}
defineEventHandler(Performance.prototype, 'resourcetimingbufferfull');
moveToEnd(Performance.prototype, kInspect);
defineToStringTag(Performance.prototype, 'Performance');

const performance = new Performance(kInternal);

// ---------------------------------------------------------------------------

module.exports = {
  performance,
  Performance,
  PerformanceEntry,
  PerformanceMark,
  PerformanceMeasure,
  PerformanceNodeTiming,
  now,
  get timeOrigin() { return binding().timeOrigin; },
  eventLoopUtilization,
  timerify,
};
