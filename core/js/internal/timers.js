'use strict';
// setTimeout / setInterval / setImmediate with node's semantics.
//
// Timers with the same duration share a list kept in insertion order (so
// insertion is O(1)): a ring through _idleNext/_idlePrev whose sentinel is
// the list itself, as in node, so a timer's own fields are node's. Lists
// sit in a binary heap ordered by their earliest expiry. One native libuv timer is armed for the heap's top. Immediates are
// a linked queue run by a libuv check handle.

const runtime = internalBinding('runtime');
const { scheduleTimer, toggleTimerRef, toggleImmediateRef, getLibuvNow, immediateInfo } = runtime;
const { runNextTicks } = require('internal/process/task_queues');
const asyncContext = require('internal/async_context').state;

const kCount = 0;
const kRefCount = 1;
const kHasOutstanding = 2;
const TIMEOUT_MAX = 2 ** 31 - 1;

let nextId = 1;
let timerRefCount = 0;
let nextExpiry = Infinity;
const lists = new Map();  // duration -> TimerList
const heap = [];           // TimerLists by expiry
const knownTimersById = new Map();  // for clearTimeout(primitiveId)

const kRefed = Symbol('refed');
const kHasPrimitive = Symbol('kHasPrimitive');
// A timer's id, its primitive value (node's async id).
const kId = Symbol('asyncId');
// The async context frame a timer or immediate was created in; set only
// while AsyncLocalStorage is in use.
const kAsyncFrame = Symbol('kAsyncFrame');

// ---- the heap of lists ----------------------------------------------------

function heapSwap(i, j) {
  const a = heap[i];
  heap[i] = heap[j];
  heap[j] = a;
  heap[i].heapIndex = i;
  heap[j].heapIndex = j;
}

function heapUp(i) {
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (heap[parent].expiry <= heap[i].expiry) break;
    heapSwap(i, parent);
    i = parent;
  }
}

function heapDown(i) {
  const n = heap.length;
  for (;;) {
    const l = 2 * i + 1;
    const r = l + 1;
    let min = i;
    if (l < n && heap[l].expiry < heap[min].expiry) min = l;
    if (r < n && heap[r].expiry < heap[min].expiry) min = r;
    if (min === i) break;
    heapSwap(i, min);
    i = min;
  }
}

function heapRemove(list) {
  const i = list.heapIndex;
  const last = heap.pop();
  if (i < heap.length) {
    heap[i] = last;
    last.heapIndex = i;
    heapDown(i);
    heapUp(last.heapIndex);
  }
}

// ---- lists ----------------------------------------------------------------

const kInspectCustom = Symbol.for('nodejs.util.inspect.custom');

// Lists and timers print one level deep, as in node (they link to each
// other).
function inspectShallow(_depth, options) {
  return require('internal/util/inspect').inspect(this, { ...options, depth: 0, customInspect: false });
}

class TimersList {
  constructor(expiry, msecs) {
    this._idleNext = this;  // newest timer
    this._idlePrev = this;  // oldest timer
    this.expiry = expiry;
    this.msecs = msecs;
    this.heapIndex = -1;
  }

  [kInspectCustom](depth, options) {
    return Reflect.apply(inspectShallow, this, [depth, options]);
  }
}

function listAppend(list, timer) {
  timer._idleNext = list._idleNext;
  list._idleNext._idlePrev = timer;
  timer._idlePrev = list;
  list._idleNext = timer;
}

function listRemove(timer) {
  if (timer._idleNext) timer._idleNext._idlePrev = timer._idlePrev;
  if (timer._idlePrev) timer._idlePrev._idleNext = timer._idleNext;
  timer._idleNext = timer._idlePrev = null;
}

function isLinked(timer) {
  return timer._idleNext !== null && timer._idleNext !== undefined && timer._idleNext !== timer;
}

