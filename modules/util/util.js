'use strict';

// The `util` module (Node 20 semantics, messages and error codes).
//
// inspect/format live in core (internal/util/inspect) because console and
// the error machinery need them too; deep equality in
// internal/util/comparisons; util.types in internal/util/types. This file
// holds the rest: promisify/callbackify, deprecate, debuglog, parseArgs,
// parseEnv, styleText, MIMEType, the legacy is* helpers and friends.

const {
  codes: {
    ERR_FALSY_VALUE_REJECTION,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_OUT_OF_RANGE,
    ERR_PARSE_ARGS_INVALID_OPTION_VALUE,
    ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL,
    ERR_PARSE_ARGS_UNKNOWN_OPTION,
  },
  errnoException,
  exceptionWithHostPort,
  isErrorStackTraceLimitWritable,
  uvErrmapGet,
} = require('internal/errors');
const {
  validateAbortSignal,
  validateArray,
  validateBoolean,
  validateBooleanArray,
  validateFunction,
  validateNumber,
  validateObject,
  validateOneOf,
  validateString,
  validateStringArray,
  validateUnion,
  kValidateObjectAllowObjects,
} = require('internal/validators');
const {
  inspect,
  format,
  formatWithOptions,
  stripVTControlCharacters,
} = require('internal/util/inspect');
const types = require('internal/util/types');
const { isDeepStrictEqual } = require('internal/util/comparisons');
const { parseEnv: parseEnvText } = require('internal/util/dotenv');

const hasOwn = (obj, key) => Object.prototype.hasOwnProperty.call(obj, key);

// ---------------------------------------------------------------------------
// promisify / callbackify

const kCustomPromisifiedSymbol = Symbol.for('nodejs.util.promisify.custom');
// Names for multi-value callbacks (fs.read -> { bytesRead, buffer }). A
// registered symbol so that other plugins (fs, dns, child_process) can set
// it without depending on this one.
const kCustomPromisifyArgsSymbol = Symbol.for('mosaic.util.promisify.customArgs');

// Copies fn's own property descriptors onto target (null-prototype
// descriptors, so a polluted Object.prototype cannot inject get/set).
function copyDescriptors(target, descriptors) {
  for (const key of Reflect.ownKeys(descriptors)) {
    Object.setPrototypeOf(descriptors[key], null);
  }
  return Object.defineProperties(target, descriptors);
}

function promisify(original) {
  validateFunction(original, 'original');
  if (original[kCustomPromisifiedSymbol]) {
    const fn = original[kCustomPromisifiedSymbol];
    validateFunction(fn, 'util.promisify.custom');
    return Object.defineProperty(fn, kCustomPromisifiedSymbol, {
      __proto__: null,
      value: fn, enumerable: false, writable: false, configurable: true,
    });
  }

  const argumentNames = original[kCustomPromisifyArgsSymbol];

  function fn(...args) {
    return new Promise((resolve, reject) => {
      args.push((err, ...values) => {
        if (err) return reject(err);
        if (argumentNames !== undefined && values.length > 1) {
          const obj = {};
          for (let i = 0; i < argumentNames.length; i++) {
            obj[argumentNames[i]] = values[i];
          }
          resolve(obj);
        } else {
          resolve(values[0]);
        }
      });
      Reflect.apply(original, this, args);
    });
  }

  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, kCustomPromisifiedSymbol, {
    __proto__: null,
    value: fn, enumerable: false, writable: false, configurable: true,
  });
  return copyDescriptors(fn, Object.getOwnPropertyDescriptors(original));
}

promisify.custom = kCustomPromisifiedSymbol;

function callbackifyOnRejected(reason, cb) {
  // A falsy rejection reason still has to reach the callback as an error.
  if (!reason) {
    reason = new ERR_FALSY_VALUE_REJECTION(reason);
    Error.captureStackTrace(reason, callbackifyOnRejected);
  }
  return cb(reason);
}

