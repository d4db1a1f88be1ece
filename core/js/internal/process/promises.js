'use strict';
// Unhandled-rejection tracking with node's --unhandled-rejections modes.
// V8 reports rejections without handlers; we decide after the microtask
// queue drains, so a handler attached in the same tick still counts.

const { triggerUncaughtException } = internalBinding('runtime');
const taskQueues = require('internal/process/task_queues');

const kPromiseRejectWithNoHandler = 0;
const kPromiseHandlerAddedAfterReject = 1;

const maybeUnhandled = new WeakMap();
const pendingUnhandled = [];
const asyncHandled = [];
let lastRejectionId = 0;

function rejectionMode() {
  const values = require('internal/options').optionValues('--unhandled-rejections');
  return values.length === 0 ? 'throw' : values[values.length - 1];
}
let mode;

function promiseRejectHandler(type, promise, reason) {
  if (type === kPromiseRejectWithNoHandler) {
    maybeUnhandled.set(promise, { reason, uid: ++lastRejectionId, warned: false });
    pendingUnhandled.push(promise);
    taskQueues.setHasRejectionToWarn(true);
  } else if (type === kPromiseHandlerAddedAfterReject) {
    const info = maybeUnhandled.get(promise);
    if (info === undefined) return;
    maybeUnhandled.delete(promise);
    if (info.warned) {
      asyncHandled.push({ promise, uid: info.uid });
      taskQueues.setHasRejectionToWarn(true);
    }
  }
}

// node's UnhandledPromiseRejection: what an unhandled rejection with
// something other than an Error throws.
class UnhandledPromiseRejection extends Error {
  code = 'ERR_UNHANDLED_REJECTION';

  constructor(reason) {
    const { noSideEffectsToString } = internalBinding('util');
    super('This error originated either by throwing inside of an async function without a ' +
          'catch block, or by rejecting a promise which was not handled with .catch(). The ' +
          `promise rejected with the reason "${noSideEffectsToString(reason)}".`);
  }
}

Object.defineProperty(UnhandledPromiseRejection.prototype, 'name', {
  __proto__: null, value: 'UnhandledPromiseRejection', writable: true, configurable: true,
});

function unhandledRejectionError(reason) {
  return reason instanceof Error ? reason : new UnhandledPromiseRejection(reason);
}

function emitWarning(reason, uid) {
  const { inspect } = require('internal/util/inspect');
  const warning = new Error(
    'Unhandled promise rejection. This error originated either by throwing ' +
    'inside of an async function without a catch block, or by rejecting a ' +
    'promise which was not handled with .catch(). To terminate the node ' +
    'process on unhandled promise rejection, use the CLI flag ' +
    '`--unhandled-rejections=strict` (see ' +
    'https://nodejs.org/api/cli.html#cli_unhandled_rejections_mode). ' +
    `(rejection id: ${uid})`);
  warning.name = 'UnhandledPromiseRejectionWarning';
  try {
    if (reason instanceof Error) warning.stack = reason.stack;
    else warning.stack = inspect(reason);
  } catch {}
  process.emitWarning(warning);
}

function handleUnhandled(promise, reason, uid) {
  switch (mode) {
    case 'strict': {
      const handled = triggerWithPromiseFlag(reason);
      if (handled) process.emit('unhandledRejection', reason, promise);
      break;
    }
    case 'warn':
      process.emit('unhandledRejection', reason, promise);
      emitWarning(reason, uid);
      break;
    case 'none':
      process.emit('unhandledRejection', reason, promise);
      break;
    case 'warn-with-error-code':
      if (!process.emit('unhandledRejection', reason, promise)) {
        emitWarning(reason, uid);
        process.exitCode = 1;
      }
      break;
    default:  // throw
      if (!process.emit('unhandledRejection', reason, promise)) {
        triggerWithPromiseFlag(reason);
      }
  }
}

// Routes a rejection to 'uncaughtException'; returns when a listener
// handled it (otherwise the process has exited).
function triggerWithPromiseFlag(reason) {
  require('internal/process/execution').markNextFatalFromPromise();
  triggerUncaughtException(unhandledRejectionError(reason));
  return true;
}

function processPromiseRejections() {
  while (asyncHandled.length > 0) {
    const { promise, uid } = asyncHandled.shift();
    if (!process.emit('rejectionHandled', promise) && mode === 'warn') {
      const warning = new Error(`Promise rejection was handled asynchronously (rejection id: ${uid})`);
      warning.name = 'PromiseRejectionHandledWarning';
      warning.id = uid;
      process.emitWarning(warning);
    }
  }
  if (mode === undefined) mode = rejectionMode();
  let processed = false;
  while (pendingUnhandled.length > 0) {
    const promise = pendingUnhandled.shift();
    const info = maybeUnhandled.get(promise);
    if (info === undefined) continue;
    info.warned = true;
    processed = true;
    handleUnhandled(promise, info.reason, info.uid);
  }
  return processed;
}

taskQueues.setPromiseRejectionProcessor(processPromiseRejections);

module.exports = { promiseRejectHandler };