function insert(timer, msecs, start) {
  // Durations are whole milliseconds (a list per duration), as in node.
  msecs = Math.trunc(msecs);
  timer._idleStart = start;
  let list = lists.get(msecs);
  if (list === undefined) {
    const expiry = start + msecs;
    list = new TimersList(expiry, msecs);
    lists.set(msecs, list);
    list.heapIndex = heap.length;
    heap.push(list);
    heapUp(list.heapIndex);
    if (expiry < nextExpiry) {
      scheduleTimer(msecs);
      nextExpiry = expiry;
    }
  }
  listAppend(list, timer);
}

function incRefCount() {
  if (timerRefCount++ === 0) toggleTimerRef(true);
}

function decRefCount() {
  if (--timerRefCount === 0) toggleTimerRef(false);
}

// ---- Timeout ----------------------------------------------------------------

class Timeout {
  constructor(callback, after, args, isRepeat, isRefed) {
    after *= 1;
    if (!(after >= 1 && after <= TIMEOUT_MAX)) {
      if (after > TIMEOUT_MAX) {
        process.emitWarning(`${after} does not fit into a 32-bit signed integer.` +
          '\nTimeout duration was set to 1.', 'TimeoutOverflowWarning');
      }
      after = 1;
    }
    this._idleTimeout = after;
    this._idlePrev = null;
    this._idleNext = null;
    this._idleStart = null;
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = isRepeat ? after : null;
    this._destroyed = false;
    this[kRefed] = isRefed;
    this[kHasPrimitive] = false;
    this[kId] = nextId++;
    if (asyncContext.enabled) this[kAsyncFrame] = asyncContext.frame;
    if (isRefed) incRefCount();
  }

  // Re-arms the timer from now, even after it fired (as node does); a
  // cleared timer stays cleared.
  refresh() {
    if (this._idleTimeout < 0) return this;
    if (isLinked(this)) unlink(this);
    if (this._destroyed) {
      this._destroyed = false;
      if (this[kRefed]) incRefCount();
    }
    insert(this, this._idleTimeout, getLibuvNow());
    return this;
  }

  unref() {
    if (this[kRefed]) {
      this[kRefed] = false;
      if (!this._destroyed) decRefCount();
    }
    return this;
  }

  ref() {
    if (this[kRefed] === false) {
      this[kRefed] = true;
      if (!this._destroyed) incRefCount();
    }
    return this;
  }

  hasRef() {
    return this[kRefed] === true;
  }

  close() {
    clearTimeout(this);
    return this;
  }

  [Symbol.toPrimitive]() {
    if (!this[kHasPrimitive]) {
      this[kHasPrimitive] = true;
      knownTimersById.set(this[kId], this);
    }
    return this[kId];
  }

  [Symbol.dispose]() {
    clearTimeout(this);
  }

  [kInspectCustom](depth, options) {
    return Reflect.apply(inspectShallow, this, [depth, options]);
  }
}

// Takes a timer out of its list, dropping the list once empty.
function unlink(timer) {
  const list = lists.get(Math.trunc(timer._idleTimeout));
  listRemove(timer);
  if (list !== undefined && list._idleNext === list) {
    lists.delete(list.msecs);
    heapRemove(list);
  }
}

function unenroll(timer) {
  if (isLinked(timer)) unlink(timer);
  timer._idleTimeout = -1;
  if (timer._destroyed) return;
  timer._destroyed = true;
  if (timer[kRefed]) decRefCount();
  if (timer[kHasPrimitive]) knownTimersById.delete(timer[kId]);
}

// Runs every expired list; returns the next expiry for the native timer:
// 0 for none, positive when referenced, negative when only unref'd remain.
function processTimers(now) {
  nextExpiry = Infinity;
  let ranAtLeastOneList = false;
  while (heap.length > 0) {
    const list = heap[0];
    if (list.expiry > now) {
      nextExpiry = list.expiry;
      return timerRefCount > 0 ? nextExpiry : -nextExpiry;
    }
    if (ranAtLeastOneList) runNextTicks(); else ranAtLeastOneList = true;
    listOnTimeout(list, now);
  }
  return 0;
}

