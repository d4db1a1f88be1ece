'use strict';

// `timers/promises` (Node 20): promise-returning setTimeout / setImmediate,
// an async-iterator setInterval and the experimental `scheduler`
// (wait / yield). Built directly on the core's Timeout / Immediate objects,
// so these timers share the event loop's lists with the global functions,
// honour `ref: false` and are cancelled by an AbortSignal (the promise then
// rejects with an AbortError, code ABORT_ERR, whose cause is the signal's
// reason).

const core = require('internal/timers');
// Loading `timers` gives the core's setTimeout / setImmediate their Node
// util.promisify.custom hooks (which point back here).
require('./timers');
const {
  AbortError,
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateBoolean,
  validateNumber,
  validateObject,
} = require('internal/validators');
const { kResistStopPropagation } = require('internal/event_target');

const kEmptyObject = Object.freeze({ __proto__: null });

function abortError(signal) {
  return new AbortError(undefined, { cause: signal.reason });
}

// Validates { signal, ref } and returns them (ref defaults to true).
function readOptions(options) {
  validateObject(options, 'options');
  const signal = options.signal;
  const ref = options.ref;
  if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
  if (ref !== undefined) validateBoolean(ref, 'options.ref');
  return { signal, ref: ref !== false };
}

function listenForAbort(signal, onAbort) {
  signal.addEventListener('abort', onAbort, {
    __proto__: null,
    once: true,
    [kResistStopPropagation]: true,
  });
}

// Runs `arm(resolve, cancel)` (which arms the timer and returns its
// canceller) unless `signal` is already aborted, wiring the signal to
// cancel it.
function cancellable(signal, arm) {
  if (signal !== undefined && signal.aborted) {
    return Promise.reject(abortError(signal));
  }
  let onAbort;
  const promise = new Promise((resolve, reject) => {
    const cancel = arm(resolve);
    if (signal !== undefined) {
      onAbort = () => {
        cancel();
        reject(abortError(signal));
      };
      listenForAbort(signal, onAbort);
    }
  });
  if (signal === undefined) return promise;
  return promise.finally(() => signal.removeEventListener('abort', onAbort));
}

function setTimeout(delay, value, options = kEmptyObject) {
  let opts;
  try {
    if (delay !== undefined) validateNumber(delay, 'delay');
    opts = readOptions(options);
  } catch (err) {
    return Promise.reject(err);
  }
  return cancellable(opts.signal, (resolve) => {
    const timeout = new core.Timeout(resolve, delay, [value], false, opts.ref);
    core.insert(timeout, timeout._idleTimeout, core.getLibuvNow());
    return () => core.clearTimeout(timeout);
  });
}

function setImmediate(value, options = kEmptyObject) {
  let opts;
  try {
    opts = readOptions(options);
  } catch (err) {
    return Promise.reject(err);
  }
  return cancellable(opts.signal, (resolve) => {
    const immediate = new core.Immediate(resolve, [value]);
    if (!opts.ref) immediate.unref();
    return () => core.clearImmediate(immediate);
  });
}

// Yields `value` once per interval tick. Ticks that happen while the
// consumer is busy are not lost: each is yielded afterwards, in turn.
async function* setInterval(delay, value, options = kEmptyObject) {
  if (delay !== undefined) validateNumber(delay, 'delay');
  const { signal, ref } = readOptions(options);
  if (signal !== undefined && signal.aborted) throw abortError(signal);

  let pendingTicks = 0;
  let wake = null;          // resolves the consumer's wait for a tick
  let onAbort;
  const interval = new core.Timeout(() => {
    pendingTicks++;
    if (wake !== null) {
      const w = wake;
      wake = null;
      w();
    }
  }, delay, undefined, true, ref);
  core.insert(interval, interval._idleTimeout, core.getLibuvNow());

  try {
    if (signal !== undefined) {
      onAbort = () => {
        core.clearTimeout(interval);
        if (wake !== null) {
          const w = wake;
          wake = null;
          w();
        }
      };
      listenForAbort(signal, onAbort);
    }
    // As in Node, a backlog of ticks is still yielded after an abort; the
    // AbortError comes once it is drained.
    for (;;) {
      if (pendingTicks > 0) {
        pendingTicks--;
        yield value;
        continue;
      }
      if (signal !== undefined && signal.aborted) throw abortError(signal);
      await new Promise((resolve) => { wake = resolve; });
    }
  } finally {
    core.clearTimeout(interval);
    if (onAbort !== undefined) signal.removeEventListener('abort', onAbort);
  }
}

// ---------------------------------------------------------------------------
// scheduler (the WICG Scheduling APIs subset Node ships)

const kScheduler = Symbol('kScheduler');
const kConstruct = Symbol('kConstruct');

class Scheduler {
  constructor(key = undefined) {
    if (key !== kConstruct) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kScheduler] = true;
  }

  yield() {
    if (!this?.[kScheduler]) throw new ERR_INVALID_THIS('Scheduler');
    return setImmediate();
  }

  wait(delay, options) {
    if (!this?.[kScheduler]) throw new ERR_INVALID_THIS('Scheduler');
    return setTimeout(delay, undefined, options);
  }
}

module.exports = {
  setTimeout,
  setImmediate,
  setInterval,
  scheduler: new Scheduler(kConstruct),
};
