'use strict';

// Event, CustomEvent, EventTarget and NodeEventTarget
// (https://dom.spec.whatwg.org/#events), matching Node 20's observable
// behaviour rather than the letter of the DOM spec where the two differ:
//
//  - there is no propagation path: every dispatch is "at target", so
//    stopPropagation() only sets cancelBubble and does not stop the other
//    listeners of the target (stopImmediatePropagation() does);
//  - listeners live in a per-type linked list that is walked live: a
//    listener removed during a dispatch is skipped, one appended during a
//    dispatch is reached unless the walk had already passed the tail;
//  - the `passive` option is recorded but preventDefault() is not ignored
//    in passive listeners (Node 20 does not honour it either);
//  - an exception thrown by a listener (or a rejection of a thenable it
//    returns) does not stop the dispatch: it is reported asynchronously as
//    an uncaught exception (see reportListenerError below);
//  - re-dispatching an event that is being dispatched throws
//    ERR_EVENT_RECURSION.
//
// Node-internal extensions used by the rest of the core:
//  - kTrustEvent: `new Event(type, { [kTrustEvent]: true })` makes
//    isTrusted true (AbortSignal's 'abort' event);
//  - listener options kIsNodeStyleListener (the listener gets the raw value
//    passed to NodeEventTarget#emit instead of an Event), kWeakHandler (the
//    listener is only held while the given object is alive) and
//    kResistStopPropagation (runs even after stopImmediatePropagation);
//  - kNewListener / kRemoveListener methods a subclass may override to
//    observe listener counts (MessagePort ref/unref, AbortSignal.timeout);
//  - kCreateEvent(nodeValue, type): builds the Event that web-style
//    listeners see when a NodeEventTarget emits a plain value;
//  - helpers for the `events` module: getEventListeners, getMaxListeners,
//    setMaxListeners, isEventTarget.

const {
  makeEnumerable,
  moveToEnd,
  defineToStringTag,
} = require('internal/util/properties');

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const kIsEventTargetStatic = Symbol.for('nodejs.event_target');

const kTrustEvent = Symbol('kTrustEvent');
const kIsNodeStyleListener = Symbol('kIsNodeStyleListener');
const kWeakHandler = Symbol('kWeak');
const kResistStopPropagation = Symbol('kResistStopPropagation');
const kNewListener = Symbol('kNewListener');
const kRemoveListener = Symbol('kRemoveListener');
const kCreateEvent = Symbol('kCreateEvent');
const kHybridDispatch = Symbol.for('nodejs.internal.kHybridDispatch');

const kEmptyObject = Object.freeze({ __proto__: null });

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
function now() {
  if (perfBinding === undefined) perfBinding = internalBinding('performance');
  return perfBinding.now();
}

let defaultMaxListenersGetter;
function defaultMaxListeners() {
  if (defaultMaxListenersGetter === undefined) {
    try {
      const EventEmitter = require('internal/events');
      defaultMaxListenersGetter = () => EventEmitter.defaultMaxListeners;
    } catch {
      defaultMaxListenersGetter = () => 10;
    }
  }
  return defaultMaxListenersGetter();
}

// Listener exceptions go to the process-level uncaught exception path.
// internal/process/report may provide reportError(err); without it the
// error is rethrown from a microtask (the core's queueMicrotask, not the
// user-replaceable global), which routes it to process 'uncaughtException'
// (or prints it and exits).
let reportErrorImpl;
function reportListenerError(err) {
  if (reportErrorImpl === undefined) {
    reportErrorImpl = null;
    try {
      const report = require('internal/process/report');
      if (report && typeof report.reportError === 'function') {
        reportErrorImpl = report.reportError;
      }
    } catch {
      // Not available in this build: fall back below.
    }
    if (reportErrorImpl === null) {
      let enqueue = queueMicrotask;
      try {
        const queues = require('internal/process/task_queues');
        if (typeof queues.queueMicrotask === 'function') {
          enqueue = queues.queueMicrotask;
        }
      } catch {
        // Use the global.
      }
      reportErrorImpl = (error) => enqueue(() => { throw error; });
    }
  }
  reportErrorImpl(err);
}

