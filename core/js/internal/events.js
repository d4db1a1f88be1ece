'use strict';

// EventEmitter with Node 20's semantics. The core builds `process` on it, so
// this file requires nothing but internal/errors and internal/validators at
// load time; util, process.emitWarning and the EventTarget helpers are
// reached lazily, inside the functions that need them.

const {
  AbortError,
  genericNodeError,
  kEnhanceStackBeforeInspector,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_UNHANDLED_ERROR,
  },
} = require('internal/errors');

const {
  validateAbortSignal,
  validateBoolean,
  validateFunction,
  validateInteger,
  validateNumber,
} = require('internal/validators');

const kCapture = Symbol('kCapture');
const kErrorMonitor = Symbol('events.errorMonitor');
const kShapeMode = Symbol('shapeMode');
const kMaxEventTargetListeners = Symbol('events.maxEventTargetListeners');
const kMaxEventTargetListenersWarned = Symbol('events.maxEventTargetListenersWarned');
const kRejection = Symbol.for('nodejs.rejection');
const kWatermarkData = Symbol.for('nodejs.watermarkData');
const kFirstEventParam = Symbol('nodejs.kFirstEventParam');
const SymbolDispose = Symbol.dispose || Symbol.for('nodejs.dispose');

const kEmptyObject = Object.freeze({ __proto__: null });

const AsyncIteratorPrototype = Object.getPrototypeOf(
  Object.getPrototypeOf(async function* () {}).prototype);

let defaultMaxListeners = 10;

// ---------------------------------------------------------------------------
// Lazily reached helpers

let utilInspect;
function inspect(value, opts) {
  if (utilInspect === undefined) {
    try {
      utilInspect = require('internal/util/inspect').inspect;
    } catch {
      utilInspect = null;
    }
  }
  if (typeof utilInspect === 'function') return utilInspect(value, opts);
  if (opts && opts.depth === -1 && value !== null && typeof value === 'object') {
    const ctor = value.constructor;
    return `[${(ctor && ctor.name) || 'Object'}]`;
  }
  if (typeof value === 'string') return `'${value}'`;
  if (typeof value === 'symbol') return value.toString();
  return `${value}`;
}

let eventTargetHelpers;
function lazyEventTarget() {
  if (eventTargetHelpers === undefined) {
    eventTargetHelpers = null;
    try {
      eventTargetHelpers = require('internal/event_target');
    } catch {
      eventTargetHelpers = null;
    }
  }
  return eventTargetHelpers;
}

function isEventTarget(obj) {
  const et = lazyEventTarget();
  if (et !== null && typeof et.isEventTarget === 'function') return et.isEventTarget(obj);
  if (obj == null || typeof obj !== 'object') return false;
  if (typeof EventTarget === 'function' && obj instanceof EventTarget) return true;
  return false;
}

function resistStopPropagationOptions(base) {
  const et = lazyEventTarget();
  if (et !== null && et.kResistStopPropagation !== undefined) {
    base[et.kResistStopPropagation] = true;
  }
  return base;
}

function checkListener(listener) {
  if (typeof listener !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('listener', 'Function', listener);
  }
}

function checkMaxListeners(n, name) {
  validateNumber(n, name, 0);
}

// ---------------------------------------------------------------------------
// EventEmitter

function EventEmitter(opts) {
  EventEmitter.init.call(this, opts);
}

EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;

function init(opts) {
  if (this._events === undefined ||
      this._events === Object.getPrototypeOf(this)._events) {
    this._events = { __proto__: null };
    this._eventsCount = 0;
    this[kShapeMode] = false;
  } else {
    this[kShapeMode] = true;
  }

  this._maxListeners = this._maxListeners || undefined;

  if (opts?.captureRejections) {
    validateBoolean(opts.captureRejections, 'options.captureRejections');
    this[kCapture] = Boolean(opts.captureRejections);
  } else {
    // Follows the global default at construction time.
    this[kCapture] = EventEmitter.prototype[kCapture];
  }
}

EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
  checkMaxListeners(n, 'setMaxListeners');
  this._maxListeners = n;
  return this;
};

function _getMaxListeners(that) {
  if (that._maxListeners === undefined) return defaultMaxListeners;
  return that._maxListeners;
}

EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
  return _getMaxListeners(this);
};

// Promise returned by a listener of a captureRejections emitter: route a
// rejection to [Symbol.for('nodejs.rejection')] or to 'error'.
function addCatch(that, promise, type, args) {
  if (!that[kCapture]) return;
  try {
    const then = promise.then;
    if (typeof then === 'function') {
      then.call(promise, undefined, function(err) {
        process.nextTick(emitUnhandledRejectionOrErr, that, err, type, args);
      });
    }
  } catch (err) {
    that.emit('error', err);
  }
}

function emitUnhandledRejectionOrErr(ee, err, type, args) {
  if (typeof ee[kRejection] === 'function') {
    ee[kRejection](err, type, ...args);
  } else {
    // Avoid looping if the 'error' listener itself returns a rejected promise.
    const prev = ee[kCapture];
    try {
      ee[kCapture] = false;
      ee.emit('error', err);
    } finally {
      ee[kCapture] = prev;
    }
  }
}

// Copy of a listener array; small sizes spelled out (faster than slice()).
function arrayClone(arr) {
  switch (arr.length) {
    case 2: return [arr[0], arr[1]];
    case 3: return [arr[0], arr[1], arr[2]];
    case 4: return [arr[0], arr[1], arr[2], arr[3]];
    case 5: return [arr[0], arr[1], arr[2], arr[3], arr[4]];
    case 6: return [arr[0], arr[1], arr[2], arr[3], arr[4], arr[5]];
  }
  return arr.slice();
}

function throwUnhandledError(emitter, er) {
  if (er instanceof Error) {
    try {
      const capture = {};
      Error.captureStackTrace(capture, EventEmitter.prototype.emit);
      Object.defineProperty(er, kEnhanceStackBeforeInspector, {
        __proto__: null,
        value: () => stackWithEmitSite(emitter, er, capture),
        configurable: true,
      });
    } catch {
      // Only context for the printout: never in the way of the throw.
    }
    throw er;  // Unhandled 'error' event
  }
  let stringifiedEr;
  try {
    stringifiedEr = inspect(er);
  } catch {
    stringifiedEr = er;
  }
  const err = new ERR_UNHANDLED_ERROR(stringifiedEr);
  err.context = er;
  throw err;
}

// The error's stack, then where emit('error') was called (frames that
// repeat the error's own elided), as node prints an unhandled 'error'.
function stackWithEmitSite(emitter, err, capture) {
  let ctorInfo = '';
  try {
    const { name } = emitter.constructor;
    if (name !== 'EventEmitter') ctorInfo = ` on ${name} instance`;
  } catch {
    // A constructor getter that throws: no name then.
  }
  const errStack = err.stack.split('\n').slice(1);
  const ownStack = capture.stack.split('\n').slice(1);
  const { identicalSequenceRange } = require('internal/util/inspect');
  const { len, offset } = identicalSequenceRange(ownStack, errStack);
  if (len > 0) {
    // The first and last shared frames stay.
    ownStack.splice(offset + 1, len - 2, '    [... lines matching original stack trace ...]');
  }
  return `${err.stack}\nEmitted 'error' event${ctorInfo} at:\n${ownStack.join('\n')}`;
}