function callbackify(original) {
  validateFunction(original, 'original');

  function callbackified(...args) {
    const maybeCb = args.pop();
    validateFunction(maybeCb, 'last argument');
    const cb = Function.prototype.bind.call(maybeCb, this);
    Reflect.apply(original, this, args).then(
      (ret) => process.nextTick(cb, null, ret),
      (rej) => process.nextTick(callbackifyOnRejected, rej, cb));
  }

  const descriptors = Object.getOwnPropertyDescriptors(original);
  if (typeof descriptors.length.value === 'number') descriptors.length.value++;
  if (typeof descriptors.name.value === 'string') descriptors.name.value += 'Callbackified';
  return copyDescriptors(callbackified, descriptors);
}

// ---------------------------------------------------------------------------
// inherits, deprecate, the legacy helpers

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) {
    throw new ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);
  }
  if (superCtor === undefined || superCtor === null) {
    throw new ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);
  }
  if (superCtor.prototype === undefined) {
    throw new ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object', superCtor.prototype);
  }
  Object.defineProperty(ctor, 'super_', {
    __proto__: null,
    value: superCtor, writable: true, configurable: true,
  });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

// Deprecation codes already reported (once per process and code).
const codesWarned = new Set();

function emitDeprecation(msg, code, ctor, sync) {
  if (sync) {
    let warning;
    try {
      ({ emitWarningSync: warning } = require('internal/process/warning'));
    } catch {
      warning = undefined;
    }
    if (typeof warning === 'function') {
      warning(msg, 'DeprecationWarning', code, ctor);
      return;
    }
  }
  if (code === undefined) {
    process.emitWarning(msg, 'DeprecationWarning', ctor);
  } else {
    process.emitWarning(msg, 'DeprecationWarning', code, ctor);
  }
}

function deprecate(fn, msg, code, useEmitSync) {
  if (code !== undefined) validateString(code, 'code');
  let warned = false;

  function deprecated(...args) {
    if (!process.noDeprecation && !warned) {
      warned = true;
      if (code === undefined) {
        emitDeprecation(msg, undefined, deprecated, false);
      } else if (!codesWarned.has(code)) {
        emitDeprecation(msg, code, deprecated, useEmitSync);
        codesWarned.add(code);
      }
    }
    if (new.target) return Reflect.construct(fn, args, new.target);
    return Reflect.apply(fn, this, args);
  }

  // Keep fn's prototype chain; instances of fn are instances of the wrapper.
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

function isBoolean(arg) {
  return typeof arg === 'boolean';
}

function isBuffer(arg) {
  const B = globalThis.Buffer;
  return typeof B === 'function' && arg instanceof B;
}

function isNull(arg) {
  return arg === null;
}

function isNullOrUndefined(arg) {
  return arg === null || arg === undefined;
}

function isNumber(arg) {
  return typeof arg === 'number';
}

function isString(arg) {
  return typeof arg === 'string';
}

function isSymbol(arg) {
  return typeof arg === 'symbol';
}

function isUndefined(arg) {
  return arg === undefined;
}

function isObject(arg) {
  return arg !== null && typeof arg === 'object';
}

function isError(e) {
  return Object.prototype.toString.call(e) === '[object Error]' || e instanceof Error;
}

function isFunction(arg) {
  return typeof arg === 'function';
}

function isPrimitive(arg) {
  return arg === null || (typeof arg !== 'object' && typeof arg !== 'function');
}

function _extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  const keys = Object.keys(source);
  let i = keys.length;
  while (i--) target[keys[i]] = source[keys[i]];
  return target;
}

const kMonths = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug',
                 'Sep', 'Oct', 'Nov', 'Dec'];
const pad2 = (n) => `${n}`.padStart(2, '0');

// '26 Nov 10:02:36'
function timestamp() {
  const d = new Date();
  const time = `${pad2(d.getHours())}:${pad2(d.getMinutes())}:${pad2(d.getSeconds())}`;
  return `${d.getDate()} ${kMonths[d.getMonth()]} ${time}`;
}

function log(...args) {
  console.log('%s - %s', timestamp(), format(...args));
}

function _errnoException(...args) {
  if (!isErrorStackTraceLimitWritable()) return errnoException(...args);
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  const e = errnoException(...args);
  Error.stackTraceLimit = limit;
  Error.captureStackTrace(e, _errnoException);
  return e;
}

function _exceptionWithHostPort(...args) {
  if (!isErrorStackTraceLimitWritable()) return exceptionWithHostPort(...args);
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  const e = exceptionWithHostPort(...args);
  Error.stackTraceLimit = limit;
  Error.captureStackTrace(e, _exceptionWithHostPort);
  return e;
}

