'use strict';

// The `os` module (Node 20 semantics, messages and error codes).
//
// Native values come from this plugin's Node-API binding, the module-level
// `binding` (4th wrapper parameter), written in C on libuv. Its contract —
// the same shapes as Node's internalBinding('os'), so results match Node
// field for field:
//
//   Functions that can fail take a trailing `ctx` object. On failure they
//   return undefined (setPriority: a non-zero number) and set
//     ctx.errno   = the negative libuv error code (e.g. UV_ESRCH = -3)
//     ctx.syscall = the libuv function that failed ('uv_os_gethostname')
//   and may set ctx.code / ctx.message; os.js fills those from the errno
//   otherwise and throws SystemError [ERR_SYSTEM_ERROR].
//
//   getHostname(ctx)          -> string                  uv_os_gethostname
//   getHomeDirectory(ctx)     -> string                  uv_os_homedir
//   getUptime(ctx)            -> number (seconds)        uv_uptime
//   getInterfaceAddresses(ctx)-> flat array, 7 per address:
//                                [name, address, netmask, family ('IPv4' |
//                                 'IPv6'), mac ('aa:bb:..'), internal (bool),
//                                 scopeid (number; -1 for IPv4)]
//                                                        uv_interface_addresses
//   getUserInfo(options, ctx) -> { uid, gid, username, homedir, shell }
//                                (strings, shell may be null). os.js passes
//                                options = undefined and applies the
//                                `encoding` option itself. uv_os_get_passwd
//   getPriority(pid, ctx)     -> number                  uv_os_getpriority
//   setPriority(pid, prio, ctx) -> 0 on success          uv_os_setpriority
//   getOSInformation(ctx)     -> [sysname, version, release, machine]
//                                                        uv_os_uname
//   Functions that cannot fail:
//   getCPUs()                 -> flat array, 7 per CPU: [model, speed (MHz),
//                                 user, nice, sys, idle, irq (ms)] uv_cpu_info
//   getFreeMem()              -> number (bytes)          uv_get_free_memory
//   getTotalMem()             -> number (bytes)          uv_get_total_memory
//   getLoadAvg(Float64Array(3)) fills the 1, 5, 15 minute averages
//                                                        uv_loadavg
//   getAvailableParallelism() -> number                  uv_available_parallelism
//
// os.constants (signals, errno, priority, dlopen) are plain tables for
// Linux x64 below, with Node's values.

/* global binding */

const {
  codes: { ERR_SYSTEM_ERROR },
  uvErrmapGet,
} = require('internal/errors');
const { validateInt32 } = require('internal/validators');

// Turns a failed binding call's ctx into Node's SystemError, its stack
// starting at the function that called this.
function systemError(ctx) {
  if (ctx.code === undefined || ctx.message === undefined) {
    const entry = uvErrmapGet(ctx.errno);
    if (ctx.code === undefined) ctx.code = entry ? entry[0] : 'UNKNOWN';
    if (ctx.message === undefined) ctx.message = entry ? entry[1] : 'unknown error';
  }
  return captureFromCaller(new ERR_SYSTEM_ERROR(ctx), systemError);
}

// Restarts err's stack at the caller of `fn`, keeping Node's
// 'SystemError [ERR_SYSTEM_ERROR]: ...' first line.
function captureFromCaller(err, fn) {
  const ownName = Object.getOwnPropertyDescriptor(err, 'name');
  Object.defineProperty(err, 'name', {
    __proto__: null,
    value: `${err.name} [${err.code}]`, writable: true, enumerable: false, configurable: true,
  });
  Error.captureStackTrace(err, fn);
  err.stack; // eslint-disable-line no-unused-expressions
  if (ownName) Object.defineProperty(err, 'name', { __proto__: null, ...ownName });
  else delete err.name;
  return err;
}

// Wraps a binding function whose last argument is a ctx object. (Named
// like the wrapper of Node's hideStackFrames: os.hostname.name.)
function checked(fn) {
  return function wrappedFn(...args) {
    const ctx = {};
    const result = fn(...args, ctx);
    if (result === undefined) throw captureFromCaller(systemError(ctx), wrappedFn);
    return result;
  };
}