// Rest parameters + Function#apply: V8 turns this into a direct call with
// no array allocated when emit() is optimized, which beats switching on
// `arguments.length` (see tests/js-under-node/bench-events.js).
function emit(type, ...args) {
  let doError = (type === 'error');

  const events = this._events;
  if (events !== undefined) {
    if (doError && events[kErrorMonitor] !== undefined) {
      this.emit(kErrorMonitor, ...args);
    }
    doError = (doError && events.error === undefined);
  } else if (!doError) {
    return false;
  }

  if (doError) throwUnhandledError(this, args.length > 0 ? args[0] : undefined);

  const handler = events[type];
  if (handler === undefined) return false;

  if (typeof handler === 'function') {
    const result = handler.apply(this, args);
    if (result !== undefined && result !== null) {
      addCatch(this, result, type, args);
    }
  } else {
    const len = handler.length;
    const listeners = arrayClone(handler);
    for (let i = 0; i < len; ++i) {
      const result = listeners[i].apply(this, args);
      if (result !== undefined && result !== null) {
        addCatch(this, result, type, args);
      }
    }
  }
  return true;
}
EventEmitter.prototype.emit = emit;

function _addListener(target, type, listener, prepend) {
  let m;
  let events;
  let existing;

  checkListener(listener);

  events = target._events;
  if (events === undefined) {
    events = target._events = { __proto__: null };
    target._eventsCount = 0;
  } else {
    // Emit newListener before adding, so a listener for it does not see
    // itself.
    if (events.newListener !== undefined) {
      target.emit('newListener', type, listener.listener ?? listener);
      // newListener handlers may have replaced this._events.
      events = target._events;
    }
    existing = events[type];
  }

  if (existing === undefined) {
    events[type] = listener;
    ++target._eventsCount;
  } else {
    if (typeof existing === 'function') {
      existing = events[type] = prepend ? [listener, existing] : [existing, listener];
    } else if (prepend) {
      existing.unshift(listener);
    } else {
      existing.push(listener);
    }

    m = _getMaxListeners(target);
    if (m > 0 && existing.length > m && !existing.warned) {
      existing.warned = true;
      const w = genericNodeError(
        `Possible EventEmitter memory leak detected. ${existing.length} ${String(type)} ` +
        `listeners added to ${inspect(target, { depth: -1 })}. MaxListeners is ${m}. ` +
        'Use emitter.setMaxListeners() to increase limit',
        { name: 'MaxListenersExceededWarning', emitter: target, type, count: existing.length });
      if (typeof process === 'object' && process !== null &&
          typeof process.emitWarning === 'function') {
        process.emitWarning(w);
      }
    }
  }

  return target;
}

EventEmitter.prototype.addListener = function addListener(type, listener) {
  return _addListener(this, type, listener, false);
};

EventEmitter.prototype.on = EventEmitter.prototype.addListener;

EventEmitter.prototype.prependListener = function prependListener(type, listener) {
  return _addListener(this, type, listener, true);
};

function onceWrapper() {
  if (!this.fired) {
    this.target.removeListener(this.type, this.wrapFn);
    this.fired = true;
    if (arguments.length === 0) return this.listener.call(this.target);
    return this.listener.apply(this.target, arguments);
  }
}

function _onceWrap(target, type, listener) {
  const state = { fired: false, wrapFn: undefined, target, type, listener };
  const wrapped = onceWrapper.bind(state);
  wrapped.listener = listener;
  state.wrapFn = wrapped;
  return wrapped;
}

EventEmitter.prototype.once = function once(type, listener) {
  checkListener(listener);
  this.on(type, _onceWrap(this, type, listener));
  return this;
};

EventEmitter.prototype.prependOnceListener = function prependOnceListener(type, listener) {
  checkListener(listener);
  this.prependListener(type, _onceWrap(this, type, listener));
  return this;
};

