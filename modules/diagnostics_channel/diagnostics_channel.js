'use strict';

// The `diagnostics_channel` builtin (node 20): named channels that
// libraries publish to (lru-cache, undici, pino) and tools subscribe to,
// and tracing channels (start / end / asyncStart / asyncEnd / error) around
// synchronous, promise and callback work.
//
// A channel without subscribers or bound stores has the inactive
// prototype, whose publish() does nothing, so that publishing to an
// unobserved channel costs a call to an empty method. Channels are held
// weakly by name while nothing subscribes to them.

const {
  codes: { ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const { validateFunction } = require('internal/validators');

// name -> channel: weakly, strongly while subscribers or stores hold it.
class ChannelRegistry {
  constructor() {
    this.weak = new Map();    // name -> WeakRef
    this.strong = new Map();  // name -> [channel, count]
    this.finalizer = new FinalizationRegistry((name) => {
      const ref = this.weak.get(name);
      if (ref !== undefined && ref.deref() === undefined) this.weak.delete(name);
    });
  }

  get(name) {
    const ref = this.weak.get(name);
    return ref === undefined ? undefined : ref.deref();
  }

  set(name, channel) {
    this.weak.set(name, new WeakRef(channel));
    this.finalizer.register(channel, name);
  }

  incRef(name) {
    const entry = this.strong.get(name);
    if (entry !== undefined) {
      entry[1]++;
    } else {
      this.strong.set(name, [this.get(name), 1]);
    }
  }

  decRef(name) {
    const entry = this.strong.get(name);
    if (entry !== undefined && --entry[1] === 0) this.strong.delete(name);
  }
}

const channels = new ChannelRegistry();

function reportSubscriberError(err) {
  process.nextTick(() => { throw err; });
}

// A store's context for a message, then `next` run inside it.
function wrapStoreRun(store, data, next, transform) {
  return () => {
    let context;
    try {
      context = transform === undefined ? data : transform(data);
    } catch (err) {
      reportSubscriberError(err);
      return next();
    }
    return store.run(context, next);
  };
}

class ActiveChannel {
  subscribe(subscription) {
    validateFunction(subscription, 'subscription');
    // A copy, so that a publish in progress sees the list it started with.
    this._subscribers = [...this._subscribers, subscription];
    channels.incRef(this.name);
  }

  unsubscribe(subscription) {
    const index = this._subscribers.indexOf(subscription);
    if (index === -1) return false;
    this._subscribers = this._subscribers.filter((_, i) => i !== index);
    channels.decRef(this.name);
    maybeMarkInactive(this);
    return true;
  }

  bindStore(store, transform) {
    if (!this._stores.has(store)) channels.incRef(this.name);
    this._stores.set(store, transform);
  }

  unbindStore(store) {
    if (!this._stores.has(store)) return false;
    this._stores.delete(store);
    channels.decRef(this.name);
    maybeMarkInactive(this);
    return true;
  }

  get hasSubscribers() {
    return true;
  }

  publish(data) {
    const subscribers = this._subscribers;
    for (let i = 0; i < subscribers.length; i++) {
      try {
        subscribers[i](data, this.name);
      } catch (err) {
        reportSubscriberError(err);
      }
    }
  }

  runStores(data, fn, thisArg, ...args) {
    let run = () => {
      this.publish(data);
      return Reflect.apply(fn, thisArg, args);
    };
    for (const [store, transform] of this._stores) {
      run = wrapStoreRun(store, data, run, transform);
    }
    return run();
  }
}

class Channel {
  constructor(name) {
    this._subscribers = undefined;
    this._stores = undefined;
    this.name = name;
    channels.set(name, this);
  }

  static [Symbol.hasInstance](instance) {
    const prototype = instance === null || typeof instance !== 'object' ?
      undefined : Object.getPrototypeOf(instance);
    return prototype === Channel.prototype || prototype === ActiveChannel.prototype;
  }

  subscribe(subscription) {
    markActive(this);
    this.subscribe(subscription);
  }

  unsubscribe() {
    return false;
  }

  bindStore(store, transform) {
    markActive(this);
    this.bindStore(store, transform);
  }

  unbindStore() {
    return false;
  }

  get hasSubscribers() {
    return false;
  }

  publish() {}

  runStores(data, fn, thisArg, ...args) {
    return Reflect.apply(fn, thisArg, args);
  }
}

function markActive(channel) {
  Object.setPrototypeOf(channel, ActiveChannel.prototype);
  channel._subscribers = [];
  channel._stores = new Map();
}

function maybeMarkInactive(channel) {
  if (channel._subscribers.length === 0 && channel._stores.size === 0) {
    Object.setPrototypeOf(channel, Channel.prototype);
    channel._subscribers = undefined;
    channel._stores = undefined;
  }
}

function channel(name) {
  const existing = channels.get(name);
  if (existing !== undefined) return existing;
  if (typeof name !== 'string' && typeof name !== 'symbol') {
    throw new ERR_INVALID_ARG_TYPE('channel', ['string', 'symbol'], name);
  }
  return new Channel(name);
}

function subscribe(name, subscription) {
  channel(name).subscribe(subscription);
}

function unsubscribe(name, subscription) {
  return channel(name).unsubscribe(subscription);
}

function hasSubscribers(name) {
  const existing = channels.get(name);
  return existing !== undefined && existing.hasSubscribers;
}

const traceEvents = ['start', 'end', 'asyncStart', 'asyncEnd', 'error'];

function tracingChannelFrom(nameOrChannels, eventName) {
  if (typeof nameOrChannels === 'string') {
    return channel(`tracing:${nameOrChannels}:${eventName}`);
  }
  if (typeof nameOrChannels === 'object' && nameOrChannels !== null) {
    const ch = nameOrChannels[eventName];
    if (!(ch instanceof Channel)) {
      throw new ERR_INVALID_ARG_TYPE(`nameOrChannels.${eventName}`, ['Channel'], ch);
    }
    return ch;
  }
  throw new ERR_INVALID_ARG_TYPE('nameOrChannels', ['string', 'object', 'TracingChannel'],
                                 nameOrChannels);
}

// Runs fn(...args) as traced work: 'start' (through its bound stores)
// before, 'end' after it returns or throws, 'error' with what it threw.
function traceSynchronously(channel, context, fn, thisArg, args) {
  const { start, end, error } = channel;
  return start.runStores(context, () => {
    try {
      return fn(thisArg, args);
    } catch (err) {
      context.error = err;
      error.publish(context);
      throw err;
    } finally {
      end.publish(context);
    }
  });
}

class TracingChannel {
  constructor(nameOrChannels) {
    for (const eventName of traceEvents) {
      Object.defineProperty(this, eventName, {
        __proto__: null,
        value: tracingChannelFrom(nameOrChannels, eventName),
      });
    }
  }

  get hasSubscribers() {
    return this.start.hasSubscribers || this.end.hasSubscribers ||
      this.asyncStart.hasSubscribers || this.asyncEnd.hasSubscribers ||
      this.error.hasSubscribers;
  }

  subscribe(handlers) {
    for (const name of traceEvents) {
      if (handlers[name]) this[name].subscribe(handlers[name]);
    }
  }

  unsubscribe(handlers) {
    let done = true;
    for (const name of traceEvents) {
      if (handlers[name] && !this[name].unsubscribe(handlers[name])) done = false;
    }
    return done;
  }

  traceSync(fn, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    return traceSynchronously(this, context, (self, argv) => {
      const result = Reflect.apply(fn, self, argv);
      context.result = result;
      return result;
    }, thisArg, args);
  }

  tracePromise(fn, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const { asyncStart, asyncEnd, error } = this;
    const resolve = (result) => {
      context.result = result;
      asyncStart.publish(context);
      asyncEnd.publish(context);
      return result;
    };
    const reject = (err) => {
      context.error = err;
      error.publish(context);
      asyncStart.publish(context);
      asyncEnd.publish(context);
      return Promise.reject(err);
    };
    return traceSynchronously(this, context, (self, argv) => {
      let promise = Reflect.apply(fn, self, argv);
      // Thenables become native promises.
      if (!(promise instanceof Promise)) promise = Promise.resolve(promise);
      return promise.then(resolve, reject);
    }, thisArg, args);
  }

  traceCallback(fn, position = -1, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const { asyncStart, asyncEnd, error } = this;
    const callback = args.at(position);
    validateFunction(callback, 'callback');
    function wrappedCallback(err, res) {
      if (err) {
        context.error = err;
        error.publish(context);
      } else {
        context.result = res;
      }
      // Through asyncStart's stores, so a subscriber can restore context.
      asyncStart.runStores(context, () => {
        try {
          return Reflect.apply(callback, this, arguments);
        } finally {
          asyncEnd.publish(context);
        }
      });
    }
    args.splice(position, 1, wrappedCallback);
    return traceSynchronously(this, context, (self, argv) => Reflect.apply(fn, self, argv),
                              thisArg, args);
  }
}

function tracingChannel(nameOrChannels) {
  return new TracingChannel(nameOrChannels);
}

module.exports = {
  channel,
  hasSubscribers,
  subscribe,
  tracingChannel,
  unsubscribe,
  Channel,
};