// ---------------------------------------------------------------------------
// System errors

function getSystemErrorName(err) {
  validateNumber(err, 'err');
  if (err >= 0 || !Number.isSafeInteger(err)) {
    throw new ERR_OUT_OF_RANGE('err', 'a negative integer', err);
  }
  const entry = uvErrmapGet(err);
  return entry ? entry[0] : `Unknown system error ${err}`;
}

// errno -> [name, message] for every libuv error. errors.js owns the uv
// binding (plugins get no core bindings); libuv's codes all lie in
// [-4095, -1], so the map is rebuilt from its lookup when errors.js does not
// export the whole map.
function getSystemErrorMap() {
  const errors = require('internal/errors');
  if (typeof errors.getSystemErrorMap === 'function') return errors.getSystemErrorMap();
  const map = new Map();
  for (let errno = -1; errno >= -4095; errno--) {
    const entry = uvErrmapGet(errno);
    if (entry !== undefined) map.set(errno, entry);
  }
  return map;
}

// ---------------------------------------------------------------------------
// toUSVString, isArray

function toUSVString(input) {
  const str = `${input}`;
  let out = '';
  let last = 0;
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c < 0xd800 || c > 0xdfff) continue;
    if (c <= 0xdbff && i + 1 < str.length) {
      const next = str.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
    }
    out += `${str.slice(last, i)}\ufffd`;
    last = i + 1;
  }
  return last === 0 ? str : out + str.slice(last);
}

// ---------------------------------------------------------------------------
// debuglog

let debugEnvTest;
const debugImpls = { __proto__: null };

// NODE_DEBUG is a comma-separated list of section names, '*' wildcards,
// matched case-insensitively. Read once, on first use.
function debugEnabledFor(set) {
  if (debugEnvTest === undefined) {
    const env = process.env.NODE_DEBUG;
    if (env) {
      const pattern = env.replace(/[|\\{}()[\]^$+?.]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/,/g, '$|^');
      const re = new RegExp(`^(${pattern})$`, 'i');
      debugEnvTest = (s) => re.test(s);
    } else {
      debugEnvTest = () => false;
    }
  }
  return debugEnvTest(set);
}

function warnIfSensitive(set) {
  if (set === 'HTTP' || set === 'HTTP2') {
    process.emitWarning(
      `Setting the NODE_DEBUG environment variable to '${set.toLowerCase()}' ` +
      'can expose sensitive data (such as passwords, tokens and authentication ' +
      'headers) in the resulting log.');
  }
}

function noop() {}

function debugImplFor(enabled, set) {
  if (debugImpls[set] === undefined) {
    if (enabled) {
      const pid = process.pid;
      warnIfSensitive(set);
      debugImpls[set] = function debug(...args) {
        const colors = shouldColorize(process.stderr);
        const msg = formatWithOptions({ colors }, ...args);
        const coloredPid = inspect(pid, { colors });
        process.stderr.write(format('%s %s: %s\n', set, coloredPid, msg));
      };
    } else {
      debugImpls[set] = noop;
    }
  }
  return debugImpls[set];
}

function debuglog(set, cb) {
  let enabled;
  function init() {
    set = set.toUpperCase();
    enabled = debugEnabledFor(set);
  }
  // The first call resolves the section; later calls go straight through.
  let debug = (...args) => {
    init();
    debug = debugImplFor(enabled, set);
    if (typeof cb === 'function') cb(debug);
    debug(...args);
  };
  let test = () => {
    init();
    test = () => enabled;
    return enabled;
  };
  const logger = (...args) => debug(...args);
  Object.defineProperty(logger, 'enabled', {
    __proto__: null,
    get() { return test(); },
    configurable: true,
    enumerable: true,
  });
  return logger;
}

// ---------------------------------------------------------------------------
// Colours: styleText and debuglog

const kForceColorDepth = { '': 4, 1: 4, true: 4, 2: 8, 3: 24, 0: 1, false: 1 };

function shouldColorize(stream) {
  if (process.env.FORCE_COLOR !== undefined) {
    const out = process.stdout;
    const depth = out && typeof out.getColorDepth === 'function' ?
      out.getColorDepth() : (kForceColorDepth[process.env.FORCE_COLOR] || 4);
    return depth > 2;
  }
  return Boolean(stream && stream.isTTY &&
    (typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true));
}