function listOnTimeout(list, now) {
  const msecs = list.msecs;
  const outerFrame = asyncContext.frame;
  let ranAtLeastOneTimer = false;
  let timer;
  while ((timer = list._idlePrev) !== list) {
    const diff = now - timer._idleStart;
    if (diff < msecs) {
      // Not due yet: this list waits for its oldest remaining timer.
      list.expiry = Math.max(timer._idleStart + msecs, now + 1);
      heapDown(list.heapIndex);
      return;
    }
    if (ranAtLeastOneTimer) runNextTicks(); else ranAtLeastOneTimer = true;
    listRemove(timer);
    // A nextTick callback just run may have cleared it.
    if (!timer._onTimeout) {
      if (!timer._destroyed) {
        timer._destroyed = true;
        if (timer[kRefed]) decRefCount();
      }
      continue;
    }
    let start;
    if (timer._repeat) start = getLibuvNow();
    try {
      const args = timer._timerArgs;
      asyncContext.frame = timer[kAsyncFrame];
      if (args === undefined) timer._onTimeout(); else timer._onTimeout(...args);
    } finally {
      asyncContext.frame = outerFrame;
      if (timer._repeat && timer._idleTimeout !== -1 && !timer._destroyed) {
        timer._idleTimeout = timer._repeat;
        insert(timer, timer._idleTimeout, start);
      } else if (!timer._destroyed && !isLinked(timer)) {
        timer._destroyed = true;
        if (timer[kRefed]) decRefCount();
        if (timer[kHasPrimitive]) knownTimersById.delete(timer[kId]);
      }
    }
  }
  if (list === lists.get(msecs)) {
    lists.delete(msecs);
    heapRemove(list);
  }
}

function validateCallback(callback) {
  if (typeof callback !== 'function') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
  }
}

function restArgs(args, from) {
  if (args.length <= from) return undefined;
  const out = new Array(args.length - from);
  for (let i = from; i < args.length; i++) out[i - from] = args[i];
  return out;
}

function setTimeout(callback, after, arg1, arg2, arg3) {
  validateCallback(callback);
  let args;
  switch (arguments.length) {
    case 0: case 1: case 2: break;
    case 3: args = [arg1]; break;
    case 4: args = [arg1, arg2]; break;
    default: args = restArgs(arguments, 2);
  }
  const timeout = new Timeout(callback, after, args, false, true);
  insert(timeout, timeout._idleTimeout, getLibuvNow());
  return timeout;
}

function setInterval(callback, repeat, arg1, arg2, arg3) {
  validateCallback(callback);
  let args;
  switch (arguments.length) {
    case 0: case 1: case 2: break;
    case 3: args = [arg1]; break;
    case 4: args = [arg1, arg2]; break;
    default: args = restArgs(arguments, 2);
  }
  const timeout = new Timeout(callback, repeat, args, true, true);
  insert(timeout, timeout._idleTimeout, getLibuvNow());
  return timeout;
}

// Its own function (with its own name), as in node; the lists are shared.
function clearInterval(timer) {
  clearTimeout(timer);
}

function clearTimeout(timer) {
  if (timer && timer._onTimeout) {
    timer._onTimeout = null;
    unenroll(timer);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    const known = knownTimersById.get(+timer);
    if (known !== undefined) {
      known._onTimeout = null;
      unenroll(known);
    }
  }
}

// ---- Immediate ----------------------------------------------------------------

class ImmediateQueue {
  constructor() {
    this.head = null;
    this.tail = null;
  }

  append(item) {
    if (this.tail !== null) {
      this.tail._idleNext = item;
      item._idlePrev = this.tail;
    } else {
      this.head = item;
    }
    this.tail = item;
  }

  remove(item) {
    if (item._idleNext) item._idleNext._idlePrev = item._idlePrev;
    if (item._idlePrev) item._idlePrev._idleNext = item._idleNext;
    if (item === this.head) this.head = item._idleNext;
    if (item === this.tail) this.tail = item._idlePrev;
    item._idleNext = item._idlePrev = null;
  }
}

let immediateQueue = new ImmediateQueue();
const outstandingQueue = new ImmediateQueue();

class Immediate {
  constructor(callback, args) {
    this._idleNext = null;
    this._idlePrev = null;
    this._onImmediate = callback;
    this._argv = args;
    this._destroyed = false;
    this[kRefed] = false;
    if (asyncContext.enabled) this[kAsyncFrame] = asyncContext.frame;
    this.ref();
    immediateInfo[kCount]++;
    immediateQueue.append(this);
  }

