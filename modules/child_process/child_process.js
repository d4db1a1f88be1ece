'use strict';

// The `child_process` builtin (node 20): spawnSync, execSync and
// execFileSync, running the child on a private libuv loop in the native
// half (child_process_native.c) with node's options, results and errors.
//
// The asynchronous API (spawn, exec, execFile, fork and the ChildProcess
// class) needs stream-backed pipes and is not in Mosaic yet: it throws
// ERR_MOSAIC_NOT_IMPLEMENTED when called, so modules that only import it
// (commander, mocha, rollup) load.

/* global binding */

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_MOSAIC_NOT_IMPLEMENTED,
    ERR_OUT_OF_RANGE,
  },
  errnoException,
} = require('internal/errors');
const {
  convertToValidSignal,
  signalName,
  validateInt32,
  validateObject,
  validateString,
} = require('internal/validators');
const { EventEmitter } = require('internal/events');
const { lazyBuffer } = require('internal/lazy_buffer');

const kPipe = 0;
const kIgnore = 1;
const kInherit = 2;
const kFd = 3;

const kDefaultMaxBuffer = 1024 * 1024;

// ---------------------------------------------------------------------------
// Arguments, as node normalizes them

function normalizeSpawnArguments(file, args, options) {
  validateString(file, 'file');
  if (file.length === 0) throw new ERR_INVALID_ARG_VALUE('file', file, 'cannot be empty');
  if (Array.isArray(args)) {
    args = args.slice();
  } else if (args == null) {
    args = [];
  } else if (typeof args !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('args', 'object', args);
  } else {
    options = args;
    args = [];
  }
  if (options === undefined) options = {};
  else validateObject(options, 'options');

  let cwd = options.cwd;
  if (cwd != null) cwd = toPath(cwd, 'options.cwd');
  for (const key of ['uid', 'gid']) {
    if (options[key] != null) validateInt32(options[key], `options.${key}`);
  }
  if (options.shell != null && typeof options.shell !== 'boolean' &&
      typeof options.shell !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('options.shell', ['boolean', 'string'], options.shell);
  }
  if (options.argv0 != null) validateString(options.argv0, 'options.argv0');
  if (file.includes('\u0000')) {
    throw new ERR_INVALID_ARG_VALUE('file', file, 'must be a string without null bytes');
  }
  // Non-string arguments are passed as their string form, as in node.
  args = args.map((arg, i) => {
    const text = `${arg}`;
    if (text.includes('\u0000')) {
      throw new ERR_INVALID_ARG_VALUE(`args[${i}]`, arg, 'must be a string without null bytes');
    }
    return text;
  });

  if (options.shell) {
    const command = [file, ...args].join(' ');
    file = typeof options.shell === 'string' ? options.shell : '/bin/sh';
    args = ['-c', command];
  }
  args.unshift(typeof options.argv0 === 'string' ? options.argv0 : file);

  const env = options.env || process.env;
  const envPairs = [];
  for (const key of Object.keys(env)) {
    const value = env[key];
    if (value !== undefined) envPairs.push(`${key}=${value}`);
  }
  return { ...options, file, args, cwd, envPairs };
}

function toPath(value, name) {
  if (typeof value === 'string') return value;
  if (value instanceof URL) return require('internal/url').fileURLToPath(value);
  throw new ERR_INVALID_ARG_TYPE(name, ['string', 'URL'], value);
}

// One stdio slot of a synchronous child: 'pipe', 'ignore', 'inherit', an fd.
function stdioSlot(value, index) {
  if (value === undefined || value === null || value === 'pipe' || value === 'overlapped') {
    return { type: kPipe };
  }
  if (value === 'ignore') return { type: kIgnore };
  if (value === 'inherit') return { type: kInherit };
  if (typeof value === 'number') return { type: kFd, fd: value };
  if (value !== null && typeof value === 'object' && typeof value.fd === 'number') {
    return { type: kFd, fd: value.fd };
  }
  throw new ERR_INVALID_ARG_VALUE(`stdio[${index}]`, value);
}

function stdioSlots(stdio) {
  if (stdio === undefined) stdio = 'pipe';
  if (typeof stdio === 'string') {
    if (!['pipe', 'overlapped', 'ignore', 'inherit'].includes(stdio)) {
      throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
    }
    stdio = [stdio, stdio, stdio];
  } else if (!Array.isArray(stdio)) {
    throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
  }
  return [0, 1, 2].map((i) => stdioSlot(stdio[i], i));
}

function validateTimeout(timeout) {
  if (timeout != null && !(Number.isInteger(timeout) && timeout >= 0)) {
    throw new ERR_OUT_OF_RANGE('timeout', 'an unsigned integer', timeout);
  }
}