function isStreamLike(stream) {
  if (stream === null || typeof stream !== 'object') return false;
  const { ReadableStream, WritableStream } = globalThis;
  if ((typeof ReadableStream === 'function' && stream instanceof ReadableStream) ||
      (typeof WritableStream === 'function' && stream instanceof WritableStream)) {
    return true;
  }
  return Boolean(stream._readableState || stream._writableState ||
    (typeof stream.write === 'function' && typeof stream.on === 'function') ||
    (typeof stream.pipe === 'function' && typeof stream.on === 'function'));
}

const escapeStyleCode = (code) => `\u001b[${code}m`;

function styleCodesFor(key) {
  const codes = inspect.colors[key];
  if (codes == null) validateOneOf(key, 'format', Object.keys(inspect.colors));
  return codes;
}

function styleText(format, text, { validateStream = true, stream = process.stdout } = {}) {
  validateString(text, 'text');
  validateBoolean(validateStream, 'options.validateStream');
  let skipColorize = false;
  if (validateStream) {
    if (!isStreamLike(stream)) {
      throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
    }
    skipColorize = !shouldColorize(stream);
  }
  if (Array.isArray(format)) {
    // Node 20 applies array formats whatever the stream (sic).
    let left = '';
    let right = '';
    for (const key of format) {
      const codes = styleCodesFor(key);
      left += escapeStyleCode(codes[0]);
      right = `${escapeStyleCode(codes[1])}${right}`;
    }
    return `${left}${text}${right}`;
  }
  const codes = styleCodesFor(format);
  if (skipColorize) return text;
  return `${escapeStyleCode(codes[0])}${text}${escapeStyleCode(codes[1])}`;
}

// ---------------------------------------------------------------------------
// parseArgs

const getOwn = (obj, key) => (hasOwn(obj, key) ? obj[key] : undefined);
const optionGetOwn = (options, name, key) =>
  (hasOwn(options, name) ? getOwn(options[name], key) : undefined);

// process.argv without the runtime and the script (or just the runtime for
// -e / -p).
function mainArgs() {
  const execArgv = process.execArgv || [];
  if (execArgv.includes('-e') || execArgv.includes('--eval') ||
      execArgv.includes('-p') || execArgv.includes('--print')) {
    return process.argv.slice(1);
  }
  return process.argv.slice(2);
}

function longNameForShort(short, options) {
  for (const name of Object.keys(options)) {
    if (getOwn(options[name], 'short') === short) return name;
  }
  return short;
}

const isLoneShortOption = (arg) =>
  arg.length === 2 && arg[0] === '-' && arg[1] !== '-';
const isLoneLongOption = (arg) =>
  arg.length > 2 && arg.startsWith('--') && !arg.includes('=', 3);
const isLongOptionAndValue = (arg) =>
  arg.length > 2 && arg.startsWith('--') && arg.includes('=', 3);
// Whether '-xyz' starts with a short option that does not take a value
// (a group '-x -y -z') or with one that does ('-x' 'yz').
const isShortGroup = (arg, options) => arg.length > 2 && arg[0] === '-' &&
  arg[1] !== '-' &&
  optionGetOwn(options, longNameForShort(arg[1], options), 'type') !== 'string';
const isShortOptionAndValue = (arg, options) => arg.length > 2 &&
  arg[0] === '-' && arg[1] !== '-' &&
  optionGetOwn(options, longNameForShort(arg[1], options), 'type') === 'string';
const isOptionLikeValue = (value) =>
  value != null && value.length > 1 && value[0] === '-';

