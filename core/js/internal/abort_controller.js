'use strict';

// AbortController and AbortSignal (https://dom.spec.whatwg.org/#aborting-ongoing-activities)
// with Node 20's observable behaviour:
//
//  - aborting a signal sets `aborted`/`reason`, fires a trusted 'abort'
//    Event on it and only then aborts the signals that depend on it
//    (AbortSignal.any), recursively;
//  - AbortSignal.any() flattens composite inputs to their sources and, when
//    an input is already aborted, returns an aborted signal without firing;
//  - AbortSignal.timeout() uses an unref'd timer and holds the signal
//    weakly unless it has 'abort' listeners (a signal nobody can observe
//    any more may be collected before its timer fires);
//  - `new AbortSignal()` throws ERR_ILLEGAL_CONSTRUCTOR; AbortController
//    keeps its signal in a #signal private field, so a foreign receiver gets
//    V8's "Cannot read private member #signal ..." TypeError like Node.
//
// Exports: AbortController, AbortSignal, and for other core modules
// isAbortSignal, createAbortSignal, abortSignal, aborted.

const {
  EventTarget,
  Event,
  defineEventHandler,
  kTrustEvent,
  kWeakHandler,
  kNewListener,
  kRemoveListener,
  inspectChildOptions,
  inspectDepthExceeded,
  inspectPrefixName,
  resolveInspect,
} = require('internal/event_target');
const {
  makeEnumerable,
  moveToEnd,
  defineToStringTag,
} = require('internal/util/properties');

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const kDontThrow = Symbol('kDontThrow');

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

let DOMExceptionCtor;
function lazyDOMException(message, name) {
  if (DOMExceptionCtor === undefined) {
    DOMExceptionCtor = require('internal/dom_exception').DOMException;
  }
  return new DOMExceptionCtor(message, name);
}

let timersModule;
function lazyTimers() {
  if (timersModule === undefined) timersModule = require('internal/timers');
  return timersModule;
}

// Timeout and composite signals that currently have 'abort' listeners are
// kept alive here until they abort or lose their listeners.
const gcPersistentSignals = new Set();

// A timeout signal that was collected clears its pending timer.
const clearTimeoutRegistry = new FinalizationRegistry((timer) => {
  lazyTimers().clearTimeout(timer);
});

let signalInternals;
let dependantCleanup;

class AbortSignal extends EventTarget {
  #aborted = false;
  #reason = undefined;
  #composite = false;
  #timeout = false;
  // WeakRefs to the signals this composite signal follows (flattened) and
  // to the composite signals following this one.
  #sources = undefined;
  #dependants = undefined;

  constructor(key = undefined) {
    if (key !== kDontThrow) {
      throw new (codes().ERR_ILLEGAL_CONSTRUCTOR)();
    }
    super();
  }