EventEmitter.prototype.removeListener = function removeListener(type, listener) {
  checkListener(listener);

  const events = this._events;
  if (events === undefined) return this;

  const list = events[type];
  if (list === undefined) return this;

  if (list === listener || list.listener === listener) {
    this._eventsCount -= 1;
    if (this[kShapeMode]) {
      events[type] = undefined;
    } else if (this._eventsCount === 0) {
      this._events = { __proto__: null };
    } else {
      delete events[type];
      if (events.removeListener) {
        this.emit('removeListener', type, list.listener || listener);
      }
    }
  } else if (typeof list !== 'function') {
    let position = -1;
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i] === listener || list[i].listener === listener) {
        position = i;
        break;
      }
    }
    if (position < 0) return this;

    if (position === 0) {
      list.shift();
    } else {
      list.splice(position, 1);
    }

    if (list.length === 1) events[type] = list[0];

    if (events.removeListener !== undefined) {
      this.emit('removeListener', type, listener);
    }
  }

  return this;
};

EventEmitter.prototype.off = EventEmitter.prototype.removeListener;

EventEmitter.prototype.removeAllListeners = function removeAllListeners(type) {
  const events = this._events;
  if (events === undefined) return this;

  // Nobody listens for 'removeListener': no events to emit.
  if (events.removeListener === undefined) {
    if (arguments.length === 0) {
      this._events = { __proto__: null };
      this._eventsCount = 0;
    } else if (events[type] !== undefined) {
      if (--this._eventsCount === 0) {
        this._events = { __proto__: null };
      } else {
        delete events[type];
      }
    }
    this[kShapeMode] = false;
    return this;
  }

  // Emit 'removeListener' for every listener of every event.
  if (arguments.length === 0) {
    for (const key of Reflect.ownKeys(events)) {
      if (key === 'removeListener') continue;
      this.removeAllListeners(key);
    }
    this.removeAllListeners('removeListener');
    this._events = { __proto__: null };
    this._eventsCount = 0;
    this[kShapeMode] = false;
    return this;
  }

  const listeners = events[type];
  if (typeof listeners === 'function') {
    this.removeListener(type, listeners);
  } else if (listeners !== undefined) {
    // LIFO order
    for (let i = listeners.length - 1; i >= 0; i--) {
      this.removeListener(type, listeners[i]);
    }
  }

  return this;
};

function unwrapListeners(arr) {
  const ret = new Array(arr.length);
  for (let i = 0; i < ret.length; ++i) {
    const orig = arr[i].listener;
    ret[i] = typeof orig === 'function' ? orig : arr[i];
  }
  return ret;
}

function _listeners(target, type, unwrap) {
  const events = target._events;
  if (events === undefined) return [];

  const evlistener = events[type];
  if (evlistener === undefined) return [];

  if (typeof evlistener === 'function') {
    return unwrap ? [evlistener.listener || evlistener] : [evlistener];
  }

  return unwrap ? unwrapListeners(evlistener) : evlistener.slice();
}

EventEmitter.prototype.listeners = function listeners(type) {
  return _listeners(this, type, true);
};

EventEmitter.prototype.rawListeners = function rawListeners(type) {
  return _listeners(this, type, false);
};

function listenerCount(type, listener) {
  const events = this._events;

  if (events !== undefined) {
    const evlistener = events[type];

    if (typeof evlistener === 'function') {
      if (listener != null) {
        return listener === evlistener || listener === evlistener.listener ? 1 : 0;
      }
      return 1;
    } else if (evlistener !== undefined) {
      if (listener != null) {
        let matching = 0;
        for (let i = 0, l = evlistener.length; i < l; i++) {
          if (evlistener[i] === listener || evlistener[i].listener === listener) {
            matching++;
          }
        }
        return matching;
      }
      return evlistener.length;
    }
  }

  return 0;
}

EventEmitter.prototype.listenerCount = listenerCount;

EventEmitter.prototype.eventNames = function eventNames() {
  return this._eventsCount > 0 ? Reflect.ownKeys(this._events) : [];
};

// ---------------------------------------------------------------------------
// Static members

EventEmitter.prototype[kCapture] = false;