function argsToTokens(args, options) {
  const tokens = [];
  let index = -1;
  let groupCount = 0;
  const remaining = args.slice();
  while (remaining.length > 0) {
    const arg = remaining.shift();
    const next = remaining[0];
    // Expanded short groups share the index of the argument they came from.
    if (groupCount > 0) groupCount--;
    else index++;

    if (arg === '--') {
      tokens.push({ kind: 'option-terminator', index });
      for (const rest of remaining) {
        tokens.push({ kind: 'positional', index: ++index, value: rest });
      }
      break;
    }

    if (isLoneShortOption(arg)) {
      const name = longNameForShort(arg[1], options);
      let value;
      let inlineValue;
      if (optionGetOwn(options, name, 'type') === 'string' && next != null) {
        value = remaining.shift();
        inlineValue = false;
      }
      tokens.push({ kind: 'option', name, rawName: arg, index, value, inlineValue });
      if (value != null) ++index;
      continue;
    }

    if (isShortGroup(arg, options)) {
      // '-abc' -> '-a' '-b' '-c'; a string option inside takes the rest:
      // '-abfFILE' -> '-a' '-b' '-fFILE'.
      const expanded = [];
      for (let i = 1; i < arg.length; i++) {
        const short = arg[i];
        const name = longNameForShort(short, options);
        if (optionGetOwn(options, name, 'type') !== 'string' || i === arg.length - 1) {
          expanded.push(`-${short}`);
        } else {
          expanded.push(`-${arg.slice(i)}`);
          break;
        }
      }
      remaining.unshift(...expanded);
      groupCount = expanded.length;
      continue;
    }

    if (isShortOptionAndValue(arg, options)) {
      const short = arg[1];
      tokens.push({
        kind: 'option',
        name: longNameForShort(short, options),
        rawName: `-${short}`,
        index,
        value: arg.slice(2),
        inlineValue: true,
      });
      continue;
    }

    if (isLoneLongOption(arg)) {
      const name = arg.slice(2);
      let value;
      let inlineValue;
      if (optionGetOwn(options, name, 'type') === 'string' && next != null) {
        value = remaining.shift();
        inlineValue = false;
      }
      tokens.push({ kind: 'option', name, rawName: arg, index, value, inlineValue });
      if (value != null) ++index;
      continue;
    }

    if (isLongOptionAndValue(arg)) {
      const eq = arg.indexOf('=');
      const name = arg.slice(2, eq);
      tokens.push({
        kind: 'option', name, rawName: `--${name}`, index, value: arg.slice(eq + 1), inlineValue: true,
      });
      continue;
    }

    tokens.push({ kind: 'positional', index, value: arg });
  }
  return tokens;
}

function checkOptionUsage(config, token) {
  let name = token.name;
  if (!hasOwn(config.options, name)) {
    // '--no-foo' for a boolean 'foo' when negation is allowed.
    if (config.allowNegative && name.startsWith('no-') &&
        optionGetOwn(config.options, name.slice(3), 'type') === 'boolean') {
      name = name.slice(3);
    } else {
      throw new ERR_PARSE_ARGS_UNKNOWN_OPTION(token.rawName, config.allowPositionals);
    }
  }
  const short = optionGetOwn(config.options, name, 'short');
  const shortAndLong = `${short ? `-${short}, ` : ''}--${name}`;
  const type = optionGetOwn(config.options, name, 'type');
  if (type === 'string' && typeof token.value !== 'string') {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${shortAndLong} <value>' argument missing`);
  }
  if (type === 'boolean' && token.value != null) {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${shortAndLong}' does not take an argument`);
  }
}

function checkOptionLikeValue(token) {
  if (!token.inlineValue && isOptionLikeValue(token.value)) {
    const example = token.rawName.startsWith('--') ?
      `'${token.rawName}=-XYZ'` :
      `'--${token.name}=-XYZ' or '${token.rawName}-XYZ'`;
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(
      `Option '${token.rawName}' argument is ambiguous.\n` +
      `Did you forget to specify the option argument for '${token.rawName}'?\n` +
      `To specify an option argument starting with a dash use ${example}.`);
  }
}

function storeOption(name, value, options, values) {
  if (name === '__proto__') return;
  // The value as given: authors decide what a string for a boolean means.
  const newValue = value ?? true;
  if (optionGetOwn(options, name, 'multiple')) {
    if (values[name]) values[name].push(newValue);
    else values[name] = [newValue];
  } else {
    values[name] = newValue;
  }
}

