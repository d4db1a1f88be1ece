'use strict';
// Builds the `process` object: an EventEmitter carrying the native state.

const binding = internalBinding('process');
const { EventEmitter } = require('internal/events');

const kSignals = {
  SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGILL: 4, SIGTRAP: 5, SIGABRT: 6,
  SIGIOT: 6, SIGBUS: 7, SIGFPE: 8, SIGKILL: 9, SIGUSR1: 10, SIGSEGV: 11,
  SIGUSR2: 12, SIGPIPE: 13, SIGALRM: 14, SIGTERM: 15, SIGCHLD: 17,
  SIGSTKFLT: 16, SIGCONT: 18, SIGSTOP: 19, SIGTSTP: 20, SIGTTIN: 21,
  SIGTTOU: 22, SIGURG: 23, SIGXCPU: 24, SIGXFSZ: 25, SIGVTALRM: 26,
  SIGPROF: 27, SIGWINCH: 28, SIGIO: 29, SIGPOLL: 29, SIGPWR: 30, SIGSYS: 31,
};

function createProcess() {
  // As node's: its prototype is a `process` object (process.constructor is
  // a function named process) over EventEmitter.prototype.
  const processPrototype = Object.create(EventEmitter.prototype, {
    constructor: {
      __proto__: null, value: function process() {}, writable: true, enumerable: false, configurable: true,
    },
  });
  const process = Object.create(processPrototype, {
    [Symbol.toStringTag]: {
      __proto__: null, value: 'process', writable: false, enumerable: false, configurable: true,
    },
  });
  EventEmitter.call(process);
  defineValues(process);
  defineMethods(process);
  defineExitCode(process);
  require('internal/process/signals').setup(process, kSignals);
  require('internal/process/stdio').setup(process);
  return process;
}

function defineValues(process) {
  const nodeVersion = binding.nodeVersion;
  process.title = 'mosaic';
  process.version = `v${nodeVersion}`;
  process.versions = {
    node: nodeVersion,
    mosaic: binding.mosaicVersion,
    v8: binding.v8Version,
    uv: binding.uvVersion,
    napi: String(binding.napiVersion),
    // No prebuilt native addon targets ABI 0, so addon loaders fall back to
    // their Node-API builds.
    modules: '0',
  };
  process.arch = 'x64';
  process.platform = 'linux';
  // Node 20's LTS name. No download URLs: node's headers are not this
  // engine's, and addon builders must not fetch them for Mosaic.
  process.release = { name: 'node', lts: 'Iron', sourceUrl: '', headersUrl: '' };
  process.env = binding.env;
  process.features = {
    inspector: false, debug: false, uv: true, ipv6: true, tls_alpn: true,
    tls_sni: true, tls_ocsp: true, tls: true, cached_builtins: true,
    require_module: true,
  };
  process.config = { target_defaults: {}, variables: { napi_build_version: String(binding.napiVersion) } };
  process.moduleLoadList = [];
  process.allowedNodeEnvironmentFlags =
    require('internal/options').allowedNodeEnvironmentFlags(binding.allowedNodeEnvironmentFlags);
  process._exiting = false;
  process.domain = null;
  process.debugPort = 9229;
  process.sourceMapsEnabled = false;
}

// This run's values (the process object itself may come from the snapshot).
function prepareProcess(process, info) {
  process.argv = info.argv;
  process.argv0 = info.argv0;
  process.execArgv = info.execArgv;
  const options = require('internal/options');
  options.setOptions(info.nodeOptions, info.execArgv);
  process.execPath = info.execPath;
  process.pid = info.pid;
  process.ppid = info.ppid;
  // As in node, these exist only when their option was given.
  if (options.hasOption('--no-deprecation')) process.noDeprecation = true;
  if (options.hasOption('--throw-deprecation')) process.throwDeprecation = true;
  if (options.hasOption('--trace-deprecation')) process.traceDeprecation = true;
  if (options.hasOption('--trace-warnings')) process.traceProcessWarnings = true;
  if (info.envFileTexts.length > 0) {
    require('internal/util/dotenv').applyEnvFiles(info.envFileTexts, process.env);
  }
  // As in node, the printer is the first 'warning' listener, there from the
  // start unless warnings are off.
  if (!options.hasOption('--no-warnings') && process.env.NODE_NO_WARNINGS !== '1') {
    process.on('warning', function onWarning(warning) {
      require('internal/process/warning').printWarning(warning);
    });
  }
}