  ref() {
    if (this[kRefed] === false) {
      this[kRefed] = true;
      if (immediateInfo[kRefCount]++ === 0) toggleImmediateRef(true);
    }
    return this;
  }

  unref() {
    if (this[kRefed] === true) {
      this[kRefed] = false;
      if (--immediateInfo[kRefCount] === 0) toggleImmediateRef(false);
    }
    return this;
  }

  hasRef() {
    return !!this[kRefed];
  }

  [Symbol.dispose]() {
    clearImmediate(this);
  }
}

function setImmediate(callback, arg1, arg2, arg3) {
  validateCallback(callback);
  let args;
  switch (arguments.length) {
    case 0: case 1: break;
    case 2: args = [arg1]; break;
    case 3: args = [arg1, arg2]; break;
    default: args = restArgs(arguments, 1);
  }
  return new Immediate(callback, args);
}

function clearImmediate(immediate) {
  if (!immediate || immediate._destroyed) return;
  immediateInfo[kCount]--;
  immediate._destroyed = true;
  if (immediate[kRefed] && --immediateInfo[kRefCount] === 0) toggleImmediateRef(false);
  immediate[kRefed] = null;
  immediate._onImmediate = null;
  immediateQueue.remove(immediate);
}

// Runs the immediates queued before this check phase; ones queued while
// running wait for the next iteration, as in node.
function processImmediate() {
  const queue = outstandingQueue.head !== null ? outstandingQueue : immediateQueue;
  let immediate = queue.head;
  if (queue !== outstandingQueue) {
    queue.head = queue.tail = null;
    immediateInfo[kHasOutstanding] = 1;
  }
  let ranAtLeastOne = false;
  while (immediate !== null) {
    if (immediate._destroyed) {
      immediate = immediate._idleNext;
      continue;
    }
    if (ranAtLeastOne) runNextTicks(); else ranAtLeastOne = true;
    immediate._destroyed = true;
    immediateInfo[kCount]--;
    if (immediate[kRefed] && --immediateInfo[kRefCount] === 0) toggleImmediateRef(false);
    immediate[kRefed] = null;
    const current = immediate;
    // If the callback throws, the rest of this batch runs next time.
    outstandingQueue.head = current._idleNext;
    const args = current._argv;
    const callback = current._onImmediate;
    const outerFrame = asyncContext.frame;
    asyncContext.frame = current[kAsyncFrame];
    try {
      if (args === undefined) callback.call(current); else Reflect.apply(callback, current, args);
    } finally {
      asyncContext.frame = outerFrame;
    }
    // Read the successor only now: the callback may have cleared it, which
    // unlinks it from the batch.
    immediate = current._idleNext;
  }
  outstandingQueue.head = null;
  immediateInfo[kHasOutstanding] = 0;
}

// How many referenced timeouts and immediates there are
// (process.getActiveResourcesInfo).
function activeCounts() {
  return { timeouts: timerRefCount, immediates: immediateInfo[kRefCount] };
}

function activeHandles() {
  const handles = [];
  for (const list of lists.values()) {
    for (let t = list._idlePrev; t !== list; t = t._idlePrev) {
      if (t[kRefed]) handles.push(t);
    }
  }
  return handles;
}

// util.promisify(setTimeout) / (setImmediate) resolve to timers/promises,
// loaded (from the timers plugin) only when asked for.
for (const [fn, name] of [[setTimeout, 'setTimeout'], [setImmediate, 'setImmediate']]) {
  Object.defineProperty(fn, Symbol.for('nodejs.util.promisify.custom'), {
    __proto__: null,
    enumerable: true,
    get() { return require('timers/promises')[name]; },
  });
}

module.exports = {
  setTimeout, clearTimeout, setInterval, clearInterval,
  setImmediate, clearImmediate, Timeout, Immediate,
  processTimers, processImmediate, activeHandles, activeCounts, kRefed,
  insert, unenroll, isLinked, getLibuvNow,
};