function parseArgs(config = { __proto__: null }) {
  const args = getOwn(config, 'args') ?? mainArgs();
  const strict = getOwn(config, 'strict') ?? true;
  const allowPositionals = getOwn(config, 'allowPositionals') ?? !strict;
  const returnTokens = getOwn(config, 'tokens') ?? false;
  const allowNegative = getOwn(config, 'allowNegative') ?? false;
  const options = getOwn(config, 'options') ?? { __proto__: null };
  const parseConfig = { args, strict, options, allowPositionals, allowNegative };

  validateArray(args, 'args');
  validateBoolean(strict, 'strict');
  validateBoolean(allowPositionals, 'allowPositionals');
  validateBoolean(returnTokens, 'tokens');
  validateBoolean(allowNegative, 'allowNegative');
  validateObject(options, 'options');
  for (const [name, optionConfig] of Object.entries(options)) {
    validateObject(optionConfig, `options.${name}`);
    const type = getOwn(optionConfig, 'type');
    validateUnion(type, `options.${name}.type`, ['string', 'boolean']);
    if (hasOwn(optionConfig, 'short')) {
      const short = optionConfig.short;
      validateString(short, `options.${name}.short`);
      if (short.length !== 1) {
        throw new ERR_INVALID_ARG_VALUE(`options.${name}.short`, short, 'must be a single character');
      }
    }
    const multiple = getOwn(optionConfig, 'multiple');
    if (hasOwn(optionConfig, 'multiple')) validateBoolean(multiple, `options.${name}.multiple`);
    const defaultValue = getOwn(optionConfig, 'default');
    if (defaultValue !== undefined) {
      let validator;
      if (type === 'string') validator = multiple ? validateStringArray : validateString;
      else validator = multiple ? validateBooleanArray : validateBoolean;
      validator(defaultValue, `options.${name}.default`);
    }
  }

  const tokens = argsToTokens(args, options);
  const result = { values: { __proto__: null }, positionals: [] };
  if (returnTokens) result.tokens = tokens;

  for (const token of tokens) {
    if (token.kind === 'option') {
      if (strict) {
        checkOptionUsage(parseConfig, token);
        checkOptionLikeValue(token);
      }
      if (allowNegative && token.name.startsWith('no-') && token.value === undefined) {
        // '--no-foo' stores foo: false (and the token says so too).
        token.name = token.name.slice(3);
        storeOption(token.name, false, options, result.values);
      } else {
        storeOption(token.name, token.value, options, result.values);
      }
    } else if (token.kind === 'positional') {
      if (!allowPositionals) throw new ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL(token.value);
      result.positionals.push(token.value);
    }
  }

  // Defaults for options that were not given.
  for (const [name, optionConfig] of Object.entries(options)) {
    const defaultValue = getOwn(optionConfig, 'default');
    if (defaultValue !== undefined && result.values[name] === undefined &&
        name !== '__proto__') {
      result.values[name] = defaultValue;
    }
  }

  return result;
}

// ---------------------------------------------------------------------------
// parseEnv: the dotenv format of --env-file (shared with the core)

function parseEnv(content) {
  validateString(content, 'content');
  return parseEnvText(content);
}

// ---------------------------------------------------------------------------
// Abort helpers

function isAbortSignal(value) {
  const AS = globalThis.AbortSignal;
  return typeof AS === 'function' && value instanceof AS;
}

function transferableAbortSignal(signal) {
  if (!isAbortSignal(signal)) {
    throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  }
  // As in Node 20: a separate signal in the same state (meant to be
  // transferred; it does not follow the original afterwards).
  return signal.aborted ? AbortSignal.abort(signal.reason) : new AbortController().signal;
}

function transferableAbortController() {
  return new AbortController();
}

// Resolves when `signal` aborts; if `resource` is garbage collected first
// the listener goes away and the promise never settles.
let abortRegistry;
async function aborted(signal, resource) {
  if (signal === undefined) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  validateAbortSignal(signal, 'signal');
  validateObject(resource, 'resource', kValidateObjectAllowObjects);
  if (signal.aborted) return undefined;
  abortRegistry ??= new FinalizationRegistry((stop) => stop());
  return new Promise((resolve) => {
    const token = {};
    const onAbort = (event) => {
      abortRegistry.unregister(token);
      resolve(event);
    };
    signal.addEventListener('abort', onAbort, { once: true });
    abortRegistry.register(resource, () => {
      signal.removeEventListener('abort', onAbort);
    }, token);
  });
}

// ---------------------------------------------------------------------------
// MIMEType / MIMEParams (WHATWG MIME Sniffing: parsing and serializing)