// setMaxListeners(n) sets the default; setMaxListeners(n, ...targets) sets
// it on each EventEmitter or EventTarget.
function setMaxListeners(n = defaultMaxListeners, ...eventTargets) {
  checkMaxListeners(n, 'setMaxListeners');
  if (eventTargets.length === 0) {
    defaultMaxListeners = n;
  } else {
    for (let i = 0; i < eventTargets.length; i++) {
      const target = eventTargets[i];
      if (isEventTarget(target)) {
        const et = lazyEventTarget();
        if (et !== null && typeof et.setMaxListeners === 'function') {
          et.setMaxListeners(n, target);
        } else {
          target[kMaxEventTargetListeners] = n;
          target[kMaxEventTargetListenersWarned] = false;
        }
      } else if (typeof target.setMaxListeners === 'function') {
        target.setMaxListeners(n);
      } else {
        throw new ERR_INVALID_ARG_TYPE(
          'eventTargets', ['EventEmitter', 'EventTarget'], target);
      }
    }
  }
}

function getMaxListeners(emitterOrTarget) {
  if (typeof emitterOrTarget?.getMaxListeners === 'function') {
    return _getMaxListeners(emitterOrTarget);
  } else if (isEventTarget(emitterOrTarget)) {
    const et = lazyEventTarget();
    if (et !== null && typeof et.getMaxListeners === 'function') {
      return et.getMaxListeners(emitterOrTarget);
    }
    return emitterOrTarget[kMaxEventTargetListeners] ?? defaultMaxListeners;
  } else if (emitterOrTarget?.[kMaxEventTargetListeners]) {
    return emitterOrTarget[kMaxEventTargetListeners];
  }
  throw new ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

function getEventListeners(emitterOrTarget, type) {
  // First check if EventEmitter
  if (typeof emitterOrTarget.listeners === 'function') {
    return emitterOrTarget.listeners(type);
  }
  // EventTargets are Mosaic's internal/event_target business.
  if (isEventTarget(emitterOrTarget)) {
    const et = lazyEventTarget();
    if (et !== null && typeof et.getEventListeners === 'function') {
      return et.getEventListeners(emitterOrTarget, type);
    }
    return [];
  }
  throw new ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

function eventTargetAgnosticRemoveListener(emitter, name, listener, flags) {
  if (typeof emitter.removeListener === 'function') {
    emitter.removeListener(name, listener);
  } else if (typeof emitter.removeEventListener === 'function') {
    emitter.removeEventListener(name, listener, flags);
  } else {
    throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
  }
}

function eventTargetAgnosticAddListener(emitter, name, listener, flags) {
  if (typeof emitter.on === 'function') {
    if (flags?.once) {
      emitter.once(name, listener);
    } else {
      emitter.on(name, listener);
    }
  } else if (typeof emitter.addEventListener === 'function') {
    emitter.addEventListener(name, listener, flags);
  } else {
    throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
  }
}

// events.once(emitter, name[, { signal }]) -> Promise<args[]>
async function once(emitter, name, options = kEmptyObject) {
  const signal = options?.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) {
    throw new AbortError(undefined, { cause: signal?.reason });
  }
  return new Promise((resolve, reject) => {
    const errorListener = (err) => {
      emitter.removeListener(name, resolver);
      if (signal != null) {
        eventTargetAgnosticRemoveListener(signal, 'abort', abortListener);
      }
      reject(err);
    };
    const resolver = (...args) => {
      if (typeof emitter.removeListener === 'function') {
        emitter.removeListener('error', errorListener);
      }
      if (signal != null) {
        eventTargetAgnosticRemoveListener(signal, 'abort', abortListener);
      }
      resolve(args);
    };

    eventTargetAgnosticAddListener(emitter, name, resolver,
                                   resistStopPropagationOptions({ __proto__: null, once: true }));
    // EventTargets have no 'error' semantics; only EventEmitters get one.
    if (name !== 'error' && typeof emitter.once === 'function') {
      emitter.once('error', errorListener);
    }

    function abortListener() {
      eventTargetAgnosticRemoveListener(emitter, name, resolver);
      eventTargetAgnosticRemoveListener(emitter, 'error', errorListener);
      reject(new AbortError(undefined, { cause: signal?.reason }));
    }
    if (signal != null) {
      eventTargetAgnosticAddListener(
        signal, 'abort', abortListener,
        resistStopPropagationOptions({ __proto__: null, once: true }));
    }
  });
}

function createIterResult(value, done) {
  return { value, done };
}

// A FIFO with amortised O(1) shift.
class Queue {
  constructor() {
    this.items = [];
    this.head = 0;
  }

  get length() {
    return this.items.length - this.head;
  }

  push(v) {
    this.items.push(v);
  }

  shift() {
    const v = this.items[this.head];
    this.items[this.head++] = undefined;
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return v;
  }
}

// events.on(emitter, name[, options]) -> AsyncIterator of argument arrays.
// options: signal, close (event names that end the iteration),
// highWaterMark/lowWaterMark (pause()/resume() the emitter).
function on(emitter, event, options = kEmptyObject) {
  const signal = options.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) {
    throw new AbortError(undefined, { cause: signal?.reason });
  }
  const highWatermark = options.highWaterMark ?? options.highWatermark ?? Number.MAX_SAFE_INTEGER;
  validateInteger(highWatermark, 'options.highWaterMark', 1);
  const lowWatermark = options.lowWaterMark ?? options.lowWatermark ?? 1;
  validateInteger(lowWatermark, 'options.lowWaterMark', 1);

  const unconsumedEvents = new Queue();
  const unconsumedPromises = new Queue();
  let paused = false;
  let error = null;
  let finished = false;
  const added = [];

  const iterator = Object.setPrototypeOf({
    next() {
      // Buffered events first.
      if (unconsumedEvents.length > 0) {
        const value = unconsumedEvents.shift();
        if (paused && unconsumedEvents.length < lowWatermark) {
          emitter.resume();
          paused = false;
        }
        return Promise.resolve(createIterResult(value, false));
      }

      // Then a pending error.
      if (error) {
        const p = Promise.reject(error);
        error = null;
        return p;
      }

      if (finished) return closeHandler();

      return new Promise(function(resolve, reject) {
        unconsumedPromises.push({ resolve, reject });
      });
    },

    return() {
      return closeHandler();
    },

    throw(err) {
      if (!err || !(err instanceof Error)) {
        throw new ERR_INVALID_ARG_TYPE('EventEmitter.AsyncIterator', 'Error', err);
      }
      errorHandler(err);
    },

    [Symbol.asyncIterator]() {
      return this;
    },

    [kWatermarkData]: {
      get size() {
        return unconsumedEvents.length;
      },
      get low() {
        return lowWatermark;
      },
      get high() {
        return highWatermark;
      },
      get isPaused() {
        return paused;
      },
    },
  }, AsyncIteratorPrototype);

  function listen(target, name, fn) {
    eventTargetAgnosticAddListener(target, name, fn);
    added.push(target, name, fn);
  }

  listen(emitter, event, options[kFirstEventParam] ? eventHandler :
    function(...args) {
      return eventHandler(args);
    });
  if (event !== 'error' && typeof emitter.on === 'function') {
    listen(emitter, 'error', errorHandler);
  }
  const closeEvents = options?.close;
  if (closeEvents?.length) {
    for (let i = 0; i < closeEvents.length; i++) {
      listen(emitter, closeEvents[i], closeHandler);
    }
  }

  const abortListenerDisposable = signal ? addAbortListener(signal, abortListener) : null;

  return iterator;

  function abortListener() {
    errorHandler(new AbortError(undefined, { cause: signal?.reason }));
  }

  function eventHandler(value) {
    if (unconsumedPromises.length === 0) {
      unconsumedEvents.push(value);
      if (!paused && unconsumedEvents.length > highWatermark) {
        paused = true;
        emitter.pause();
      }
    } else {
      unconsumedPromises.shift().resolve(createIterResult(value, false));
    }
  }

  function errorHandler(err) {
    if (unconsumedPromises.length === 0) {
      error = err;
    } else {
      unconsumedPromises.shift().reject(err);
    }
    closeHandler();
  }

  function closeHandler() {
    abortListenerDisposable?.[SymbolDispose]();
    for (let i = 0; i < added.length; i += 3) {
      eventTargetAgnosticRemoveListener(added[i], added[i + 1], added[i + 2]);
    }
    added.length = 0;
    finished = true;
    const doneResult = createIterResult(undefined, true);
    while (unconsumedPromises.length > 0) {
      unconsumedPromises.shift().resolve(doneResult);
    }
    return Promise.resolve(doneResult);
  }
}