const hrValues = new Uint32Array(3);
const memValues = new Float64Array(5);
const cpuValues = new Float64Array(2);
const resourceValues = new Float64Array(16);

function hrtime(previous) {
  binding.hrtime(hrValues);
  const sec = hrValues[0] * 0x100000000 + hrValues[1];
  const nsec = hrValues[2];
  if (previous !== undefined) {
    const { validateArray } = require('internal/validators');
    validateArray(previous, 'time');
    if (previous.length !== 2) {
      const { codes } = require('internal/errors');
      throw new codes.ERR_OUT_OF_RANGE('time', 2, previous.length);
    }
    let s = sec - previous[0];
    let n = nsec - previous[1];
    if (n < 0) { s -= 1; n += 1e9; }
    return [s, n];
  }
  return [sec, nsec];
}
hrtime.bigint = binding.hrtimeBigInt;  // node's function name

function memoryUsage() {
  binding.memoryUsage(memValues);
  return {
    rss: memValues[0],
    heapTotal: memValues[1],
    heapUsed: memValues[2],
    external: memValues[3],
    arrayBuffers: memValues[4],
  };
}
memoryUsage.rss = binding.rss;

function isValidCpuTime(value) {
  return typeof value === 'number' && value <= Number.MAX_SAFE_INTEGER && value >= 0;
}

// Node's order of checks: a type error before a range error, user before
// system.
function validatePreviousCpuUsage(previous) {
  const { validateObject, validateNumber } = require('internal/validators');
  const { codes } = require('internal/errors');
  for (const field of ['user', 'system']) {
    if (isValidCpuTime(previous[field])) continue;
    validateObject(previous, 'prevValue');
    validateNumber(previous[field], `prevValue.${field}`);
    throw new codes.ERR_INVALID_ARG_VALUE.RangeError(`prevValue.${field}`, previous[field]);
  }
}

function cpuUsage(previous) {
  binding.cpuUsage(cpuValues);
  if (previous) {
    validatePreviousCpuUsage(previous);
    return { user: cpuValues[0] - previous.user, system: cpuValues[1] - previous.system };
  }
  return { user: cpuValues[0], system: cpuValues[1] };
}

function resourceUsage() {
  binding.resourceUsage(resourceValues);
  const v = resourceValues;
  return {
    userCPUTime: v[0], systemCPUTime: v[1], maxRSS: v[2], sharedMemorySize: v[3],
    unsharedDataSize: v[4], unsharedStackSize: v[5], minorPageFault: v[6],
    majorPageFault: v[7], swappedOut: v[8], fsRead: v[9], fsWrite: v[10],
    ipcSent: v[11], ipcReceived: v[12], signalsCount: v[13],
    voluntaryContextSwitches: v[14], involuntaryContextSwitches: v[15],
  };
}

function kill(pid, sig = 'SIGTERM') {
  const { codes, errnoException } = require('internal/errors');
  if (pid != (pid | 0)) throw new codes.ERR_INVALID_ARG_TYPE('pid', 'number', pid);
  let signum;
  if (typeof sig === 'number') {
    signum = sig;
  } else if (typeof sig === 'string' && kSignals[sig] !== undefined) {
    signum = kSignals[sig];
  } else {
    throw new codes.ERR_UNKNOWN_SIGNAL(sig);
  }
  // Through process._kill, which node's tests and tools replace.
  const err = process._kill(pid, signum);
  if (err) throw errnoException(err, 'kill');
  return true;
}