const kNotHttpToken = /[^!#$%&'*+\-.^_`|~A-Za-z0-9]/;
const kNotHttpQuotedStringCodePoint = /[^\t\u0020-\u007e\u0080-\u00ff]/;
const isHttpWhitespace = (c) => c === ' ' || c === '\t' || c === '\n' || c === '\r';

let ERR_INVALID_MIME_SYNTAX;
function mimeSyntaxError(production, str, invalidIndex) {
  ERR_INVALID_MIME_SYNTAX ??= require('internal/errors').codes.ERR_INVALID_MIME_SYNTAX;
  return new ERR_INVALID_MIME_SYNTAX(production, str, invalidIndex);
}

const searchIndex = (str, re) => {
  const m = re.exec(str);
  return m === null ? -1 : m.index;
};

function trimTrailingHttpWhitespace(str) {
  let end = str.length;
  while (end > 0 && isHttpWhitespace(str[end - 1])) end--;
  return str.slice(0, end);
}

// A parameter value as it is written back: a token as is, anything else
// quoted with '"' and '\\' escaped.
function serializeParamValue(value) {
  if (value.length !== 0 && searchIndex(value, kNotHttpToken) === -1) return value;
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

class MIMEParams {
  #data = new Map();

  delete(name) {
    this.#data.delete(name);
  }

  get(name) {
    const value = this.#data.get(name);
    return value === undefined ? null : value;
  }

  has(name) {
    return this.#data.has(name);
  }

  set(name, value) {
    name = `${name}`;
    value = `${value}`;
    const invalidNameIndex = searchIndex(name, kNotHttpToken);
    if (name.length === 0 || invalidNameIndex !== -1) {
      throw mimeSyntaxError('parameter name', name, invalidNameIndex);
    }
    const invalidValueIndex = searchIndex(value, kNotHttpQuotedStringCodePoint);
    if (invalidValueIndex !== -1) {
      throw mimeSyntaxError('parameter value', value, invalidValueIndex);
    }
    this.#data.set(name, value);
  }

  * entries() {
    yield* this.#data.entries();
  }

  * keys() {
    yield* this.#data.keys();
  }

  * values() {
    yield* this.#data.values();
  }

  toString() {
    let out = '';
    for (const [name, value] of this.#data) {
      if (out !== '') out += ';';
      out += `${name}=${serializeParamValue(value)}`;
    }
    return out;
  }

  toJSON() {
    return this.toString();
  }

  // Parses the parameters part of a MIME type string (after the first ';').
  static parseInto(params, str, position) {
    const data = params.#data;
    const n = str.length;
    while (position < n) {
      while (position < n && isHttpWhitespace(str[position])) position++;
      let nameEnd = position;
      while (nameEnd < n && str[nameEnd] !== ';' && str[nameEnd] !== '=') nameEnd++;
      const name = str.slice(position, nameEnd).toLowerCase();
      position = nameEnd;
      if (position < n) {
        if (str[position] === ';') {
          position++;
          continue;
        }
        position++;  // '='
      }
      if (position >= n) break;
      let value;
      if (str[position] === '"') {
        // A quoted string: backslash escapes, then skip to the next ';'.
        value = '';
        position++;
        for (;;) {
          while (position < n && str[position] !== '"' && str[position] !== '\\') {
            value += str[position++];
          }
          if (position >= n) break;
          const c = str[position++];
          if (c === '\\') {
            if (position >= n) {
              value += '\\';
              break;
            }
            value += str[position++];
          } else {
            break;
          }
        }
        while (position < n && str[position] !== ';') position++;
      } else {
        let valueEnd = position;
        while (valueEnd < n && str[valueEnd] !== ';') valueEnd++;
        value = trimTrailingHttpWhitespace(str.slice(position, valueEnd));
        position = valueEnd;
        if (value === '') {
          position++;
          continue;
        }
      }
      position++;  // ';'
      if (name !== '' && searchIndex(name, kNotHttpToken) === -1 &&
          searchIndex(value, kNotHttpQuotedStringCodePoint) === -1 && !data.has(name)) {
        data.set(name, value);
      }
    }
  }
}
MIMEParams.prototype[Symbol.iterator] = MIMEParams.prototype.entries;
const parseParamsInto = MIMEParams.parseInto;
delete MIMEParams.parseInto;

class MIMEType {
  #type;
  #subtype;
  #params = new MIMEParams();

  constructor(string) {
    string = `${string}`;
    let position = 0;
    while (position < string.length && isHttpWhitespace(string[position])) position++;
    const typeEnd = string.indexOf('/', position);
    const rawType = typeEnd === -1 ? string.slice(position) : string.slice(position, typeEnd);
    const invalidTypeIndex = searchIndex(rawType, kNotHttpToken);
    if (rawType === '' || invalidTypeIndex !== -1 || typeEnd === -1) {
      throw mimeSyntaxError('type', string, invalidTypeIndex);
    }
    position = typeEnd + 1;
    const subtypeEnd = string.indexOf(';', position);
    const rawSubtype = subtypeEnd === -1 ? string.slice(position) : string.slice(position, subtypeEnd);
    position += rawSubtype.length + (subtypeEnd === -1 ? 0 : 1);
    const subtype = trimTrailingHttpWhitespace(rawSubtype);
    const invalidSubtypeIndex = searchIndex(subtype, kNotHttpToken);
    if (subtype === '' || invalidSubtypeIndex !== -1) {
      throw mimeSyntaxError('subtype', string, invalidSubtypeIndex);
    }
    this.#type = rawType.toLowerCase();
    this.#subtype = subtype.toLowerCase();
    parseParamsInto(this.#params, string, position);
  }

  get type() {
    return this.#type;
  }

  set type(value) {
    value = `${value}`;
    const invalidIndex = searchIndex(value, kNotHttpToken);
    if (value.length === 0 || invalidIndex !== -1) {
      throw mimeSyntaxError('type', value, invalidIndex);
    }
    this.#type = value.toLowerCase();
  }

  get subtype() {
    return this.#subtype;
  }

  set subtype(value) {
    value = `${value}`;
    const invalidIndex = searchIndex(value, kNotHttpToken);
    if (value.length === 0 || invalidIndex !== -1) {
      throw mimeSyntaxError('subtype', value, invalidIndex);
    }
    this.#subtype = value.toLowerCase();
  }

  get essence() {
    return `${this.#type}/${this.#subtype}`;
  }

  get params() {
    return this.#params;
  }

  toString() {
    const params = this.#params.toString();
    return params === '' ? this.essence : `${this.essence};${params}`;
  }

  toJSON() {
    return this.toString();
  }
}

// ---------------------------------------------------------------------------
// Exports, in Node's key order

// An accessor that computes the value on first read and can be overwritten.
function defineLazy(target, key, load) {
  let value;
  let loaded = false;
  Object.defineProperty(target, key, {
    __proto__: null,
    enumerable: true,
    configurable: true,
    get() {
      if (!loaded) {
        value = load();
        loaded = true;
      }
      return value;
    },
    set(v) {
      value = v;
      loaded = true;
    },
  });
}

module.exports = {
  _errnoException,
  _exceptionWithHostPort,
  _extend,
  callbackify,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  styleText,
  formatWithOptions,
  getSystemErrorMap,
  getSystemErrorName,
  inherits,
  inspect,
  isArray: Array.isArray,
  isBoolean,
  isBuffer,
  isDeepStrictEqual,
  isNull,
  isNullOrUndefined,
  isNumber,
  isString,
  isSymbol,
  isUndefined,
  isRegExp: types.isRegExp,
  isObject,
  isDate: types.isDate,
  isError,
  isFunction,
  isPrimitive,
  log,
  promisify,
  stripVTControlCharacters,
  toUSVString,
};
defineLazy(module.exports, 'transferableAbortSignal', () => transferableAbortSignal);
defineLazy(module.exports, 'transferableAbortController', () => transferableAbortController);
defineLazy(module.exports, 'aborted', () => aborted);
module.exports.types = types;
module.exports.parseEnv = parseEnv;
defineLazy(module.exports, 'parseArgs', () => parseArgs);
defineLazy(module.exports, 'TextDecoder', () => require('internal/encoding').TextDecoder);
defineLazy(module.exports, 'TextEncoder', () => require('internal/encoding').TextEncoder);
defineLazy(module.exports, 'MIMEType', () => MIMEType);
defineLazy(module.exports, 'MIMEParams', () => MIMEParams);
