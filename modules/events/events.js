'use strict';

// The public `events` builtin. EventEmitter itself lives in the core
// (internal/events: `process` is one); this entry adds what only user code
// needs and what must not load with the core: EventEmitterAsyncResource,
// which sits on async_hooks.

const EventEmitter = require('internal/events');
const {
  codes: { ERR_INVALID_THIS, ERR_MOSAIC_NOT_IMPLEMENTED },
} = require('internal/errors');
const { validateString } = require('internal/validators');

let EventEmitterAsyncResource;

function makeEventEmitterAsyncResource() {
  let AsyncResource;
  try {
    ({ AsyncResource } = require('async_hooks'));
  } catch {
    AsyncResource = undefined;
  }
  if (typeof AsyncResource !== 'function') {
    return class EventEmitterAsyncResource extends EventEmitter {
      constructor() {
        throw new ERR_MOSAIC_NOT_IMPLEMENTED('EventEmitterAsyncResource');
      }
    };
  }

  const kEventEmitter = Symbol('kEventEmitter');
  const kAsyncResource = Symbol('kAsyncResource');

  class EventEmitterReferencingAsyncResource extends AsyncResource {
    constructor(ee, type, options) {
      super(type, options);
      this[kEventEmitter] = ee;
    }

    get eventEmitter() {
      if (this[kEventEmitter] === undefined) {
        throw new ERR_INVALID_THIS('EventEmitterReferencingAsyncResource');
      }
      return this[kEventEmitter];
    }
  }

  return class EventEmitterAsyncResource extends EventEmitter {
    // options: a name string, or { name, captureRejections,
    // triggerAsyncId, requireManualDestroy }.
    constructor(options = undefined) {
      let name;
      if (typeof options === 'string') {
        name = options;
        options = undefined;
      } else {
        if (new.target === EventEmitterAsyncResource) {
          validateString(options?.name, 'options.name');
        }
        name = options?.name || new.target.name;
      }
      super(options);
      this[kAsyncResource] = new EventEmitterReferencingAsyncResource(this, name, options);
    }

    emit(event, ...args) {
      if (this[kAsyncResource] === undefined) {
        throw new ERR_INVALID_THIS('EventEmitterAsyncResource');
      }
      const { asyncResource } = this;
      args.unshift(super.emit, this, event);
      return Reflect.apply(asyncResource.runInAsyncScope, asyncResource, args);
    }

    emitDestroy() {
      if (this[kAsyncResource] === undefined) {
        throw new ERR_INVALID_THIS('EventEmitterAsyncResource');
      }
      this.asyncResource.emitDestroy();
    }

    get asyncId() {
      if (this[kAsyncResource] === undefined) {
        throw new ERR_INVALID_THIS('EventEmitterAsyncResource');
      }
      return this.asyncResource.asyncId();
    }

    get triggerAsyncId() {
      if (this[kAsyncResource] === undefined) {
        throw new ERR_INVALID_THIS('EventEmitterAsyncResource');
      }
      return this.asyncResource.triggerAsyncId();
    }

    get asyncResource() {
      if (this[kAsyncResource] === undefined) {
        throw new ERR_INVALID_THIS('EventEmitterAsyncResource');
      }
      return this[kAsyncResource];
    }
  };
}

Object.defineProperty(EventEmitter, 'EventEmitterAsyncResource', {
  __proto__: null,
  enumerable: true,
  configurable: true,
  get: function lazyEventEmitterAsyncResource() {
    if (EventEmitterAsyncResource === undefined) {
      EventEmitterAsyncResource = makeEventEmitterAsyncResource();
    }
    return EventEmitterAsyncResource;
  },
});

module.exports = EventEmitter;
