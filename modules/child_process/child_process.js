'use strict';

// The `child_process` builtin (node 20): spawn, exec and execFile on the
// runtime's loop, and spawnSync, execSync and execFileSync on a private
// libuv loop, in the native half (child_process_native.c), with node's
// options, events, results and errors. A child's stdio pipes are streams
// made here over the native pipe handles (node uses net.Socket).
//
// fork() and the IPC channel ('ipc' in stdio, send(), disconnect) are not
// in Mosaic yet: they throw ERR_MOSAIC_NOT_IMPLEMENTED.

/* global binding */

const {
  codes: {
    ERR_CHILD_PROCESS_STDIO_MAXBUFFER,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_MOSAIC_NOT_IMPLEMENTED,
    ERR_OUT_OF_RANGE,
  },
  AbortError,
  errnoException,
  genericNodeError,
  getSystemErrorName,
} = require('internal/errors');
const {
  convertToValidSignal,
  signalName,
  validateAbortSignal,
  validateFunction,
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
  if (value === 'ipc') throw new ERR_MOSAIC_NOT_IMPLEMENTED('child_process IPC channels');
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
  for (let i = 3; i < stdio.length; i++) {
    if (stdio[i] === 'ipc') throw new ERR_MOSAIC_NOT_IMPLEMENTED('child_process IPC channels');
    if (stdio[i] != null && stdio[i] !== 'ignore') {
      throw new ERR_MOSAIC_NOT_IMPLEMENTED('child_process stdio beyond fd 2');
    }
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
// Asynchronous API

const UV_EOF = -4095;
const UV_ESRCH = -3;

let streamClasses;

// The streams of a child's stdio pipes: a Readable for its stdout and
// stderr, a Writable for its stdin, each over one native pipe handle.
function pipeStreams() {
  if (streamClasses !== undefined) return streamClasses;
  const { Readable, Writable } = require('stream');

  class PipeReadable extends Readable {
    constructor(pipe) {
      super();
      this._pipe = pipe;
      this._reading = false;
    }

    _read() {
      if (this._reading || this._pipe === null) return;
      this._reading = true;
      const err = binding.readStart(this._pipe, (chunk, errno) => this._onRead(chunk, errno));
      if (err !== 0) this.destroy(errnoException(err, 'read'));
    }

    _onRead(chunk, errno) {
      if (chunk !== null) {
        if (!this.push(chunk)) {
          this._reading = false;
          binding.readStop(this._pipe);
        }
      } else if (errno === UV_EOF) {
        this.push(null);
      } else {
        this.destroy(errnoException(errno, 'read'));
      }
    }

    _destroy(err, callback) {
      if (this._pipe !== null) binding.close(this._pipe);
      this._pipe = null;
      callback(err);
    }
  }

  class PipeWritable extends Writable {
    constructor(pipe) {
      super({ decodeStrings: true });
      this._pipe = pipe;
    }

    _write(chunk, encoding, callback) {
      if (this._pipe === null) {
        callback(errnoException(-9 /* UV_EBADF */, 'write'));
        return;
      }
      const err = binding.write(this._pipe, chunk, (status) => {
        callback(status < 0 ? errnoException(status, 'write') : null);
      });
      if (err !== 0) callback(errnoException(err, 'write'));
    }

    // The child sees end of input when the pipe closes.
    _final(callback) {
      this._closePipe();
      callback();
    }

    _destroy(err, callback) {
      this._closePipe();
      callback(err);
    }

    _closePipe() {
      if (this._pipe !== null) binding.close(this._pipe);
      this._pipe = null;
    }
  }

  streamClasses = { PipeReadable, PipeWritable };
  return streamClasses;
}

// Streams for the pipes the child got; a spawn that failed gets destroyed
// ones, as node's do.
function makeStdio(child, pipes, slots) {
  const { PipeReadable, PipeWritable } = pipeStreams();
  return slots.map((slot, i) => {
    if (slot.type !== kPipe) return null;
    const pipe = pipes[i];
    const stream = i === 0 ? new PipeWritable(pipe) : new PipeReadable(pipe);
    if (i > 0) {
      child._closesNeeded++;
      stream.on('close', () => maybeClose(child));
    }
    if (pipe === null) stream.destroy();
    return stream;
  });
}

function maybeClose(child) {
  child._closesGot++;
  if (child._closesGot === child._closesNeeded) {
    child.emit('close', child.exitCode, child.signalCode);
  }
}

// Readable stdio nobody listens to is drained, so that it ends and the
// child's 'close' comes (node's flushStdio).
function flushStdio(child) {
  for (const stream of child.stdio) {
    if (!stream || !stream.readable || stream.readableFlowing !== null ||
        stream.listenerCount('readable') > 0) {
      continue;
    }
    stream.resume();
  }
}

class ChildProcess extends EventEmitter {
  constructor() {
    super();
    this._closesNeeded = 1;
    this._closesGot = 0;
    this.connected = false;
    this.signalCode = null;
    this.exitCode = null;
    this.killed = false;
    this.spawnfile = null;
    this._handle = null;
  }

  spawn(options) {
    validateObject(options, 'options');
    const slots = stdioSlots(options.stdio);
    this.spawnfile = options.file;
    this.spawnargs = options.args;
    const result = binding.spawn({
      file: options.file,
      args: options.args,
      envPairs: options.envPairs,
      cwd: options.cwd,
      stdio: slots,
      uid: options.uid,
      gid: options.gid,
      detached: Boolean(options.detached),
    }, (status, signal) => this._onExit(status, signal));
    if (result.error === 0) {
      this._handle = result.process;
      this.pid = result.pid;
    }
    const stdio = makeStdio(this, result.pipes, slots);
    this.stdin = stdio[0];
    this.stdout = stdio[1];
    this.stderr = stdio[2];
    this.stdio = stdio;
    if (result.error !== 0) {
      const err = errnoException(result.error, `spawn ${options.file}`);
      err.path = options.file;
      err.spawnargs = options.args.slice(1);
      process.nextTick(() => {
        this.emit('error', err);
        this._onExit(result.error, 0);
      });
      return result.error;
    }
    process.nextTick(() => this.emit('spawn'));
    return 0;
  }

  _onExit(status, signal) {
    if (signal !== 0) this.signalCode = signalName(signal);
    else this.exitCode = status;
    this._handle = null;
    if (this.stdin) this.stdin.destroy();
    if (status >= 0 || signal !== 0) this.emit('exit', this.exitCode, this.signalCode);
    process.nextTick(flushStdio, this);
    maybeClose(this);
  }

  kill(sig) {
    const signal = sig === 0 ? 0 : convertToValidSignal(sig === undefined ? 'SIGTERM' : sig);
    if (this._handle === null) return false;
    const err = binding.kill(this._handle, signal);
    if (err === 0) {
      this.killed = true;
      return true;
    }
    if (err === UV_ESRCH) return false;
    throw errnoException(err, 'kill');
  }

  ref() {
    if (this._handle !== null) binding.ref(this._handle, true);
  }

  unref() {
    if (this._handle !== null) binding.ref(this._handle, false);
  }

  [Symbol.dispose]() {
    if (!this.killed) this.kill();
  }
}

function spawn(file, args, options) {
  options = normalizeSpawnArguments(file, args, options);
  if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
  const killSignal = options.killSignal === undefined ?
    undefined : convertToValidSignal(options.killSignal);
  const child = new ChildProcess();
  child.spawn(options);
  if (options.timeout > 0) {
    let timer = setTimeout(() => {
      timer = null;
      child.kill(killSignal);
    }, options.timeout);
    child.once('exit', () => {
      if (timer !== null) clearTimeout(timer);
    });
  }
  if (options.signal !== undefined) abortWith(child, options.signal, killSignal);
  return child;
}

// An AbortSignal kills the child and makes an 'error' of the abort.
function abortWith(child, signal, killSignal) {
  const onAbort = () => {
    if (child.kill(killSignal)) {
      child.emit('error', new AbortError(undefined, { cause: signal.reason }));
    }
  };
  if (signal.aborted) {
    process.nextTick(onAbort);
  } else {
    signal.addEventListener('abort', onAbort, { once: true });
    child.once('exit', () => signal.removeEventListener('abort', onAbort));
  }
}

// execFile(file[, args][, options][, callback])
function execFile(file, args, options, callback) {
  if (typeof args === 'function') {
    callback = args;
    args = [];
    options = undefined;
  } else if (args != null && !Array.isArray(args) && typeof args === 'object') {
    callback = options;
    options = args;
    args = [];
  } else if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  if (options != null) validateObject(options, 'options');
  if (callback !== undefined) validateFunction(callback, 'callback');
  options = {
    encoding: 'utf8',
    timeout: 0,
    maxBuffer: kDefaultMaxBuffer,
    killSignal: 'SIGTERM',
    ...options,
  };
  validateTimeout(options.timeout);
  validateMaxBuffer(options.maxBuffer);
  const child = spawn(file, args, {
    cwd: options.cwd, env: options.env, gid: options.gid, uid: options.uid,
    shell: options.shell, signal: options.signal, argv0: options.argv0,
    windowsHide: options.windowsHide,
  });
  collectOutput(child, options, callback, [file, ...(args || [])].join(' '));
  return child;
}

// Buffers a child's stdout and stderr for exec/execFile and calls back
// once it has closed, with node's error for a failure.
function collectOutput(child, options, callback, cmd) {
  const encoding = options.encoding && options.encoding !== 'buffer' &&
    lazyBuffer().isEncoding(options.encoding) ? options.encoding : undefined;
  const output = { stdout: [], stderr: [] };
  const lengths = { stdout: 0, stderr: 0 };
  let ex = null;
  let killed = false;
  let timer = null;

  const kill = () => {
    killed = true;
    try {
      child.kill(options.killSignal);
    } catch (err) {
      ex = err;
      exitHandler();
    }
  };

  function exitHandler(code, signal) {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (!callback) return;
    const cb = callback;
    callback = null;
    const text = (name) => {
      const chunks = output[name];
      if (encoding) return chunks.join('');
      const buffer = lazyBuffer().concat(chunks);
      return options.encoding === 'buffer' || !options.encoding ? buffer : buffer.toString();
    };
    const stdout = text('stdout');
    const stderr = text('stderr');
    if (!ex && code === 0 && signal === null) {
      cb(null, stdout, stderr);
      return;
    }
    if (!ex) {
      ex = genericNodeError(`Command failed: ${cmd}\n${stderr}`, {
        code: code < 0 ? getSystemErrorName(code) : code,
        killed: child.killed || killed,
        signal,
      });
    }
    ex.cmd = cmd;
    cb(ex, stdout, stderr);
  }

  for (const name of ['stdout', 'stderr']) {
    const stream = child[name];
    if (!stream) continue;
    if (encoding) stream.setEncoding(encoding);
    stream.on('data', (chunk) => {
      const length = encoding ? lazyBuffer().byteLength(chunk, encoding) : chunk.length;
      lengths[name] += length;
      if (lengths[name] > options.maxBuffer) {
        const over = lengths[name] - options.maxBuffer;
        const keep = encoding ? chunk.slice(0, Math.max(0, chunk.length - over)) :
          chunk.subarray(0, Math.max(0, chunk.length - over));
        output[name].push(keep);
        ex = new ERR_CHILD_PROCESS_STDIO_MAXBUFFER(name);
        kill();
      } else {
        output[name].push(chunk);
      }
    });
  }
  if (options.timeout > 0) timer = setTimeout(kill, options.timeout);
  child.addListener('close', exitHandler);
  child.addListener('error', (err) => {
    ex = err;
    if (child.stdout) child.stdout.destroy();
    if (child.stderr) child.stderr.destroy();
    exitHandler();
  });
}

// exec(command[, options][, callback]): execFile through a shell.
function exec(command, options, callback) {
  validateString(command, 'command');
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  if (options != null) validateObject(options, 'options');
  const opts = { ...options, shell: typeof options?.shell === 'string' ? options.shell : true };
  if (callback !== undefined) validateFunction(callback, 'callback');
  opts.encoding ??= 'utf8';
  validateTimeout(opts.timeout);
  validateMaxBuffer(opts.maxBuffer);
  const child = spawn(command, [], {
    cwd: opts.cwd, env: opts.env, gid: opts.gid, uid: opts.uid, shell: opts.shell,
    signal: opts.signal, windowsHide: opts.windowsHide,
  });
  collectOutput(child, {
    encoding: opts.encoding, timeout: opts.timeout || 0,
    maxBuffer: opts.maxBuffer === undefined ? kDefaultMaxBuffer : opts.maxBuffer,
    killSignal: opts.killSignal || 'SIGTERM',
  }, callback, command);
  return child;
}

// util.promisify(exec / execFile) resolves to { stdout, stderr }, and the
// promise carries the child.
for (const fn of [exec, execFile]) {
  Object.defineProperty(fn, Symbol.for('nodejs.util.promisify.custom'), {
    __proto__: null,
    enumerable: false,
    value: (...args) => {
      let child;
      const promise = new Promise((resolve, reject) => {
        child = fn(...args, (err, stdout, stderr) => {
          if (err !== null) {
            err.stdout = stdout;
            err.stderr = stderr;
            reject(err);
          } else {
            resolve({ stdout, stderr });
          }
        });
      });
      promise.child = child;
      return promise;
    },
  });
}

function notImplemented(what) {
  return function() {
    throw new ERR_MOSAIC_NOT_IMPLEMENTED(`child_process.${what}`);
  };
}

module.exports = {
  _forkChild: notImplemented('_forkChild'),
  ChildProcess,
  exec,
  execFile,
  execFileSync,
  execSync,
  fork: notImplemented('fork'),
  spawn,
  spawnSync,
};