// ---------------------------------------------------------------------------
// util.inspect helpers shared with abort_controller.js.

function inspectChildOptions(options) {
  return {
    ...options,
    depth: Number.isInteger(options.depth) ? options.depth - 1 : options.depth,
  };
}

function resolveInspect(inspect) {
  return typeof inspect === 'function' ?
    inspect : require('internal/util/inspect').inspect;
}

// What util.inspect prints for an object with own enumerable keys once the
// depth is exhausted: `[Name]`, or `[Sub [Tag]]` for a subclass.
function inspectDepthExceeded(self, options) {
  const name = inspectPrefixName(self);
  const text = `[${name}]`;
  return typeof options?.stylize === 'function' ?
    options.stylize(text, 'special') : text;
}

function inspectPrefixName(self) {
  const ctor = self.constructor;
  const name = typeof ctor === 'function' && typeof ctor.name === 'string' ?
    ctor.name : 'Object';
  const tag = self[Symbol.toStringTag];
  return typeof tag === 'string' && tag !== '' && tag !== name ?
    `${name} [${tag}]` : name;
}

// ---------------------------------------------------------------------------
// Event

const trustedEvents = new WeakSet();

let eventInternals;  // accessors over Event's private state (static block)

class Event {
  #type;
  #bubbles;
  #cancelable;
  #composed;
  #canceled = false;
  #stopPropagation = false;
  #stopImmediatePropagation = false;
  #timeStamp;
  #target = null;
  #dispatching = false;

  constructor(type, options = undefined) {
    if (arguments.length === 0) {
      throw new (codes().ERR_MISSING_ARGS)('type');
    }
    if (options !== undefined && options !== null &&
        (typeof options !== 'object' || Array.isArray(options))) {
      throw new (codes().ERR_INVALID_ARG_TYPE)('options', 'object', options);
    }
    this.#bubbles = !!options?.bubbles;
    this.#cancelable = !!options?.cancelable;
    this.#composed = !!options?.composed;
    this.#type = `${type}`;
    if (options?.[kTrustEvent]) trustedEvents.add(this);
    this.#timeStamp = now();
  }