const getHostname = checked((ctx) => binding.getHostname(ctx));
const getHomeDirectory = checked((ctx) => binding.getHomeDirectory(ctx));
const getUptime = checked((ctx) => binding.getUptime(ctx));
const getInterfaceAddresses = checked((ctx) => binding.getInterfaceAddresses(ctx));

let osInformation;
function osInfo() {
  if (osInformation === undefined) {
    const ctx = {};
    const info = binding.getOSInformation(ctx);
    if (info === undefined) throw systemError(ctx);
    osInformation = info;
  }
  return osInformation;
}

const getFreeMem = function getFreeMem() { return binding.getFreeMem(); };
const getTotalMem = function getTotalMem() { return binding.getTotalMem(); };
const getAvailableParallelism = function getAvailableParallelism() {
  return binding.getAvailableParallelism();
};
const getOSType = function getOSType() { return osInfo()[0]; };
const getOSVersion = function getOSVersion() { return osInfo()[1]; };
const getOSRelease = function getOSRelease() { return osInfo()[2]; };
const getMachine = function getMachine() { return osInfo()[3]; };

const kEndianness = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 'LE' : 'BE';

function arch() {
  return process.arch;
}

function platform() {
  return process.platform;
}

function endianness() {
  return kEndianness;
}

function tmpdir() {
  const env = process.env;
  const path = env.TMPDIR || env.TMP || env.TEMP || '/tmp';
  if (path.length > 1 && path.endsWith('/')) return path.slice(0, -1);
  return path;
}

// Functions that read as their value in string/number contexts
// (`${os.hostname}`), as in Node.
for (const [fn, value] of [
  [arch, arch], [getAvailableParallelism, getAvailableParallelism],
  [endianness, endianness], [getFreeMem, getFreeMem], [getHomeDirectory, getHomeDirectory],
  [getHostname, getHostname], [platform, platform], [getOSRelease, getOSRelease],
  [tmpdir, tmpdir], [getTotalMem, getTotalMem], [getOSType, getOSType],
  [getUptime, getUptime], [getOSVersion, getOSVersion], [getMachine, getMachine],
]) {
  fn[Symbol.toPrimitive] = () => value();
}

const loadAvgValues = new Float64Array(3);
function loadavg() {
  binding.getLoadAvg(loadAvgValues);
  return [loadAvgValues[0], loadAvgValues[1], loadAvgValues[2]];
}

function cpus() {
  const data = binding.getCPUs() || [];
  const result = [];
  for (let i = 0; i + 6 < data.length; i += 7) {
    result.push({
      model: data[i],
      speed: data[i + 1],
      times: {
        user: data[i + 2],
        nice: data[i + 3],
        sys: data[i + 4],
        idle: data[i + 5],
        irq: data[i + 6],
      },
    });
  }
  return result;
}

// '192.168.1.5' + '255.255.255.0' -> '192.168.1.5/24'; null when the mask's
// ones are not contiguous.
function cidrOf(address, netmask, family) {
  const ipv6 = family === 'IPv6';
  const groupBits = ipv6 ? 16 : 8;
  let ones = 0;
  let sawZeros = false;
  for (const part of netmask.split(ipv6 ? ':' : '.')) {
    if (part === '') continue;  // '::' in an IPv6 mask
    if (sawZeros) {
      if (part !== '0') return null;
      continue;
    }
    const value = Number.parseInt(part, ipv6 ? 16 : 10);
    const bits = value.toString(2);
    const groupOnes = bits.replace(/0/g, '').length;
    ones += groupOnes;
    if (groupOnes !== groupBits) {
      if (bits.includes('01')) return null;
      sawZeros = true;
    }
  }
  return `${address}/${ones}`;
}

