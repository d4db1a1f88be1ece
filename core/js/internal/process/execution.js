'use strict';
// The uncaught-exception path: 'uncaughtExceptionMonitor', then the
// capture callback (process.setUncaughtExceptionCaptureCallback) or the
// 'uncaughtException' listeners, otherwise print like node and exit 1.

const { writeString } = internalBinding('process');

let nextFromPromise = false;
let captureFn = null;

function setUncaughtExceptionCaptureCallback(fn) {
  if (fn === null) {
    captureFn = null;
    return;
  }
  const { codes } = require('internal/errors');
  if (typeof fn !== 'function') {
    throw new codes.ERR_INVALID_ARG_TYPE('fn', ['Function', 'null'], fn);
  }
  if (captureFn !== null) throw new codes.ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET();
  captureFn = fn;
}

function hasUncaughtExceptionCaptureCallback() {
  return captureFn !== null;
}

function markNextFatalFromPromise() {
  nextFromPromise = true;
}

// Called by the runtime with the error and the "file:line / source / ^"
// arrow. Returns -1 when a listener handled the error, else the exit code.
function fatalException(error, arrow) {
  const fromPromise = nextFromPromise;
  nextFromPromise = false;
  const origin = fromPromise ? 'unhandledRejection' : 'uncaughtException';
  process.emit('uncaughtExceptionMonitor', error, origin);
  if (captureFn !== null) {
    captureFn(error);
    return -1;
  }
  if (process.listenerCount('uncaughtException') > 0) {
    process.emit('uncaughtException', error, origin);
    return -1;
  }
  // As node: 'exit' listeners run first (an exception they throw is
  // dropped), then the error is printed.
  process.exitCode = 1;
  if (!process._exiting) {
    process._exiting = true;
    try {
      process.emit('exit', 1);
    } catch {
      // node ignores it: the process is already failing.
    }
  }
  enhanceStack(error);
  // A rejection with an Error still points at where the error was made.
  printFatal(error, fromPromise && !(error instanceof Error) ? '' : arrow);
  return process.exitCode === undefined ? 1 : process.exitCode;
}

function enhanceStack(error) {
  const { kEnhanceStackBeforeInspector } = require('internal/errors');
  if (error === null || typeof error !== 'object' || typeof error[kEnhanceStackBeforeInspector] !== 'function') {
    return;
  }
  try {
    error.stack = error[kEnhanceStackBeforeInspector]();
  } catch {
    // Only more context: the error prints without it.
  }
}

function describe(error) {
  try {
    const { inspect } = require('internal/util/inspect');
    if (error !== null && (typeof error === 'object' || typeof error === 'function')) {
      // As node prints it: without custom inspection, at least 5 levels deep,
      // in colour on a terminal.
      const onTerminal = internalBinding('process').guessHandleType(2) === 'TTY';
      const { shouldColorize } = require('internal/console');
      return inspect(error, {
        colors: Boolean(shouldColorize(onTerminal ? process.stderr : undefined)),
        customInspect: false,
        depth: Math.max(inspect.defaultOptions.depth, 5),
      });
    }
    return String(typeof error === 'symbol' ? error.toString() : error);
  } catch {
    try {
      return String(error && error.stack ? error.stack : error);
    } catch {
      return '<unprintable error>';
    }
  }
}

// As node prints a fatal exception: an Error's stack under its source
// arrow; anything else as node's C++ prints it (the arrow after a blank
// line, then the inspected object or the primitive with a hint).
function printFatal(error, arrow) {
  const { isNativeError } = require('internal/util/types');
  let text;
  if (isNativeError(error) || !arrow) {
    text = (arrow ? `${arrow}\n` : '') + describe(error);
  } else {
    text = `\n${arrow}${describe(error)}`;
  }
  if (error === null || (typeof error !== 'object' && typeof error !== 'function')) {
    const argv0 = require('internal/path').basename(process.argv0 || 'mosaic');
    text += `\n(Use \`${argv0} --trace-uncaught ...\` to show where the exception was thrown)`;
  }
  text += `\n\nMosaic v${process.versions.mosaic}\n`;
  writeString(2, text);
}

module.exports = {
  fatalException,
  markNextFatalFromPromise,
  printFatal,
  setUncaughtExceptionCaptureCallback,
  hasUncaughtExceptionCaptureCallback,
};
