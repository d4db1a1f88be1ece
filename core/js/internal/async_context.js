'use strict';
// The async context frame: the values of every AsyncLocalStorage for the
// code running now, carried to the callbacks it schedules (nextTick,
// timers, immediates, queueMicrotask, promise reactions, native callbacks
// through napi async contexts). A frame is an immutable Map (store ->
// value) or undefined; running code with another store value makes a new
// frame.
//
// Nothing is captured until the first AsyncLocalStorage turns propagation
// on (`state.enabled`): until then scheduling costs one property read.
// Promise reactions then run under V8's promise hooks, which the core
// installs only from that moment.

const state = {
  enabled: false,
  frame: undefined,
};

// Promise -> the frame it was created in, for its reactions.
const kPromiseFrame = Symbol('kPromiseFrame');
// Frames the promise hooks replaced, restored in `promiseAfter`.
const savedFrames = [];

function enable() {
  if (state.enabled) return;
  state.enabled = true;
  internalBinding('runtime').setAsyncContextAccessors(
    () => state.frame,
    (frame) => { state.frame = frame; });
  const { addPromiseHook } = require('internal/promise_hooks');
  addPromiseHook('init', (promise) => {
    if (state.frame !== undefined) promise[kPromiseFrame] = state.frame;
  });
  addPromiseHook('before', (promise) => {
    savedFrames.push(state.frame);
    state.frame = promise[kPromiseFrame];
  });
  addPromiseHook('after', () => {
    state.frame = savedFrames.pop();
  });
}

// Calls fn with `frame` current, then restores the caller's.
function runInFrame(frame, fn, thisArg, args) {
  const previous = state.frame;
  state.frame = frame;
  try {
    return Reflect.apply(fn, thisArg, args);
  } finally {
    state.frame = previous;
  }
}

// fn bound to the frame current now.
function bind(fn, thisArg) {
  const frame = state.frame;
  return function bound(...args) {
    return runInFrame(frame, fn, thisArg === undefined ? this : thisArg, args);
  };
}

// A callback a binding will call later (from the thread pool, a timer, a
// handle), bound to the caller's frame while AsyncLocalStorage is in use;
// the callback itself otherwise (no cost when no store exists).
function bindToFrame(fn) {
  return state.enabled ? bind(fn) : fn;
}

module.exports = { state, enable, runInFrame, bind, bindToFrame };
