'use strict';

// The `async_hooks` builtin (node 20): AsyncLocalStorage and AsyncResource
// on the core's async context frames (internal/async_context), which carry
// every store's value to the callbacks scheduled under it -- nextTick,
// timers, immediates, queueMicrotask, promise reactions and native
// callbacks made through Node-API async contexts.
//
// Mosaic does not number its asynchronous resources, so the low-level API
// -- createHook().enable(), executionAsyncId(), triggerAsyncId(),
// executionAsyncResource() -- throws ERR_MOSAIC_NOT_IMPLEMENTED, and
// asyncWrapProviders is empty. AsyncResource ids are numbered among
// AsyncResources only; one made without a triggerAsyncId reports 0.

const {
  codes: {
    ERR_ASYNC_CALLBACK,
    ERR_INVALID_ASYNC_ID,
    ERR_MOSAIC_NOT_IMPLEMENTED,
  },
} = require('internal/errors');
const { validateFunction, validateString } = require('internal/validators');
const asyncContext = require('internal/async_context');

const { state } = asyncContext;

// ---------------------------------------------------------------------------
// AsyncResource

const kAsyncId = Symbol('async_id_symbol');
const kTriggerAsyncId = Symbol('trigger_async_id_symbol');
const kFrame = Symbol('kFrame');
let lastAsyncId = 0;

function notImplemented(what) {
  return () => {
    throw new ERR_MOSAIC_NOT_IMPLEMENTED(`async_hooks.${what}`);
  };
}

let warnedAsyncResourceProperty = false;

function warnAsyncResourceProperty() {
  if (warnedAsyncResourceProperty) return;
  warnedAsyncResourceProperty = true;
  process.emitWarning('The asyncResource property on bound functions is deprecated',
                      'DeprecationWarning', 'DEP0172');
}

class AsyncResource {
  constructor(type, options = {}) {
    validateString(type, 'type');
    let triggerAsyncId = typeof options === 'number' ? options : options.triggerAsyncId;
    if (triggerAsyncId !== undefined &&
        (!Number.isSafeInteger(triggerAsyncId) || triggerAsyncId < -1)) {
      throw new ERR_INVALID_ASYNC_ID('triggerAsyncId', triggerAsyncId);
    }
    this[kAsyncId] = ++lastAsyncId;
    // Without an explicit trigger node takes the execution async id, which
    // Mosaic does not track: 0, node's id for an untracked context.
    this[kTriggerAsyncId] = triggerAsyncId === undefined ? 0 : triggerAsyncId;
    Object.defineProperty(this, kFrame, { __proto__: null, value: state.frame });
  }

  runInAsyncScope(fn, thisArg, ...args) {
    return asyncContext.runInFrame(this[kFrame], fn, thisArg, args);
  }

  emitDestroy() {
    return this;
  }

  asyncId() {
    return this[kAsyncId];
  }

  triggerAsyncId() {
    return this[kTriggerAsyncId];
  }

  bind(fn, thisArg) {
    validateFunction(fn, 'fn');
    let bound;
    if (thisArg === undefined) {
      const resource = this;
      bound = function(...args) {
        return resource.runInAsyncScope(fn, this, ...args);
      };
    } else {
      bound = this.runInAsyncScope.bind(this, fn, thisArg);
    }
    let self = this;
    Object.defineProperties(bound, {
      length: { __proto__: null, configurable: true, enumerable: false, value: fn.length,
                writable: false },
      asyncResource: {
        __proto__: null,
        configurable: true,
        enumerable: true,
        get() {
          warnAsyncResourceProperty();
          return self;
        },
        set(value) {
          warnAsyncResourceProperty();
          self = value;
        },
      },
    });
    return bound;
  }

  static bind(fn, type, thisArg) {
    type = type || fn.name;
    return (new AsyncResource(type || 'bound-anonymous-fn')).bind(fn, thisArg);
  }
}

// ---------------------------------------------------------------------------
// AsyncLocalStorage

// A copy of `frame` with `storage` set to `value` (or removed).
function frameWith(frame, storage, value) {
  const next = new Map(frame);
  next.set(storage, value);
  return next;
}

function frameWithout(frame, storage) {
  if (frame === undefined || !frame.has(storage)) return frame;
  const next = new Map(frame);
  next.delete(storage);
  return next.size === 0 ? undefined : next;
}

class AsyncLocalStorage {
  constructor() {
    this.enabled = false;
  }

  static bind(fn) {
    return AsyncResource.bind(fn);
  }

  static snapshot() {
    const frame = state.frame;
    return function runInAsyncScope(fn, ...args) {
      return asyncContext.runInFrame(frame, fn, this, args);
    };
  }

  disable() {
    if (this.enabled) {
      this.enabled = false;
      state.frame = frameWithout(state.frame, this);
    }
  }

  _enable() {
    if (!this.enabled) {
      this.enabled = true;
      asyncContext.enable();
    }
  }

  enterWith(store) {
    this._enable();
    state.frame = frameWith(state.frame, this, store);
  }

  run(store, callback, ...args) {
    if (Object.is(store, this.getStore())) return Reflect.apply(callback, null, args);
    this._enable();
    return asyncContext.runInFrame(frameWith(state.frame, this, store), callback, null, args);
  }

  exit(callback, ...args) {
    if (!this.enabled) return Reflect.apply(callback, null, args);
    return asyncContext.runInFrame(frameWithout(state.frame, this), callback, null, args);
  }

  getStore() {
    if (!this.enabled || state.frame === undefined) return undefined;
    return state.frame.get(this);
  }
}

// ---------------------------------------------------------------------------
// The low-level hooks

const hookNames = ['init', 'before', 'after', 'destroy', 'promiseResolve'];
const hookSymbols = hookNames.map((name) => Symbol(name));

class AsyncHook {
  constructor(callbacks) {
    hookNames.forEach((name, i) => {
      const fn = callbacks[name];
      if (fn !== undefined && typeof fn !== 'function') throw new ERR_ASYNC_CALLBACK(`hook.${name}`);
      this[hookSymbols[i]] = fn;
    });
  }

  enable() {
    notImplemented('createHook().enable()')();
  }

  disable() {
    return this;
  }
}

function createHook(callbacks) {
  return new AsyncHook(callbacks);
}

module.exports = {
  AsyncLocalStorage,
  createHook,
  executionAsyncId: notImplemented('executionAsyncId'),
  triggerAsyncId: notImplemented('triggerAsyncId'),
  executionAsyncResource: notImplemented('executionAsyncResource'),
  asyncWrapProviders: Object.freeze({ __proto__: null }),
  AsyncResource,
};