// Calls `listener` once `signal` aborts (on a microtask if it already has);
// returns a Disposable that removes the listener.
function addAbortListener(signal, listener) {
  if (signal === undefined) {
    throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  }
  validateAbortSignal(signal, 'signal');
  validateFunction(listener, 'listener');

  let removeEventListener;
  if (signal.aborted) {
    queueMicrotask(() => listener());
  } else {
    signal.addEventListener('abort', listener,
                            resistStopPropagationOptions({ __proto__: null, once: true }));
    removeEventListener = () => {
      signal.removeEventListener('abort', listener);
    };
  }
  return {
    __proto__: null,
    [SymbolDispose]() {
      removeEventListener?.();
    },
  };
}

module.exports = EventEmitter;
// Static members, in Node's key order.
EventEmitter.addAbortListener = addAbortListener;
EventEmitter.once = once;
EventEmitter.on = on;
EventEmitter.getEventListeners = getEventListeners;
EventEmitter.getMaxListeners = getMaxListeners;
// Backwards-compat with node 0.10.x
EventEmitter.EventEmitter = EventEmitter;
EventEmitter.usingDomains = false;
EventEmitter.captureRejectionSymbol = kRejection;
Object.defineProperty(EventEmitter, 'captureRejections', {
  __proto__: null,
  get() {
    return EventEmitter.prototype[kCapture];
  },
  set(value) {
    validateBoolean(value, 'EventEmitter.captureRejections');
    EventEmitter.prototype[kCapture] = value;
  },
  enumerable: true,
});
// The plugin entry (modules/events) replaces this getter with one that
// builds the class on async_hooks.
Object.defineProperty(EventEmitter, 'EventEmitterAsyncResource', {
  __proto__: null,
  enumerable: true,
  configurable: true,
  get: function lazyEventEmitterAsyncResource() {
    const { codes: { ERR_MOSAIC_NOT_IMPLEMENTED } } = require('internal/errors');
    return class EventEmitterAsyncResource extends EventEmitter {
      constructor() {
        throw new ERR_MOSAIC_NOT_IMPLEMENTED('EventEmitterAsyncResource');
      }
    };
  },
});
EventEmitter.errorMonitor = kErrorMonitor;
Object.defineProperty(EventEmitter, 'defaultMaxListeners', {
  __proto__: null,
  enumerable: true,
  get() {
    return defaultMaxListeners;
  },
  set(arg) {
    checkMaxListeners(arg, 'defaultMaxListeners');
    defaultMaxListeners = arg;
  },
});
Object.defineProperties(EventEmitter, {
  kMaxEventTargetListeners: {
    __proto__: null, value: kMaxEventTargetListeners,
    enumerable: false, configurable: false, writable: false,
  },
  kMaxEventTargetListenersWarned: {
    __proto__: null, value: kMaxEventTargetListenersWarned,
    enumerable: false, configurable: false, writable: false,
  },
});
EventEmitter.setMaxListeners = setMaxListeners;
EventEmitter.init = init;
// Anonymous, as node's.
EventEmitter.listenerCount = function(emitter, type) {
  if (typeof emitter.listenerCount === 'function') {
    return emitter.listenerCount(type);
  }
  return listenerCount.call(emitter, type);
};