function networkInterfaces() {
  const data = getInterfaceAddresses();
  const result = {};
  if (data === undefined) return result;
  for (let i = 0; i + 6 < data.length; i += 7) {
    const name = data[i];
    const entry = {
      address: data[i + 1],
      netmask: data[i + 2],
      family: data[i + 3],
      mac: data[i + 4],
      internal: data[i + 5],
      cidr: cidrOf(data[i + 1], data[i + 2], data[i + 3]),
    };
    const scopeid = data[i + 6];
    if (scopeid !== -1) entry.scopeid = scopeid;
    if (result[name] === undefined) result[name] = [entry];
    else result[name].push(entry);
  }
  return result;
}

function setPriority(pid, priority) {
  if (priority === undefined) {
    priority = pid;
    pid = 0;
  }
  validateInt32(pid, 'pid');
  validateInt32(priority, 'priority', -20, 19);
  const ctx = {};
  if (binding.setPriority(pid, priority, ctx) !== 0) {
    throw systemError(ctx);
  }
}

function getPriority(pid) {
  if (pid === undefined) pid = 0;
  else validateInt32(pid, 'pid');
  const ctx = {};
  const priority = binding.getPriority(pid, ctx);
  if (priority === undefined) throw systemError(ctx);
  return priority;
}

let BufferClass;
function encodeUserField(value, encoding) {
  if (typeof value !== 'string' || encoding === undefined) return value;
  BufferClass ??= require('buffer').Buffer;
  const bytes = BufferClass.from(value, 'utf8');
  return encoding === 'buffer' ? bytes : bytes.toString(encoding);
}

function userInfo(options) {
  if (typeof options !== 'object') options = null;
  const ctx = {};
  const user = binding.getUserInfo(undefined, ctx);
  if (user === undefined) throw systemError(ctx);
  // Node parses the encoding natively: 'buffer', a Buffer encoding, or
  // UTF-8 for anything else.
  let encoding = options === null ? undefined : options.encoding;
  if (typeof encoding === 'string') {
    encoding = encoding.toLowerCase();
    if (encoding === 'utf8' || encoding === 'utf-8') {
      encoding = undefined;
    } else if (encoding !== 'buffer') {
      BufferClass ??= require('buffer').Buffer;
      if (!BufferClass.isEncoding(encoding)) encoding = undefined;
    }
  } else {
    encoding = undefined;
  }
  return {
    __proto__: null,
    uid: user.uid,
    gid: user.gid,
    username: encodeUserField(user.username, encoding),
    homedir: encodeUserField(user.homedir, encoding),
    shell: user.shell === null || user.shell === undefined ?
      null : encodeUserField(user.shell, encoding),
  };
}

// ---------------------------------------------------------------------------
// os.constants (Linux x64). Values are read-only; the tables themselves are
// replaceable properties of a non-writable os.constants, as in Node.

function constantTable(entries) {
  const table = Object.create(null);
  for (const [name, value] of entries) {
    Object.defineProperty(table, name, {
      __proto__: null,
      value, writable: false, enumerable: true, configurable: false,
    });
  }
  return table;
}

const signals = constantTable([
  ['SIGHUP', 1], ['SIGINT', 2], ['SIGQUIT', 3], ['SIGILL', 4], ['SIGTRAP', 5],
  ['SIGABRT', 6], ['SIGIOT', 6], ['SIGBUS', 7], ['SIGFPE', 8], ['SIGKILL', 9],
  ['SIGUSR1', 10], ['SIGSEGV', 11], ['SIGUSR2', 12], ['SIGPIPE', 13],
  ['SIGALRM', 14], ['SIGTERM', 15], ['SIGCHLD', 17], ['SIGSTKFLT', 16],
  ['SIGCONT', 18], ['SIGSTOP', 19], ['SIGTSTP', 20], ['SIGTTIN', 21],
  ['SIGTTOU', 22], ['SIGURG', 23], ['SIGXCPU', 24], ['SIGXFSZ', 25],
  ['SIGVTALRM', 26], ['SIGPROF', 27], ['SIGWINCH', 28], ['SIGIO', 29],
  ['SIGPOLL', 29], ['SIGPWR', 30], ['SIGSYS', 31],
]);