  initEvent(type, bubbles = false, cancelable = false) {
    if (arguments.length === 0) {
      throw new (codes().ERR_MISSING_ARGS)('type');
    }
    // No explicit brand check (as in Node): a foreign receiver fails on the
    // first private write below.
    if (#type in this && this.#dispatching) return;
    const newType = `${type}`;
    this.#bubbles = !!bubbles;
    this.#cancelable = !!cancelable;
    this.#type = newType;
  }

  stopImmediatePropagation() {
    if (!(#type in this)) throw new (codes().ERR_INVALID_THIS)('Event');
    this.#stopPropagation = true;
    this.#stopImmediatePropagation = true;
  }

  preventDefault() {
    if (!(#type in this)) throw new (codes().ERR_INVALID_THIS)('Event');
    if (this.#cancelable) this.#canceled = true;
  }

  get target() {
    if (!(#type in this)) throw new (codes().ERR_INVALID_THIS)('Event');
    return this.#target;
  }

  get currentTarget() {
    if (!(#type in this)) throw new (codes().ERR_INVALID_THIS)('Event');
    return this.#dispatching ? this.#target : null;
  }

  get srcElement() {
    if (!(#type in this)) throw new (codes().ERR_INVALID_THIS)('Event');
    return this.#target;
  }

  get type() {
    if (!(#type in this)) throw new (codes().ERR_INVALID_THIS)('Event');
    return this.#type;
  }

  get cancelable() {
    if (!(#type in this)) throw new (codes().ERR_INVALID_THIS)('Event');
    return this.#cancelable;
  }

  get defaultPrevented() {
    if (!(#type in this)) throw new (codes().ERR_INVALID_THIS)('Event');
    return this.#cancelable && this.#canceled;
  }

  get timeStamp() {
    if (!(#type in this)) throw new (codes().ERR_INVALID_THIS)('Event');
    return this.#timeStamp;
  }

  composedPath() {
    if (!(#type in this)) throw new (codes().ERR_INVALID_THIS)('Event');
    return this.#dispatching ? [this.#target] : [];
  }

  get returnValue() {
    if (!(#type in this)) throw new (codes().ERR_INVALID_THIS)('Event');
    return !(this.#cancelable && this.#canceled);
  }

  get bubbles() {
    if (!(#type in this)) throw new (codes().ERR_INVALID_THIS)('Event');
    return this.#bubbles;
  }

  get composed() {
    if (!(#type in this)) throw new (codes().ERR_INVALID_THIS)('Event');
    return this.#composed;
  }

  get eventPhase() {
    if (!(#type in this)) throw new (codes().ERR_INVALID_THIS)('Event');
    return this.#dispatching ? Event.AT_TARGET : Event.NONE;
  }

  get cancelBubble() {
    if (!(#type in this)) throw new (codes().ERR_INVALID_THIS)('Event');
    return this.#stopPropagation;
  }

  set cancelBubble(value) {
    if (!(#type in this)) throw new (codes().ERR_INVALID_THIS)('Event');
    if (value) this.#stopPropagation = true;
  }

  stopPropagation() {
    if (!(#type in this)) throw new (codes().ERR_INVALID_THIS)('Event');
    this.#stopPropagation = true;
  }

  [kInspect](depth, options) {
    const inspect = arguments[2];  // util.inspect passes itself (Node >= 16.14)
    const name = this.constructor.name;
    if (depth < 0) return name;
    return `${name} ${resolveInspect(inspect)({
      type: this.#type,
      defaultPrevented: this.#cancelable && this.#canceled,
      cancelable: this.#cancelable,
      timeStamp: this.#timeStamp,
    }, inspectChildOptions(options))}`;
  }

  static {
    eventInternals = {
      isEvent: (value) => typeof value === 'object' && value !== null &&
        #type in value,
      isDispatching: (event) => event.#dispatching,
      beginDispatch(event, target) {
        event.#target = target;
        event.#dispatching = true;
      },
      endDispatch(event) {
        event.#dispatching = false;
      },
      immediateStopped: (event) => event.#stopImmediatePropagation,
    };
  }
}

// Node defines the isTrusted getter on the prototype (no brand check, not
// configurable) instead of as an unforgeable own property.
const isTrustedGetter = {
  get isTrusted() { return trustedEvents.has(this); },
};

const eventProtoKeys = [
  'initEvent', 'stopImmediatePropagation', 'preventDefault', 'target',
  'currentTarget', 'srcElement', 'type', 'cancelable', 'defaultPrevented',
  'timeStamp', 'composedPath', 'returnValue', 'bubbles', 'composed',
  'eventPhase', 'cancelBubble', 'stopPropagation',
];
makeEnumerable(Event.prototype, eventProtoKeys);
Object.defineProperty(Event.prototype, 'isTrusted', {
  __proto__: null,
  get: Object.getOwnPropertyDescriptor(isTrustedGetter, 'isTrusted').get,
  enumerable: true,
  configurable: false,
});
// Keep the symbol-keyed members after the string keys, as Node lists them.
moveToEnd(Event.prototype, kInspect);
defineToStringTag(Event.prototype, 'Event');

for (const [name, value] of [
  ['NONE', 0], ['CAPTURING_PHASE', 1], ['AT_TARGET', 2], ['BUBBLING_PHASE', 3],
]) {
  Object.defineProperty(Event, name, {
    __proto__: null,
    value,
    writable: false,
    enumerable: true,
    configurable: false,
  });
}

const isEvent = eventInternals.isEvent;

// ---------------------------------------------------------------------------
// CustomEvent

class CustomEvent extends Event {
  #detail;

  constructor(type, options = kEmptyObject) {
    if (arguments.length === 0) {
      throw new (codes().ERR_MISSING_ARGS)('type');
    }
    super(type, options);
    this.#detail = options?.detail ?? null;
  }

  get detail() {
    if (!(#detail in this)) throw new (codes().ERR_INVALID_THIS)('CustomEvent');
    return this.#detail;
  }
}

makeEnumerable(CustomEvent.prototype, ['detail']);
defineToStringTag(CustomEvent.prototype, 'CustomEvent');

// ---------------------------------------------------------------------------
// Listener records: one doubly linked list per event type, headed by a
// sentinel. A removed record keeps its `next` so that a dispatch standing on
// it can continue the walk.

class Listener {
  constructor(list, callback, once, capture, passive, isNodeStyleListener,
              weak, resistStopPropagation) {
    this.list = list;
    this.prev = list.tail;
    this.next = undefined;
    list.tail.next = this;
    list.tail = this;
    this.once = once;
    this.capture = capture;
    this.passive = passive;
    this.isNodeStyleListener = isNodeStyleListener;
    this.resistStopPropagation = resistStopPropagation;
    this.removed = false;
    // `weak` holds the listener only while the object given as the weak
    // handler is reachable (used for internal listeners on long-lived
    // signals).
    if (weak) {
      this.weakRef = new WeakRef(callback);
      this.strongRef = undefined;
      weakListenerHolders.register(weak, callback, this);
      weakListenerCleanup.register(callback, this, this);
    } else {
      this.weakRef = undefined;
      this.strongRef = callback;
    }
  }

  get callback() {
    return this.strongRef !== undefined ? this.strongRef :
      this.weakRef?.deref();
  }

  same(callback, capture) {
    return this.capture === capture && this.callback === callback;
  }

  unlink() {
    this.removed = true;
    const list = this.list;
    if (this.prev !== undefined) this.prev.next = this.next;
    if (this.next !== undefined) this.next.prev = this.prev;
    if (list.tail === this) list.tail = this.prev;
    if (this.weakRef !== undefined) {
      weakListenerHolders.unregister(this);
      weakListenerCleanup.unregister(this);
    }
  }
}

// Drops the record of a weak listener once its callback was collected.
const weakListenerCleanup = new FinalizationRegistry((record) => {
  if (record.removed) return;
  record.unlink();
  record.list.size--;
});

// Keeps a weak listener's callback alive exactly as long as its owner. The
// record itself must not reference the callback or the owner strongly.
const weakListenerHolders = {
  map: new WeakMap(),
  register(owner, callback, record) {
    let set = this.map.get(owner);
    if (set === undefined) {
      set = new Set();
      this.map.set(owner, set);
    }
    set.add(callback);
    record.ownerRef = new WeakRef(owner);
  },
  unregister(record) {
    const owner = record.ownerRef?.deref();
    const callback = record.weakRef?.deref();
    if (owner !== undefined && callback !== undefined) {
      this.map.get(owner)?.delete(callback);
    }
    record.ownerRef = undefined;
  },
};

class ListenerList {
  constructor() {
    const head = { next: undefined, prev: undefined, list: this };
    this.head = head;
    this.tail = head;
    this.size = 0;
  }

  find(callback, capture) {
    for (let h = this.head.next; h !== undefined; h = h.next) {
      if (h.same(callback, capture)) return h;
    }
    return undefined;
  }

  * [Symbol.iterator]() {
    for (let h = this.head.next; h !== undefined; h = h.next) yield h;
  }
}

// ---------------------------------------------------------------------------
// EventTarget

// The listener argument: a function, an object (its handleEvent is looked
// up at dispatch time), or null/undefined which is a no-op. Anything else
// throws.
function validateEventListener(listener) {
  if (typeof listener === 'function' ||
      typeof listener?.handleEvent === 'function') {
    return true;
  }
  if (listener == null) return false;
  if (typeof listener === 'object') return true;
  throw new (codes().ERR_INVALID_ARG_TYPE)('listener', 'EventListener',
                                           listener);
}

function parseAddOptions(options) {
  if (typeof options === 'boolean') {
    return { once: false, capture: options, passive: false,
             signal: undefined, isNodeStyleListener: false,
             weak: undefined, resistStopPropagation: false };
  }
  if (options === null) options = kEmptyObject;
  if (typeof options !== 'object' && typeof options !== 'function') {
    throw new (codes().ERR_INVALID_ARG_TYPE)('options', 'object', options);
  }
  return {
    once: Boolean(options.once),
    // Node 20 only treats a literal `true` as capturing here.
    capture: options.capture === true,
    passive: Boolean(options.passive),
    signal: options.signal,
    isNodeStyleListener: Boolean(options[kIsNodeStyleListener]),
    weak: options[kWeakHandler],
    resistStopPropagation: Boolean(options[kResistStopPropagation]),
  };
}

function toDOMString(value) {
  if (typeof value === 'symbol') {
    throw new (codes().ERR_INVALID_ARG_VALUE)('value', value);
  }
  return `${value}`;
}

function emitNoEffectWarning(target, listener, type) {
  const w = new Error(
    `addEventListener called with ${listener} which has no effect.`);
  w.name = 'AddEventListenerArgumentTypeWarning';
  w.target = target;
  w.type = type;
  process.emitWarning(w);
}

function callListener(target, callback, arg) {
  let result;
  if (typeof callback === 'function') {
    result = Reflect.apply(callback, target, [arg]);
  } else {
    result = Reflect.apply(callback.handleEvent, callback, [arg]);
  }
  if (result !== undefined && result !== null) {
    const then = result.then;
    if (typeof then === 'function') {
      Reflect.apply(then, result, [undefined, reportListenerError]);
    }
  }
}

// EventTarget state lives in a WeakMap rather than in private fields so
// that initEventTarget() can give it to objects the constructor did not
// build (native handles whose prototype chain includes
// EventTarget.prototype). The WeakMap doubles as the brand check.
const targetStates = new WeakMap();

function newTargetState() {
  return {
    events: new Map(),
    handlers: undefined,
    maxListeners: defaultMaxListeners(),
    maxListenersWarned: false,
  };
}

function stateOf(target, name = 'EventTarget') {
  const state = (typeof target === 'object' || typeof target === 'function') &&
    target !== null ? targetStates.get(target) : undefined;
  if (state === undefined) throw new (codes().ERR_INVALID_THIS)(name);
  return state;
}

function isEventTarget(value) {
  return (typeof value === 'object' || typeof value === 'function') &&
    value !== null && targetStates.has(value);
}

function removeRecord(target, state, type, record) {
  const list = record.list;
  const listener = record.callback;
  record.unlink();
  list.size--;
  if (list.size === 0 && state.events.get(type) === list) {
    state.events.delete(type);
  }
  target[kRemoveListener](list.size, type, listener, record.capture);
}

// Dispatches to the listeners of `type`. Web-style listeners get `event`
// (created on demand with kCreateEvent when undefined); Node-style ones get
// `nodeValue`.
function dispatch(target, state, nodeValue, type, event) {
  const list = state.events.get(type);
  if (event !== undefined) eventInternals.beginDispatch(event, target);
  if (list === undefined || list.size === 0) {
    if (event !== undefined) eventInternals.endDispatch(event);
    return;
  }
  const getEvent = () => {
    if (event === undefined) {
      event = target[kCreateEvent](nodeValue, type);
      eventInternals.beginDispatch(event, target);
    }
    return event;
  };
  try {
    let handler = list.head.next;
    while (handler !== undefined) {
      // Read before the call: a listener appended during the call is only
      // reached when this one was not the tail.
      const next = handler.next;
      // Skip removed listeners, and after stopImmediatePropagation() all
      // but the kResistStopPropagation ones.
      if (handler.removed ||
          (event !== undefined && eventInternals.immediateStopped(event) &&
           !handler.resistStopPropagation)) {
        handler = next;
        continue;
      }
      const callback = handler.callback;
      if (handler.once) removeRecord(target, state, type, handler);
      if (callback !== undefined) {
        try {
          const arg = handler.isNodeStyleListener ? nodeValue : getEvent();
          callListener(target, callback, arg);
        } catch (err) {
          reportListenerError(err);
        }
      }
      handler = next;
    }
  } finally {
    if (event !== undefined) eventInternals.endDispatch(event);
  }
}

class EventTarget {
  constructor() {
    targetStates.set(this, newTargetState());
  }

  static [kIsEventTargetStatic] = true;

  addEventListener(type, listener, options = kEmptyObject) {
    const state = stateOf(this);
    if (arguments.length < 2) {
      throw new (codes().ERR_MISSING_ARGS)('type', 'listener');
    }
    // Options first: their getters run even when the listener is a no-op.
    const {
      once, capture, passive, signal, isNodeStyleListener, weak,
      resistStopPropagation,
    } = parseAddOptions(options);
    lazyValidators().validateAbortSignal(signal, 'options.signal');

    if (!validateEventListener(listener)) {
      emitNoEffectWarning(this, listener, type);
      return;
    }
    type = toDOMString(type);

    if (signal !== undefined) {
      if (signal.aborted) return;
      // On abort, remove the listener the way a user would (by callback and
      // options, so a re-added equal listener goes too, as in Node). This
      // is registered before the listener itself, so a listener on the
      // signal's own 'abort' event is removed before it could run. The
      // signal holds this callback only as long as the target is alive.
      signal.addEventListener('abort', () => {
        this.removeEventListener(type, listener, options);
      }, {
        __proto__: null,
        once: true,
        [kWeakHandler]: this,
        [kResistStopPropagation]: true,
      });
    }

    let list = state.events.get(type);
    if (list === undefined) {
      list = new ListenerList();
      state.events.set(type, list);
    } else if (list.find(listener, capture) !== undefined) {
      return;
    }

    new Listener(list, listener, once, capture, passive,  // eslint-disable-line no-new
                 isNodeStyleListener, weak, resistStopPropagation);
    list.size++;

    this[kNewListener](list.size, type, listener, once, capture, passive,
                       weak);
  }

  removeEventListener(type, listener, options = kEmptyObject) {
    const state = stateOf(this);
    if (arguments.length < 2) {
      throw new (codes().ERR_MISSING_ARGS)('type', 'listener');
    }
    if (!validateEventListener(listener)) return;
    type = toDOMString(type);
    // Node 20 reads only `options.capture === true`: a boolean `true` as the
    // third argument does not select the capturing listener.
    const capture = options?.capture === true;
    const list = state.events.get(type);
    if (list === undefined) return;
    const record = list.find(listener, capture);
    if (record !== undefined) removeRecord(this, state, type, record);
  }

  dispatchEvent(event) {
    const state = stateOf(this);
    if (arguments.length < 1) {
      throw new (codes().ERR_MISSING_ARGS)('event');
    }
    if (!isEvent(event)) {
      throw new (codes().ERR_INVALID_ARG_TYPE)('event', 'Event', event);
    }
    if (eventInternals.isDispatching(event)) {
      throw new (codes().ERR_EVENT_RECURSION)(event.type);
    }
    dispatch(this, state, event, event.type, event);
    return event.defaultPrevented !== true;
  }

  [kNewListener](size, type, listener, once, capture, passive, weak) {
    const state = targetStates.get(this);
    if (state === undefined) return;
    const max = state.maxListeners;
    if (max > 0 && size > max && !state.maxListenersWarned) {
      state.maxListenersWarned = true;
      const w = new Error('Possible EventTarget memory leak detected. ' +
                          `${size} ${type} listeners added to ` +
                          `${resolveInspect()(this, { depth: -1 })}. ` +
                          'MaxListeners is ' +
                          `${max}. Use events.setMaxListeners() to ` +
                          'increase limit');
      w.name = 'MaxListenersExceededWarning';
      w.target = this;
      w.type = type;
      w.count = size;
      process.emitWarning(w);
    }
  }

  [kRemoveListener](size, type, listener, capture) {}

  [kCreateEvent](nodeValue, type) {
    return new CustomEvent(type, { detail: nodeValue });
  }

  [kInspect](depth, options) {
    const inspect = arguments[2];  // util.inspect passes itself (Node >= 16.14)
    const name = this.constructor.name;
    if (depth < 0) return name;
    return `${name} ${resolveInspect(inspect)({}, inspectChildOptions(options))}`;
  }
}

const etInternals = {
  listenerList: (target, type) => stateOf(target).events.get(type),
  types: (target) => [...stateOf(target).events.keys()],
  removeAll(target, type) {
    const state = stateOf(target);
    const types = type === undefined ? [...state.events.keys()] : [type];
    for (const t of types) {
      const list = state.events.get(t);
      if (list === undefined) continue;
      for (const record of [...list]) {
        if (!record.removed) removeRecord(target, state, t, record);
      }
    }
  },
  getMaxListeners: (target) => stateOf(target).maxListeners,
  setMaxListeners(target, n) {
    const state = stateOf(target);
    state.maxListeners = n;
    state.maxListenersWarned = false;
  },
  handlers(target) {
    const state = stateOf(target);
    if (state.handlers === undefined) state.handlers = new Map();
    return state.handlers;
  },
};

makeEnumerable(EventTarget.prototype,
               ['addEventListener', 'removeEventListener', 'dispatchEvent']);
moveToEnd(EventTarget.prototype, kInspect);
defineToStringTag(EventTarget.prototype, 'EventTarget');
Object.defineProperty(EventTarget.prototype, kHybridDispatch, {
  __proto__: null,
  value(nodeValue, type, event) {
    dispatch(this, stateOf(this), nodeValue, type, event);
  },
  writable: true,
  enumerable: false,
  configurable: true,
});

function initEventTarget(obj) {
  if (!targetStates.has(obj)) targetStates.set(obj, newTargetState());
  return obj;
}

// ---------------------------------------------------------------------------
// NodeEventTarget: an EventTarget with a subset of the EventEmitter API.
// Listeners added with on/once/addListener are "Node-style": they receive
// the value given to emit() (or the Event for dispatchEvent()).

function checkNodeEventTarget(self) {
  if (!(self instanceof NodeEventTarget) || !isEventTarget(self)) {
    throw new (codes().ERR_INVALID_THIS)('NodeEventTarget');
  }
}

class NodeEventTarget extends EventTarget {
  setMaxListeners(n) {
    checkNodeEventTarget(this);
    setMaxListeners(n, this);
    return this;
  }

  getMaxListeners() {
    checkNodeEventTarget(this);
    return etInternals.getMaxListeners(this);
  }

  eventNames() {
    checkNodeEventTarget(this);
    return etInternals.types(this);
  }

  listenerCount(type) {
    checkNodeEventTarget(this);
    const list = etInternals.listenerList(this, `${type}`);
    return list === undefined ? 0 : list.size;
  }

  off(type, listener, options) {
    checkNodeEventTarget(this);
    this.removeEventListener(type, listener, options);
    return this;
  }

  removeListener(type, listener, options) {
    checkNodeEventTarget(this);
    this.removeEventListener(type, listener, options);
    return this;
  }

  on(type, listener) {
    checkNodeEventTarget(this);
    this.addEventListener(type, listener, { [kIsNodeStyleListener]: true });
    return this;
  }

  addListener(type, listener) {
    checkNodeEventTarget(this);
    this.addEventListener(type, listener, { [kIsNodeStyleListener]: true });
    return this;
  }

  emit(type, arg) {
    checkNodeEventTarget(this);
    lazyValidators().validateString(type, 'type');
    const hadListeners = this.listenerCount(type) > 0;
    dispatch(this, stateOf(this), arg, type, undefined);
    return hadListeners;
  }

  once(type, listener) {
    checkNodeEventTarget(this);
    this.addEventListener(type, listener,
                          { once: true, [kIsNodeStyleListener]: true });
    return this;
  }

  removeAllListeners(type) {
    checkNodeEventTarget(this);
    etInternals.removeAll(this, type === undefined ? undefined : `${type}`);
    return this;
  }
}

makeEnumerable(NodeEventTarget.prototype, [
  'setMaxListeners', 'getMaxListeners', 'eventNames', 'listenerCount', 'off',
  'removeListener', 'on', 'addListener', 'emit', 'once', 'removeAllListeners',
]);

function initNodeEventTarget(obj) {
  return initEventTarget(obj);
}

// ---------------------------------------------------------------------------
// Event handler attributes (`onabort`, `onmessage`, ...).
//
// Node's semantics: the first assignment registers one wrapper listener for
// the event, which keeps its place in the listener order for the life of
// the target; later assignments only swap the stored value. The getter
// returns whatever was stored (null before the first assignment); the
// wrapper calls the stored value only when it is a function.

function defineEventHandler(emitter, name, event = name) {
  const propName = `on${name}`;
  function get() {
    if (!isEventTarget(this)) {
      throw new (codes().ERR_INVALID_ARG_TYPE)('this', 'EventTarget', this);
    }
    return etInternals.handlers(this).get(event)?.handler ?? null;
  }
  Object.defineProperty(get, 'name', {
    __proto__: null, value: `get ${propName}`, configurable: true,
  });
  function set(value) {
    if (!isEventTarget(this)) {
      throw new (codes().ERR_INVALID_ARG_TYPE)('this', 'EventTarget', this);
    }
    const handlers = etInternals.handlers(this);
    let wrapper = handlers.get(event);
    if (wrapper !== undefined) {
      const list = etInternals.listenerList(this, event);
      const wasFunction = typeof wrapper.handler === 'function';
      if (wasFunction && list !== undefined) {
        this[kRemoveListener](list.size, event, wrapper.handler, false);
      }
      wrapper.handler = value;
      if (typeof value === 'function' && list !== undefined) {
        this[kNewListener](list.size, event, value, false, false, false,
                           undefined);
      }
    } else {
      wrapper = function eventHandler(...args) {
        if (typeof wrapper.handler !== 'function') return;
        return Reflect.apply(wrapper.handler, this, args);
      };
      wrapper.handler = value;
      this.addEventListener(event, wrapper);
    }
    handlers.set(event, wrapper);
  }
  Object.defineProperty(set, 'name', {
    __proto__: null, value: `set ${propName}`, configurable: true,
  });
  Object.defineProperty(emitter, propName, {
    __proto__: null,
    get,
    set,
    configurable: true,
    enumerable: true,
  });
}

// ---------------------------------------------------------------------------
// Helpers for the events module (events.getEventListeners,
// events.setMaxListeners, events.getMaxListeners).

function getEventListeners(target, type) {
  const list = etInternals.listenerList(target, `${type}`);
  const out = [];
  if (list === undefined) return out;
  for (const record of list) {
    const callback = record.callback;
    if (callback !== undefined) out.push(callback);
  }
  return out;
}

function getMaxListeners(target) {
  return etInternals.getMaxListeners(target);
}

function setMaxListeners(n, ...targets) {
  lazyValidators().validateNumber(n, 'setMaxListeners', 0);
  for (const target of targets) etInternals.setMaxListeners(target, n);
}

module.exports = {
  Event,
  CustomEvent,
  EventTarget,
  NodeEventTarget,
  defineEventHandler,
  initEventTarget,
  initNodeEventTarget,
  isEvent,
  isEventTarget,
  getEventListeners,
  getMaxListeners,
  setMaxListeners,
  reportListenerError,
  kTrustEvent,
  kIsNodeStyleListener,
  kWeakHandler,
  kResistStopPropagation,
  kNewListener,
  kRemoveListener,
  kCreateEvent,
  kHybridDispatch,
  // util.inspect helpers (shared with abort_controller.js)
  inspectChildOptions,
  inspectDepthExceeded,
  inspectPrefixName,
  resolveInspect,
};
