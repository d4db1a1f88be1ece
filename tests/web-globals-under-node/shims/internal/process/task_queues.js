'use strict';

// Node-side stand-in for core/js/internal/process/task_queues.js (which
// needs the runtime's native task queue): node's own primitives.

module.exports = {
  queueMicrotask: globalThis.queueMicrotask,
  nextTick: process.nextTick,
};