const errno = constantTable([
  ['E2BIG', 7], ['EACCES', 13], ['EADDRINUSE', 98], ['EADDRNOTAVAIL', 99],
  ['EAFNOSUPPORT', 97], ['EAGAIN', 11], ['EALREADY', 114], ['EBADF', 9],
  ['EBADMSG', 74], ['EBUSY', 16], ['ECANCELED', 125], ['ECHILD', 10],
  ['ECONNABORTED', 103], ['ECONNREFUSED', 111], ['ECONNRESET', 104],
  ['EDEADLK', 35], ['EDESTADDRREQ', 89], ['EDOM', 33], ['EDQUOT', 122],
  ['EEXIST', 17], ['EFAULT', 14], ['EFBIG', 27], ['EHOSTUNREACH', 113],
  ['EIDRM', 43], ['EILSEQ', 84], ['EINPROGRESS', 115], ['EINTR', 4],
  ['EINVAL', 22], ['EIO', 5], ['EISCONN', 106], ['EISDIR', 21], ['ELOOP', 40],
  ['EMFILE', 24], ['EMLINK', 31], ['EMSGSIZE', 90], ['EMULTIHOP', 72],
  ['ENAMETOOLONG', 36], ['ENETDOWN', 100], ['ENETRESET', 102],
  ['ENETUNREACH', 101], ['ENFILE', 23], ['ENOBUFS', 105], ['ENODATA', 61],
  ['ENODEV', 19], ['ENOENT', 2], ['ENOEXEC', 8], ['ENOLCK', 37],
  ['ENOLINK', 67], ['ENOMEM', 12], ['ENOMSG', 42], ['ENOPROTOOPT', 92],
  ['ENOSPC', 28], ['ENOSR', 63], ['ENOSTR', 60], ['ENOSYS', 38],
  ['ENOTCONN', 107], ['ENOTDIR', 20], ['ENOTEMPTY', 39], ['ENOTSOCK', 88],
  ['ENOTSUP', 95], ['ENOTTY', 25], ['ENXIO', 6], ['EOPNOTSUPP', 95],
  ['EOVERFLOW', 75], ['EPERM', 1], ['EPIPE', 32], ['EPROTO', 71],
  ['EPROTONOSUPPORT', 93], ['EPROTOTYPE', 91], ['ERANGE', 34], ['EROFS', 30],
  ['ESPIPE', 29], ['ESRCH', 3], ['ESTALE', 116], ['ETIME', 62],
  ['ETIMEDOUT', 110], ['ETXTBSY', 26], ['EWOULDBLOCK', 11], ['EXDEV', 18],
]);

const priority = constantTable([
  ['PRIORITY_LOW', 19], ['PRIORITY_BELOW_NORMAL', 10], ['PRIORITY_NORMAL', 0],
  ['PRIORITY_ABOVE_NORMAL', -7], ['PRIORITY_HIGH', -14], ['PRIORITY_HIGHEST', -20],
]);

const dlopen = constantTable([
  ['RTLD_LAZY', 1], ['RTLD_NOW', 2], ['RTLD_GLOBAL', 256], ['RTLD_LOCAL', 0],
  ['RTLD_DEEPBIND', 8],
]);

const constants = constantTable([['UV_UDP_REUSEADDR', 4]]);
constants.dlopen = dlopen;
constants.errno = errno;
constants.signals = signals;
constants.priority = priority;

module.exports = {
  arch,
  availableParallelism: getAvailableParallelism,
  cpus,
  endianness,
  freemem: getFreeMem,
  getPriority,
  homedir: getHomeDirectory,
  hostname: getHostname,
  loadavg,
  networkInterfaces,
  platform,
  release: getOSRelease,
  setPriority,
  tmpdir,
  totalmem: getTotalMem,
  type: getOSType,
  userInfo,
  uptime: getUptime,
  version: getOSVersion,
  machine: getMachine,
};

Object.defineProperties(module.exports, {
  constants: { __proto__: null, configurable: false, enumerable: true, value: constants },
  EOL: { __proto__: null, configurable: true, enumerable: true, writable: false, value: '\n' },
  devNull: { __proto__: null, configurable: true, enumerable: true, writable: false, value: '/dev/null' },
});
