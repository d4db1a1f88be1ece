'use strict';
// Signal events on `process`: a libuv signal watcher exists while the
// signal has listeners; without listeners the default action applies.

const binding = internalBinding('process');

function setup(process, signals) {
  const watchers = new Map();

  process.on('newListener', (type) => {
    // Own numbers only: 'toString' or '__proto__' are events, not signals.
    if (typeof type !== 'string' || !Object.prototype.hasOwnProperty.call(signals, type) ||
        watchers.has(type)) {
      return;
    }
    const signum = signals[type];
    const watcher = binding.watchSignal(signum, () => process.emit(type, type, signum));
    watchers.set(type, watcher);
  });

  process.on('removeListener', (type) => {
    const watcher = watchers.get(type);
    if (watcher !== undefined && process.listenerCount(type) === 0) {
      binding.unwatchSignal(watcher);
      watchers.delete(type);
    }
  });
}

module.exports = { setup };
