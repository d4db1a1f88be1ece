'use strict';
// process.emitWarning and the default 'warning' printer.

const { writeString } = internalBinding('process');

let traceWarningHelperShown = false;
let disabled;  // Set of codes and types

function createWarning(warning, type, code, ctor) {
  const { codes } = require('internal/errors');
  if (typeof warning === 'string') {
    const err = new Error(warning);
    err.name = String(type || 'Warning');
    if (code !== undefined) err.code = code;
    Error.captureStackTrace(err, ctor || process.emitWarning);
    return err;
  }
  if (warning instanceof Error) return warning;
  throw new codes.ERR_INVALID_ARG_TYPE('warning', ['Error', 'string'], warning);
}

function emitWarning(warning, type, code, ctor) {
  const err = warningToEmit(warning, type, code, ctor);
  if (err !== undefined) process.nextTick(() => process.emit('warning', err));
}

const emittedDeprecations = new Set();

// A DeprecationWarning `code`, the first time only.
function emitDeprecationOnce(message, code) {
  if (emittedDeprecations.has(code)) return;
  emittedDeprecations.add(code);
  emitWarning(message, 'DeprecationWarning', code);
}

// For a warning that must precede an error about to end the process.
function emitWarningSync(warning, type, code, ctor) {
  const err = warningToEmit(warning, type, code, ctor);
  if (err !== undefined) process.emit('warning', err);
}

// The warning object emitWarning's arguments describe, or undefined for a
// deprecation --no-deprecation silences.
function warningToEmit(warning, type, code, ctor) {
  let detail;
  if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
    ctor = type.ctor;
    code = type.code;
    if (typeof type.detail === 'string') detail = type.detail;
    type = type.type || 'Warning';
  } else if (typeof type === 'function') {
    ctor = type;
    code = undefined;
    type = 'Warning';
  }
  if (type !== undefined && typeof type !== 'string') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('type', 'string', type);
  }
  if (typeof code === 'function') {
    ctor = code;
    code = undefined;
  } else if (code !== undefined && typeof code !== 'string') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('code', 'string', code);
  }
  const err = createWarning(warning, type, code, ctor);
  if (detail !== undefined) err.detail = detail;
  if (err.name === 'DeprecationWarning') {
    if (process.noDeprecation) return undefined;
    if (process.throwDeprecation) throw err;
  }
  return err;
}

// The codes and types --disable-warning names.
function disabledWarnings() {
  if (disabled !== undefined) return disabled;
  disabled = new Set(require('internal/options').optionValues('--disable-warning'));
  return disabled;
}

// The default 'warning' listener (installed at start-up, see
// internal/process/object).
function printWarning(warning) {
  if (!(warning instanceof Error)) return;
  if (disabledWarnings().has(warning.code) || disabledWarnings().has(warning.name)) return;
  const isDeprecation = warning.name === 'DeprecationWarning';
  if (isDeprecation && process.noDeprecation) return;
  const trace = process.traceProcessWarnings || (isDeprecation && process.traceDeprecation);
  let text = `(node:${process.pid}) `;
  if (warning.code) text += `[${warning.code}] `;
  if (trace && warning.stack) {
    text += warning.stack;
  } else {
    text += typeof warning.toString === 'function' ? warning.toString() : String(warning);
  }
  if (typeof warning.detail === 'string') text += `\n${warning.detail}`;
  if (!trace && !traceWarningHelperShown) {
    traceWarningHelperShown = true;
    const flag = isDeprecation ? '--trace-deprecation' : '--trace-warnings';
    const argv0 = require('internal/path').basename(process.argv0 || 'mosaic');
    text += `\n(Use \`${argv0} ${flag} ...\` to show where the warning was created)`;
  }
  writeString(2, `${text}\n`);
}

module.exports = { emitWarning, emitWarningSync, emitDeprecationOnce, printWarning };