function exit(code) {
  if (code !== undefined) process.exitCode = code;
  if (!process._exiting) {
    process._exiting = true;
    process.emit('exit', process.exitCode === undefined ? 0 : process.exitCode);
  }
  // Through process.reallyExit, which user code may replace (as in node).
  process.reallyExit(process.exitCode === undefined ? 0 : process.exitCode);
}

function defineMethods(process) {
  process.cwd = binding.cwd;
  process.chdir = function chdir(directory) {
    require('internal/validators').validateString(directory, 'directory');
    binding.chdir(directory);
  };
  process.umask = function umask(mask) {
    if (mask === undefined) return binding.umask(undefined);
    return binding.umask(require('internal/validators').parseFileMode(mask, 'mask'));
  };
  process.hrtime = hrtime;
  process.uptime = binding.uptime;
  process.memoryUsage = memoryUsage;
  process.cpuUsage = cpuUsage;
  process.resourceUsage = resourceUsage;
  process.kill = kill;
  process._kill = binding.kill;
  process.exit = exit;
  process.reallyExit = binding.reallyExit;
  process.abort = function abort() { binding.kill(process.pid, kSignals.SIGABRT); };
  process.getuid = binding.getuid;
  process.geteuid = binding.geteuid;
  process.getgid = binding.getgid;
  process.getegid = binding.getegid;
  process.getgroups = binding.getgroups;
  defineCredentialSetters(process);
  process.constrainedMemory = binding.constrainedMemory;
  process.availableMemory = binding.availableMemory;
  process.getActiveResourcesInfo = getActiveResourcesInfo;
  Object.defineProperty(process, 'report', {
    __proto__: null,
    enumerable: true,
    configurable: true,
    get() { return require('internal/process/report').report; },
  });
  process.openStdin = function openStdin() {
    process.stdin.resume();
    return process.stdin;
  };
  process.assert = function assert(value, message) {
    require('internal/process/warning').emitDeprecationOnce(
      'process.assert() is deprecated. Please use the `assert` module instead.', 'DEP0100');
    if (!value) {
      const { AssertionError } = require('assert');
      throw new AssertionError({ message, actual: value, expected: true, operator: '==' });
    }
  };
  process.setSourceMapsEnabled = function setSourceMapsEnabled(val) {
    require('internal/validators').validateBoolean(val, 'val');
    if (val) {
      const { codes } = require('internal/errors');
      throw new codes.ERR_MOSAIC_NOT_IMPLEMENTED('Source map support');
    }
  };
  process.emitWarning = function emitWarning(warning, type, code, ctor) {
    return require('internal/process/warning').emitWarning(warning, type, code, ctor);
  };
  process.nextTick = require('internal/process/task_queues').nextTick;
  const execution = require('internal/process/execution');
  process.hasUncaughtExceptionCaptureCallback = execution.hasUncaughtExceptionCaptureCallback;
  process.setUncaughtExceptionCaptureCallback = execution.setUncaughtExceptionCaptureCallback;
  process._getActiveHandles = () => require('internal/timers').activeHandles();
  process._getActiveRequests = () => [];
  process.binding = (name) => {
    const { codes } = require('internal/errors');
    throw new codes.ERR_MOSAIC_NOT_IMPLEMENTED(`process.binding('${name}')`);
  };
  process.dlopen = (module, filename, flags) =>
    require('internal/modules/plugins').dlopen(module, filename, flags);
  process._rawDebug = rawDebug;
  process.getBuiltinModule = getBuiltinModule;
  process.loadEnvFile = loadEnvFile;
  process._tickCallback = () => require('internal/process/task_queues').processTicksAndRejections();
}