  get aborted() {
    if (!(#aborted in this)) throw new (codes().ERR_INVALID_THIS)('AbortSignal');
    return this.#aborted;
  }

  get reason() {
    if (!(#aborted in this)) throw new (codes().ERR_INVALID_THIS)('AbortSignal');
    return this.#reason;
  }

  throwIfAborted() {
    if (!(#aborted in this)) throw new (codes().ERR_INVALID_THIS)('AbortSignal');
    if (this.#aborted) throw this.#reason;
  }

  static abort(reason = lazyDOMException('This operation was aborted',
                                         'AbortError')) {
    const signal = new AbortSignal(kDontThrow);
    signal.#aborted = true;
    signal.#reason = reason;
    return signal;
  }

  static timeout(delay) {
    lazyValidators().validateUint32(delay, 'delay', false);
    const signal = new AbortSignal(kDontThrow);
    signal.#timeout = true;
    const ref = new WeakRef(signal);
    const timers = lazyTimers();
    const timer = timers.setTimeout(() => {
      const target = ref.deref();
      if (target === undefined) return;
      clearTimeoutRegistry.unregister(target);
      abortSignal(target, lazyDOMException(
        'The operation was aborted due to timeout', 'TimeoutError'));
    }, delay);
    if (typeof timer?.unref === 'function') timer.unref();
    clearTimeoutRegistry.register(signal, timer, signal);
    return signal;
  }

  static any(signals) {
    validateAbortSignalArray(signals, 'signals');
    const result = new AbortSignal(kDontThrow);
    result.#composite = true;
    result.#sources = new Set();
    if (signals.length === 0) return result;
    for (const signal of signals) {
      if (signal.aborted) {
        result.#aborted = true;
        result.#reason = signal.reason;
        return result;
      }
    }
    const resultRef = new WeakRef(result);
    const seen = new Set();
    const sourceRefs = [];
    const follow = (source) => {
      if (seen.has(source)) return;
      seen.add(source);
      const sourceRef = new WeakRef(source);
      sourceRefs.push(sourceRef);
      result.#sources.add(sourceRef);
      source.#dependants ??= new Set();
      source.#dependants.add(resultRef);
    };
    for (const signal of signals) {
      // Duck-typed signals pass validation like in Node, but only genuine
      // ones can be followed.
      if (!isAbortSignal(signal)) continue;
      if (!signal.#composite) {
        follow(signal);
      } else if (signal.#sources !== undefined) {
        for (const sourceRef of signal.#sources) {
          const source = sourceRef.deref();
          if (source !== undefined) follow(source);
        }
      }
    }
    // Long-lived sources must not accumulate dead entries.
    if (sourceRefs.length > 0) {
      dependantCleanup.register(result, { resultRef, sourceRefs });
    }
    return result;
  }

  [kNewListener](size, type, listener, once, capture, passive, weak) {
    super[kNewListener](size, type, listener, once, capture, passive, weak);
    if ((this.#timeout || this.#composite) && type === 'abort' &&
        !this.#aborted && !weak && size === 1) {
      gcPersistentSignals.add(this);
    }
  }

  [kRemoveListener](size, type, listener, capture) {
    super[kRemoveListener](size, type, listener, capture);
    if ((this.#timeout || this.#composite) && type === 'abort' && size === 0) {
      gcPersistentSignals.delete(this);
    }
  }

  [kInspect](depth, options) {
    const inspect = arguments[2];  // util.inspect passes itself (Node >= 16.14)
    if (depth < 0) return inspectDepthExceeded(this, options);
    return `${this.constructor.name} ${resolveInspect(inspect)(
      { aborted: this.#aborted }, inspectChildOptions(options))}`;
  }

  static {
    dependantCleanup = new FinalizationRegistry(({ resultRef, sourceRefs }) => {
      for (const sourceRef of sourceRefs) {
        sourceRef.deref()?.#dependants?.delete(resultRef);
      }
    });
    signalInternals = {
      isAbortSignal: (value) => typeof value === 'object' && value !== null &&
        #aborted in value,
      abort(signal, reason) {
        if (signal.#aborted) return;
        signal.#aborted = true;
        signal.#reason = reason;
        gcPersistentSignals.delete(signal);
        signal.dispatchEvent(new Event('abort', { [kTrustEvent]: true }));
        const dependants = signal.#dependants;
        signal.#dependants = undefined;
        if (dependants === undefined) return;
        for (const ref of dependants) {
          const dependant = ref.deref();
          if (dependant !== undefined) abortSignal(dependant, reason);
        }
      },
    };
  }
}

const isAbortSignal = signalInternals.isAbortSignal;

function abortSignal(signal, reason) {
  signalInternals.abort(signal, reason);
}

function validateAbortSignalArray(value, name) {
  if (!Array.isArray(value)) {
    throw new (codes().ERR_INVALID_ARG_TYPE)(name, 'Array', value);
  }
  const { validateAbortSignal } = lazyValidators();
  for (let i = 0; i < value.length; i++) {
    const signal = value[i];
    validateAbortSignal(signal, `${name}[${i}]`);
    // validateAbortSignal accepts undefined (an omitted option).
    if (signal === undefined) {
      throw new (codes().ERR_INVALID_ARG_TYPE)(`${name}[${i}]`, 'AbortSignal',
                                               signal);
    }
  }
}

makeEnumerable(AbortSignal.prototype, ['aborted']);
defineEventHandler(AbortSignal.prototype, 'abort');
moveToEnd(AbortSignal.prototype, kInspect);
moveToEnd(AbortSignal.prototype, kNewListener);
moveToEnd(AbortSignal.prototype, kRemoveListener);
defineToStringTag(AbortSignal.prototype, 'AbortSignal');

function createAbortSignal(options = undefined) {
  const signal = new AbortSignal(kDontThrow);
  if (options?.aborted) {
    abortSignal(signal, options.reason);
  }
  return signal;
}

class AbortController {
  #signal = new AbortSignal(kDontThrow);

  get signal() {
    return this.#signal;
  }

  abort(reason = lazyDOMException('This operation was aborted',
                                  'AbortError')) {
    abortSignal(this.#signal, reason);
  }

  [kInspect](depth, options) {
    const inspect = arguments[2];  // util.inspect passes itself (Node >= 16.14)
    if (depth < 0) return `${inspectPrefixName(this)} {}`;
    return `${this.constructor.name} ${resolveInspect(inspect)(
      { signal: this.signal }, inspectChildOptions(options))}`;
  }
}

makeEnumerable(AbortController.prototype, ['signal', 'abort']);
defineToStringTag(AbortController.prototype, 'AbortController');

// util.aborted(signal, resource): a promise fulfilled once `signal` aborts;
// the listener lives only as long as `resource`.
function aborted(signal, resource) {
  const { validateAbortSignal, validateObject } = lazyValidators();
  if (signal === undefined) {
    throw new (codes().ERR_INVALID_ARG_TYPE)('signal', 'AbortSignal', signal);
  }
  validateAbortSignal(signal, 'signal');
  if (resource === null || (typeof resource !== 'object' &&
                            typeof resource !== 'function')) {
    validateObject(resource, 'resource');  // throws ERR_INVALID_ARG_TYPE
  }
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    signal.addEventListener('abort', () => resolve(), {
      __proto__: null,
      once: true,
      [kWeakHandler]: resource,
    });
  });
}

module.exports = {
  AbortController,
  AbortSignal,
  isAbortSignal,
  createAbortSignal,
  abortSignal,
  aborted,
};
