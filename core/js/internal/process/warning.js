'use strict';
// process.emitWarning and the default 'warning' printer.

const { writeString } = internalBinding('process');

let traceWarningHelperShown = false;
let printerInstalled = false;

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
    if (process.noDeprecation) return;
    if (process.throwDeprecation) throw err;
  }
  installPrinter();
  process.nextTick(() => process.emit('warning', err));
}

function installPrinter() {
  if (printerInstalled) return;
  printerInstalled = true;
  process.on('warning', printWarning);
}

function printWarning(warning) {
  if (process.execArgv.includes('--no-warnings')) return;
  const trace = process.execArgv.includes('--trace-warnings') ||
    (warning.name === 'DeprecationWarning' && process.traceDeprecation);
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
    const flag = warning.name === 'DeprecationWarning' ? '--trace-deprecation' : '--trace-warnings';
    text += `\n(Use \`mosaic ${flag} ...\` to show where the warning was created)`;
  }
  writeString(2, `${text}\n`);
}

module.exports = { emitWarning };