// setuid / seteuid / setgid / setegid (a number or a name), setgroups,
// initgroups.
// (Named stores only: keyed ones would turn `process` into a dictionary,
// and every process.nextTick() lookup slower.)
function defineCredentialSetters(process) {
  const setter = (name, kind) => ({
    [name](id) {
      validateId(id, 'id');
      const result = binding.setCredential(kind, id);
      throwCredentialError(result, kind < 2 ? 'User' : 'Group', id, name);
    },
  })[name];
  process.setuid = setter('setuid', 0);
  process.seteuid = setter('seteuid', 1);
  process.setgid = setter('setgid', 2);
  process.setegid = setter('setegid', 3);
  process.setgroups = function setgroups(groups) {
    const { codes } = require('internal/errors');
    if (!Array.isArray(groups)) throw new codes.ERR_INVALID_ARG_TYPE('groups', 'Array', groups);
    groups.forEach((group, i) => validateId(group, `groups[${i}]`));
    const result = binding.setGroups(groups);
    if (result < 0) throw new codes.ERR_UNKNOWN_CREDENTIAL('Group', groups[-result - 1]);
    throwCredentialError(result, 'Group', undefined, 'setgroups');
  };
  process.initgroups = function initgroups(user, extraGroup) {
    validateId(user, 'user');
    validateId(extraGroup, 'extraGroup');
    const result = binding.initGroups(user, extraGroup);
    // An unknown user is no error in node.
    if (result === -2) throwCredentialError(-1, 'Group', extraGroup, 'initgroups');
    if (result > 0) throwCredentialError(result, 'User', user, 'initgroups');
  };
}

function validateId(id, name) {
  if (typeof id === 'number') {
    require('internal/validators').validateUint32(id, name);
  } else if (typeof id !== 'string') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE(name, ['number', 'string'], id);
  }
}

// A credential call's result: 0, -1 for an unknown name, or an errno.
function throwCredentialError(result, kind, id, syscall) {
  if (result === 0) return;
  const { codes, errnoException } = require('internal/errors');
  if (result === -1) throw new codes.ERR_UNKNOWN_CREDENTIAL(kind, id);
  throw errnoException(-result, syscall);
}

// node's names of what keeps the loop alive: libuv handles, then one
// 'Timeout' per referenced timer and one 'Immediate' per referenced
// immediate. Mosaic does not list in-flight requests (fs operations).
function getActiveResourcesInfo() {
  const { timeouts, immediates } = require('internal/timers').activeCounts();
  return [
    ...binding.activeHandleTypes(),
    ...new Array(timeouts).fill('Timeout'),
    ...new Array(immediates).fill('Immediate'),
  ];
}

// util.format() of the arguments, straight to stderr.
function rawDebug(...args) {
  const { format } = require('internal/util/inspect');
  binding.writeString(2, `${format(...args)}\n`);
}

// The builtin module `id` ('fs', 'node:fs', 'node:test'), or undefined when
// there is no such builtin.
function getBuiltinModule(id) {
  require('internal/validators').validateString(id, 'id');
  const builtins = require('internal/modules/builtins');
  const known = id.startsWith('node:') ?
    builtins.isBuiltin(id) : builtins.canBeRequiredWithoutScheme(id);
  return known ? builtins.requirePublic(id) : undefined;
}

// Sets process.env from a .env file; variables already set keep their value.
function loadEnvFile(path = './.env') {
  if (typeof path !== 'string' && !(path instanceof URL) && !ArrayBuffer.isView(path)) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('path', ['string', 'Buffer', 'URL'], path);
  }
  const text = require('fs').readFileSync(path, 'utf8');
  require('internal/util/dotenv').applyEnvFiles([text], process.env);
}

function defineExitCode(process) {
  let exitCode;
  Object.defineProperty(process, 'exitCode', {
    __proto__: null,
    enumerable: true,
    configurable: false,
    get() { return exitCode; },
    set(code) {
      if (code !== null && code !== undefined) {
        let value = code;
        if (typeof code === 'string' && code !== '' && Number.isInteger(+code)) value = +code;
        require('internal/validators').validateInteger(value, 'code');
        code = value;
      }
      exitCode = code === null ? undefined : code;
    },
  });
}

module.exports = { createProcess, prepareProcess, kSignals };
