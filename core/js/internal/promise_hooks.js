'use strict';
// V8's promise hooks, shared: AsyncLocalStorage's propagation and the v8
// module's promiseHooks both add listeners here. The engine's hooks are
// installed only for the kinds someone listens to, and removed when nobody
// does, so that promises cost nothing extra otherwise.

const { setPromiseHooks } = internalBinding('runtime');

const kinds = ['init', 'before', 'after', 'settled'];
const listeners = { init: [], before: [], after: [], settled: [] };

function dispatchInit(promise, parent) {
  const list = listeners.init;
  for (let i = 0; i < list.length; i++) list[i](promise, parent);
}

function dispatchBefore(promise) {
  const list = listeners.before;
  for (let i = 0; i < list.length; i++) list[i](promise);
}

function dispatchAfter(promise) {
  const list = listeners.after;
  for (let i = 0; i < list.length; i++) list[i](promise);
}

function dispatchSettled(promise) {
  const list = listeners.settled;
  for (let i = 0; i < list.length; i++) list[i](promise);
}

const dispatchers = {
  init: dispatchInit, before: dispatchBefore, after: dispatchAfter, settled: dispatchSettled,
};

function install() {
  setPromiseHooks(...kinds.map((kind) => (listeners[kind].length > 0 ? dispatchers[kind] : undefined)));
}

// Calls fn for every promise event of `kind` ('init', 'before', 'after',
// 'settled') until the returned function is called.
function addPromiseHook(kind, fn) {
  // A new array: a dispatch in progress keeps the list it started with.
  listeners[kind] = [...listeners[kind], fn];
  install();
  let added = true;
  return function stop() {
    if (!added) return;
    added = false;
    const index = listeners[kind].indexOf(fn);
    listeners[kind] = listeners[kind].filter((_, i) => i !== index);
    install();
  };
}

module.exports = { addPromiseHook };