function validateMaxBuffer(maxBuffer) {
  if (maxBuffer != null && !(typeof maxBuffer === 'number' && maxBuffer >= 0)) {
    throw new ERR_OUT_OF_RANGE('options.maxBuffer', 'a positive number', maxBuffer);
  }
}

// The input option as bytes.
function inputBytes(input, encoding) {
  if (input === undefined) return undefined;
  if (typeof input === 'string') return lazyBuffer().from(input, encoding);
  if (ArrayBuffer.isView(input)) {
    return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  }
  throw new ERR_INVALID_ARG_TYPE('options.stdio[0]', ['Buffer', 'TypedArray', 'DataView', 'string'],
                                 input);
}

// ---------------------------------------------------------------------------
// Synchronous API

function spawnSync(file, args, options) {
  options = normalizeSpawnArguments(file, args, options);
  validateTimeout(options.timeout);
  validateMaxBuffer(options.maxBuffer);
  const killSignal = convertToValidSignal(options.killSignal === undefined ?
    'SIGTERM' : options.killSignal);
  const raw = binding.spawnSync({
    file: options.file,
    args: options.args,
    envPairs: options.envPairs,
    cwd: options.cwd,
    stdio: stdioSlots(options.stdio),
    input: inputBytes(options.input, options.encoding),
    timeout: options.timeout || 0,
    maxBuffer: options.maxBuffer === undefined ? kDefaultMaxBuffer : options.maxBuffer,
    killSignal,
    uid: options.uid,
    gid: options.gid,
    detached: Boolean(options.detached),
  });
  return spawnSyncResult(raw, options);
}

function spawnSyncResult(raw, options) {
  const result = {};
  const spawned = raw.pid !== 0;
  if (raw.error !== 0) {
    const syscall = `spawnSync ${options.file}`;
    const error = errnoException(raw.error, syscall);
    error.path = options.file;
    error.spawnargs = options.args.slice(1);
    result.error = error;
  }
  result.status = raw.exited && raw.signal === 0 ? raw.status : null;
  result.signal = raw.signal !== 0 ? signalName(raw.signal) : null;
  const { encoding } = options;
  result.output = spawned ? raw.output.map((out) => {
    if (out === null || !encoding || encoding === 'buffer') return out;
    return out.toString(encoding);
  }) : null;
  result.pid = raw.pid;
  result.stdout = result.output && result.output[1];
  result.stderr = result.output && result.output[2];
  return result;
}

// The error execSync / execFileSync throw for a failed or failing child.
function checkExecSyncError(ret, args, command) {
  if (ret.error) {
    const err = ret.error;
    Object.assign(err, ret);
    delete err.error;
    return err;
  }
  if (ret.status === 0) return undefined;
  let message = 'Command failed: ';
  message += command || args.join(' ');
  if (ret.stderr && ret.stderr.length > 0) message += `\n${ret.stderr.toString()}`;
  const err = new Error(message);
  Object.assign(err, ret);
  return err;
}

function execFileSync(file, args, options) {
  if (!Array.isArray(args) && args !== null && typeof args === 'object') {
    options = args;
    args = [];
  }
  const inheritStderr = !options || !options.stdio;
  const ret = spawnSync(file, args, options);
  if (inheritStderr && ret.stderr) process.stderr.write(ret.stderr);
  const err = checkExecSyncError(ret, [file, ...(Array.isArray(args) ? args : [])], undefined);
  if (err) throw err;
  return ret.stdout;
}

function execSync(command, options) {
  validateString(command, 'command');
  if (options !== undefined) validateObject(options, 'options');
  const opts = { ...options, shell: typeof options?.shell === 'string' ? options.shell : true };
  const inheritStderr = !opts.stdio;
  const ret = spawnSync(command, [], opts);
  if (inheritStderr && ret.stderr) process.stderr.write(ret.stderr);
  const err = checkExecSyncError(ret, undefined, command);
  if (err) throw err;
  return ret.stdout;
}

// ---------------------------------------------------------------------------
// Asynchronous API: not yet

function notImplemented(what) {
  return function() {
    throw new ERR_MOSAIC_NOT_IMPLEMENTED(`child_process.${what}`);
  };
}

class ChildProcess extends EventEmitter {
  spawn() {
    throw new ERR_MOSAIC_NOT_IMPLEMENTED('child_process.ChildProcess');
  }
}

module.exports = {
  _forkChild: notImplemented('_forkChild'),
  ChildProcess,
  exec: notImplemented('exec'),
  execFile: notImplemented('execFile'),
  execFileSync,
  execSync,
  fork: notImplemented('fork'),
  spawn: notImplemented('spawn'),
  spawnSync,
};
