'use strict';
// process.nextTick, queueMicrotask and the tick processing that runs after
// every macrotask: the whole nextTick queue, then microtasks, repeatedly.

const runtime = internalBinding('runtime');
const { tickInfo, enqueueMicrotask, runMicrotasks, triggerUncaughtException } = runtime;
const kHasTickScheduled = 0;
const kHasRejectionToWarn = 1;

// A growable ring buffer: nextTick is hot, so no Array#shift.
class FixedQueue {
  constructor() {
    this.items = new Array(2048);
    this.mask = 2047;
    this.head = 0;
    this.tail = 0;
  }

  isEmpty() { return this.head === this.tail; }

  push(item) {
    this.items[this.tail] = item;
    this.tail = (this.tail + 1) & this.mask;
    if (this.tail === this.head) this.grow();
  }

  shift() {
    if (this.head === this.tail) return undefined;
    const item = this.items[this.head];
    this.items[this.head] = undefined;
    this.head = (this.head + 1) & this.mask;
    return item;
  }

  grow() {
    const old = this.items;
    const size = old.length;
    const items = new Array(size * 2);
    for (let i = 0; i < size; i++) items[i] = old[(this.head + i) & this.mask];
    this.items = items;
    this.head = 0;
    this.tail = size;
    this.mask = size * 2 - 1;
  }
}

const asyncContext = require('internal/async_context').state;
const queue = new FixedQueue();
let processPromiseRejections;  // set by internal/process/promises

function nextTick(callback, ...args) {
  if (typeof callback !== 'function') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
  }
  if (process._exiting) return;
  tickInfo[kHasTickScheduled] = 1;
  queue.push({
    callback,
    args: args.length === 0 ? undefined : args,
    frame: asyncContext.enabled ? asyncContext.frame : undefined,
  });
}

function processTicksAndRejections() {
  const outerFrame = asyncContext.frame;
  try {
    runTicks();
  } finally {
    asyncContext.frame = outerFrame;
  }
  tickInfo[kHasTickScheduled] = 0;
  tickInfo[kHasRejectionToWarn] = 0;
}

// Each callback runs in the async context frame it was scheduled in.
function runTicks() {
  let tock;
  do {
    while ((tock = queue.shift()) !== undefined) {
      const { callback, args } = tock;
      asyncContext.frame = tock.frame;
      if (args === undefined) {
        callback();
      } else {
        switch (args.length) {
          case 1: callback(args[0]); break;
          case 2: callback(args[0], args[1]); break;
          case 3: callback(args[0], args[1], args[2]); break;
          default: callback(...args);
        }
      }
    }
    runMicrotasks();
  } while (!queue.isEmpty() || processPromiseRejections());
}

// Between two timers or immediates, as node does.
function runNextTicks() {
  if (!tickInfo[kHasTickScheduled] && !tickInfo[kHasRejectionToWarn]) runMicrotasks();
  if (!tickInfo[kHasTickScheduled] && !tickInfo[kHasRejectionToWarn]) return;
  processTicksAndRejections();
}

function queueMicrotask(callback) {
  if (typeof callback !== 'function') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
  }
  const frame = asyncContext.enabled ? asyncContext.frame : undefined;
  enqueueMicrotask(() => {
    const outerFrame = asyncContext.frame;
    asyncContext.frame = frame;
    try {
      callback();
    } catch (err) {
      triggerUncaughtException(err);
    } finally {
      asyncContext.frame = outerFrame;
    }
  });
}

function setPromiseRejectionProcessor(fn) {
  processPromiseRejections = fn;
}

function setHasRejectionToWarn(value) {
  tickInfo[kHasRejectionToWarn] = value ? 1 : 0;
}

module.exports = {
  nextTick,
  processTicksAndRejections,
  runNextTicks,
  queueMicrotask,
  setPromiseRejectionProcessor,
  setHasRejectionToWarn,
  FixedQueue,
};
