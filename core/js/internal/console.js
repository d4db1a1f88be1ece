'use strict';

// The `console` implementation: the `Console` class of `require('console')`
// and the global console (createGlobalConsole). Output matches Node 20's
// byte for byte (checked by core/js/test-harness).
//
// A stream is any object with write(string); isTTY and getColorDepth() are
// consulted for colour, and EventEmitter methods (listenerCount/once/
// removeListener) are used, when present, to swallow write errors like Node.
//
// Uses internalBinding('performance').now() (milliseconds, double) for
// console.time and internalBinding('util').previewEntries for console.table
// of Map/Set iterators.

const {
  inspect,
  formatWithOptions,
  getStringWidth,
} = require('internal/util/inspect');
const {
  isMap,
  isSet,
  isMapIterator,
  isSetIterator,
} = require('internal/util/types');
const {
  isStackOverflowError,
  codes: {
    ERR_CONSOLE_WRITABLE_STREAM,
    ERR_INCOMPATIBLE_OPTION_PAIR,
  },
} = require('internal/errors');
const {
  validateArray,
  validateInteger,
  validateObject,
  validateOneOf,
} = require('internal/validators');
const { previewEntries } = internalBinding('util');
const { now } = internalBinding('performance');

// Own-property symbols of console instances (named like Node's so that
// inspecting a console with showHidden looks the same).
const kCounts = Symbol('counts');
const kColorMode = Symbol('kColorMode');
const kIsConsole = Symbol('kIsConsole');
const kGroupIndent = Symbol('kGroupIndent');
const kGroupIndentationWidth = Symbol('kGroupIndentWidth');

// Internal methods, non-enumerable on Console.prototype.
const kWriteToConsole = Symbol('kWriteToConsole');
const kGetInspectOptions = Symbol('kGetInspectOptions');
const kFormatForStdout = Symbol('kFormatForStdout');
const kFormatForStderr = Symbol('kFormatForStderr');
const kBindStreamsEager = Symbol('kBindStreamsEager');
const kBindStreamsLazy = Symbol('kBindStreamsLazy');
const kBindProperties = Symbol('kBindProperties');
const kBindErrorHandlers = Symbol('kBindErrorHandlers');

const kUseStdout = Symbol('kUseStdout');
const kUseStderr = Symbol('kUseStderr');

const kMaxGroupIndentation = 1000;
const kColorInspectOptions = { colors: true };
const kNoColorInspectOptions = {};

// User-supplied inspectOptions per console instance.
const optionsMap = new WeakMap();

function noop() {}

function emitWarning(message) {
  if (typeof process === 'object' && process !== null &&
      typeof process.emitWarning === 'function') {
    process.emitWarning(message);
  }
}

// --- Colour detection -------------------------------------------------------

// FORCE_COLOR values that select more than two colours.
const kForceColorOn = new Set(['', '1', 'true', '2', '3']);

function shouldColorize(stream) {
  const env = typeof process === 'object' && process !== null ? process.env : undefined;
  if (env && env.FORCE_COLOR !== undefined) {
    return kForceColorOn.has(env.FORCE_COLOR);
  }
  return stream?.isTTY &&
    (typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true);
}

// --- Construction ---------------------------------------------------------------

function Console(options /* or: stdout, stderr, ignoreErrors */) {
  // Callable without `new`, like Node's.
  if (!new.target) {
    return Reflect.construct(Console, arguments);
  }

  if (!options || typeof options.write === 'function') {
    options = {
      stdout: options,
      stderr: arguments[1],
      ignoreErrors: arguments[2],
    };
  }

  const {
    stdout,
    stderr = stdout,
    ignoreErrors = true,
    colorMode = 'auto',
    inspectOptions,
    groupIndentation,
  } = options;

  if (!stdout || typeof stdout.write !== 'function') {
    throw new ERR_CONSOLE_WRITABLE_STREAM('stdout');
  }
  if (!stderr || typeof stderr.write !== 'function') {
    throw new ERR_CONSOLE_WRITABLE_STREAM('stderr');
  }
  validateOneOf(colorMode, 'colorMode', ['auto', true, false]);
  if (groupIndentation !== undefined) {
    validateInteger(groupIndentation, 'groupIndentation', 0, kMaxGroupIndentation);
  }
  if (inspectOptions !== undefined) {
    validateObject(inspectOptions, 'options.inspectOptions');
    if (inspectOptions.colors !== undefined && options.colorMode !== undefined) {
      throw new ERR_INCOMPATIBLE_OPTION_PAIR(
        'options.inspectOptions.color', 'colorMode');
    }
    optionsMap.set(this, inspectOptions);
  }

  // Own bound copies of every method, so `const { log } = console` works.
  // Methods are taken from `this` so that subclasses can override them.
  for (const key of Object.keys(Console.prototype)) {
    this[key] = this[key].bind(this);
    Object.defineProperty(this[key], 'name', { __proto__: null, value: key });
  }
  this[kBindStreamsEager](stdout, stderr);
  this[kBindProperties](ignoreErrors, colorMode, groupIndentation);
}

const hiddenValue = (value) => ({
  __proto__: null,
  value,
  writable: true,
  enumerable: false,
  configurable: true,
});

// Called with an error (or null) after each write; keeps an asynchronous
// write error from becoming an uncaught exception.
function createWriteErrorHandler(instance, streamSymbol) {
  return (err) => {
    const stream = streamSymbol === kUseStdout ? instance._stdout : instance._stderr;
    if (err !== null && err !== undefined &&
        !stream._writableState?.errorEmitted &&
        typeof stream.listenerCount === 'function' &&
        stream.listenerCount('error') === 0) {
      stream.once('error', noop);
    }
  };
}

const internalMethods = {
  [kBindStreamsEager](stdout, stderr) {
    Object.defineProperties(this, {
      _stdout: hiddenValue(stdout),
      _stderr: hiddenValue(stderr),
    });
    this[kBindErrorHandlers]();
  },

  // The streams are only looked up on first use (`getStdout()` may create
  // them); assigning _stdout/_stderr replaces them.
  [kBindStreamsLazy](getStdout, getStderr) {
    let stdout;
    let stderr;
    Object.defineProperties(this, {
      _stdout: {
        __proto__: null,
        enumerable: false,
        configurable: true,
        get() { return stdout ??= getStdout(); },
        set(value) { stdout = value; },
      },
      _stderr: {
        __proto__: null,
        enumerable: false,
        configurable: true,
        get() { return stderr ??= getStderr(); },
        set(value) { stderr = value; },
      },
    });
    this[kBindErrorHandlers]();
  },

  [kBindErrorHandlers]() {
    Object.defineProperties(this, {
      _stdoutErrorHandler: hiddenValue(createWriteErrorHandler(this, kUseStdout)),
      _stderrErrorHandler: hiddenValue(createWriteErrorHandler(this, kUseStderr)),
    });
  },

  [kBindProperties](ignoreErrors, colorMode, groupIndentation = 2) {
    Object.defineProperties(this, {
      _ignoreErrors: hiddenValue(Boolean(ignoreErrors)),
      _times: hiddenValue(new Map()),
      [kCounts]: hiddenValue(new Map()),
      [kColorMode]: hiddenValue(colorMode),
      [kIsConsole]: hiddenValue(true),
      [kGroupIndent]: hiddenValue(''),
      [kGroupIndentationWidth]: hiddenValue(groupIndentation),
      [Symbol.toStringTag]: {
        __proto__: null,
        value: 'console',
        writable: false,
        enumerable: false,
        configurable: true,
      },
    });
  },

  [kWriteToConsole](streamSymbol, string) {
    const useStdout = streamSymbol === kUseStdout;
    const stream = useStdout ? this._stdout : this._stderr;
    const groupIndent = this[kGroupIndent];
    if (groupIndent.length !== 0) {
      if (string.includes('\n')) {
        string = string.replace(/\n/g, `\n${groupIndent}`);
      }
      string = groupIndent + string;
    }
    string += '\n';

    if (this._ignoreErrors === false) {
      return stream.write(string);
    }
    // Errors may be reported synchronously (thrown, or emitted as 'error'
    // during write) or asynchronously (via the callback): swallow both.
    const errorHandler = useStdout ? this._stdoutErrorHandler : this._stderrErrorHandler;
    const isEmitter = typeof stream.listenerCount === 'function';
    try {
      if (isEmitter && stream.listenerCount('error') === 0) {
        stream.once('error', noop);
      }
      stream.write(string, errorHandler);
    } catch (e) {
      // Never hide stack overflows: they mean the program is in trouble.
      if (isStackOverflowError(e)) throw e;
    } finally {
      if (isEmitter) stream.removeListener('error', noop);
    }
  },

  [kGetInspectOptions](stream) {
    let color = this[kColorMode];
    if (color === 'auto') {
      color = shouldColorize(stream);
    }
    const options = optionsMap.get(this);
    if (options) {
      if (options.colors === undefined) {
        options.colors = color;
      }
      return options;
    }
    return color ? kColorInspectOptions : kNoColorInspectOptions;
  },

  [kFormatForStdout](args) {
    if (isSingleString(this, args)) return args[0];
    return formatWithOptions(this[kGetInspectOptions](this._stdout), ...args);
  },

  [kFormatForStderr](args) {
    if (isSingleString(this, args)) return args[0];
    return formatWithOptions(this[kGetInspectOptions](this._stderr), ...args);
  },
};

// Fast path for console.log('text'): a lone string is printed as is, so the
// (comparatively slow) colour detection can be skipped. Not for consoles
// with inspectOptions, whose `colors` gets filled in on every call.
function isSingleString(instance, args) {
  return args.length === 1 && typeof args[0] === 'string' &&
    !optionsMap.has(instance);
}

for (const key of Reflect.ownKeys(internalMethods)) {
  Object.defineProperty(Console.prototype, key, {
    __proto__: null,
    value: internalMethods[key],
    writable: true,
    enumerable: false,
    configurable: true,
  });
}

Object.defineProperty(Console, Symbol.hasInstance, {
  __proto__: null,
  value(instance) {
    return instance[kIsConsole];
  },
});

// --- Timing -------------------------------------------------------------------

const kSecond = 1000;
const kMinute = 60 * kSecond;
const kHour = 60 * kMinute;

function pad(value) {
  return `${value}`.padStart(2, '0');
}

// 0.123ms, 1.500s, 1:02.345 (m:ss.mmm), 1:02:03.005 (h:mm:ss.mmm)
function formatTime(ms) {
  let hours = 0;
  let minutes = 0;
  let seconds = 0;
  if (ms >= kSecond) {
    if (ms >= kMinute) {
      if (ms >= kHour) {
        hours = Math.floor(ms / kHour);
        ms %= kHour;
      }
      minutes = Math.floor(ms / kMinute);
      ms %= kMinute;
    }
    seconds = ms / kSecond;
  }
  if (hours !== 0 || minutes !== 0) {
    const [wholeSeconds, millis] = seconds.toFixed(3).split('.');
    const head = hours !== 0 ? `${hours}:${pad(minutes)}` : minutes;
    return `${head}:${pad(wholeSeconds)}.${millis} (${hours !== 0 ? 'h:m' : ''}m:ss.mmm)`;
  }
  if (seconds !== 0) {
    return `${seconds.toFixed(3)}s`;
  }
  return `${Number(ms.toFixed(3))}ms`;
}

function timeLogImpl(self, name, label, data) {
  const start = self._times.get(label);
  if (start === undefined) {
    emitWarning(`No such label '${label}' for console.${name}()`);
    return false;
  }
  const formatted = formatTime(now() - start);
  if (data === undefined) {
    self.log('%s: %s', label, formatted);
  } else {
    self.log('%s: %s', label, formatted, ...data);
  }
  return true;
}

// --- console.table --------------------------------------------------------------

const kIterationIndexHeader = '(iteration index)';
const kKeyHeader = 'Key';
const kValuesHeader = 'Values';
const kIndexHeader = '(index)';

const tableChars = {
  middleMiddle: '─',
  rowMiddle: '┼',
  topRight: '┐',
  topLeft: '┌',
  leftMiddle: '├',
  topMiddle: '┬',
  bottomRight: '┘',
  bottomLeft: '└',
  bottomMiddle: '┴',
  rightMiddle: '┤',
  left: '│ ',
  right: ' │',
  middle: ' │ ',
};

function renderRow(row, columnWidths) {
  let out = tableChars.left;
  for (let i = 0; i < row.length; i++) {
    const cell = row[i];
    out += cell + ' '.repeat(columnWidths[i] - getStringWidth(cell));
    if (i !== row.length - 1) out += tableChars.middle;
  }
  return out + tableChars.right;
}

// Draws `head` over `columns` (arrays of cell strings, possibly sparse).
function renderTable(head, columns) {
  const rows = [];
  const columnWidths = head.map((h) => getStringWidth(h));
  const longestColumn = Math.max(...columns.map((column) => column.length));
  for (let i = 0; i < head.length; i++) {
    const column = columns[i];
    for (let j = 0; j < longestColumn; j++) {
      rows[j] ??= [];
      const value = rows[j][i] = Object.prototype.hasOwnProperty.call(column, j) ?
        column[j] : '';
      columnWidths[i] = Math.max(columnWidths[i] || 0, getStringWidth(value));
    }
  }
  const divider = columnWidths.map((width) => tableChars.middleMiddle.repeat(width + 2));
  let result = `${tableChars.topLeft}${divider.join(tableChars.topMiddle)}` +
    `${tableChars.topRight}\n${renderRow(head, columnWidths)}\n` +
    `${tableChars.leftMiddle}${divider.join(tableChars.rowMiddle)}` +
    `${tableChars.rightMiddle}\n`;
  for (const row of rows) {
    result += `${renderRow(row, columnWidths)}\n`;
  }
  result += `${tableChars.bottomLeft}${divider.join(tableChars.bottomMiddle)}` +
    tableChars.bottomRight;
  return result;
}

function table(tabularData, properties) {
  if (properties !== undefined) {
    validateArray(properties, 'properties');
  }
  if (tabularData === null || typeof tabularData !== 'object') {
    return this.log(tabularData);
  }

  const print = (head, columns) => this.log(renderTable(head, columns));
  // Cells: objects with more than two keys collapse to their constructor.
  const inspectCell = (v) => {
    const depth = v !== null && typeof v === 'object' && !Array.isArray(v) &&
      Object.keys(v).length > 2 ? -1 : 0;
    const opt = {
      depth,
      maxArrayLength: 3,
      breakLength: Infinity,
      ...this[kGetInspectOptions](this._stdout),
    };
    return inspect(v, opt);
  };
  const indexColumn = (length) => Array.from({ length }, (_, i) => inspectCell(i));

  const mapIter = isMapIterator(tabularData);
  let isKeyValue = false;
  if (mapIter) {
    const res = previewEntries(tabularData, true);
    tabularData = res[0];
    isKeyValue = res[1];
  }

  if (isKeyValue || isMap(tabularData)) {
    const keys = [];
    const values = [];
    if (mapIter) {
      for (let i = 0; i < tabularData.length / 2; ++i) {
        keys.push(inspectCell(tabularData[i * 2]));
        values.push(inspectCell(tabularData[i * 2 + 1]));
      }
    } else {
      for (const { 0: k, 1: v } of tabularData) {
        keys.push(inspectCell(k));
        values.push(inspectCell(v));
      }
    }
    return print([kIterationIndexHeader, kKeyHeader, kValuesHeader],
                 [indexColumn(keys.length), keys, values]);
  }

  const setIter = isSetIterator(tabularData);
  if (setIter) {
    tabularData = previewEntries(tabularData);
  }
  if (setIter || mapIter || isSet(tabularData)) {
    const values = [];
    for (const v of tabularData) {
      values.push(inspectCell(v));
    }
    return print([kIterationIndexHeader, kValuesHeader],
                 [indexColumn(values.length), values]);
  }

  // One column per property seen in any row, plus 'Values' for primitive
  // rows.
  const map = { __proto__: null };
  let hasPrimitives = false;
  const valuesColumn = [];
  const indexKeys = Object.keys(tabularData);
  for (let i = 0; i < indexKeys.length; i++) {
    const item = tabularData[indexKeys[i]];
    const primitive = item === null ||
      (typeof item !== 'function' && typeof item !== 'object');
    if (properties === undefined && primitive) {
      hasPrimitives = true;
      valuesColumn[i] = inspectCell(item);
    } else {
      const keys = properties || Object.keys(item);
      for (const key of keys) {
        map[key] ??= [];
        if ((primitive && properties) ||
            !Object.prototype.hasOwnProperty.call(item, key)) {
          map[key][i] = '';
        } else {
          map[key][i] = inspectCell(item[key]);
        }
      }
    }
  }
  const head = Object.keys(map);
  const columns = Object.values(map);
  if (hasPrimitives) {
    head.push(kValuesHeader);
    columns.push(valuesColumn);
  }
  head.unshift(kIndexHeader);
  columns.unshift(indexKeys);
  return print(head, columns);
}

// --- Public methods -------------------------------------------------------------

// Defined on an object literal so that Object.keys() order matches Node's.
const consoleMethods = {
  log(...args) {
    this[kWriteToConsole](kUseStdout, this[kFormatForStdout](args));
  },

  warn(...args) {
    this[kWriteToConsole](kUseStderr, this[kFormatForStderr](args));
  },

  dir(object, options) {
    this[kWriteToConsole](kUseStdout, inspect(object, {
      customInspect: false,
      ...this[kGetInspectOptions](this._stdout),
      ...options,
    }));
  },

  time(label = 'default') {
    // Coerces everything but symbols (which throw, as in Node).
    label = `${label}`;
    if (this._times.has(label)) {
      emitWarning(`Label '${label}' already exists for console.time()`);
      return;
    }
    this._times.set(label, now());
  },

  timeEnd(label = 'default') {
    label = `${label}`;
    if (timeLogImpl(this, 'timeEnd', label)) {
      this._times.delete(label);
    }
  },

  timeLog(label = 'default', ...data) {
    label = `${label}`;
    timeLogImpl(this, 'timeLog', label, data);
  },

  trace: function trace(...args) {
    const err = {
      name: 'Trace',
      message: this[kFormatForStderr](args),
    };
    // Frames start at the caller of console.trace.
    Error.captureStackTrace(err, trace);
    this.error(err.stack);
  },

  assert(expression, ...args) {
    if (!expression) {
      args[0] = `Assertion failed${args.length === 0 ? '' : `: ${args[0]}`}`;
      // warn() formats the arguments.
      Reflect.apply(this.warn, this, args);
    }
  },

  // Clearing only makes sense on a terminal.
  clear() {
    const env = typeof process === 'object' && process !== null ? process.env : {};
    if (this._stdout.isTTY && env.TERM !== 'dumb') {
      this._stdout.write('\x1b[1;1H'); // cursor to top left
      this._stdout.write('\x1b[0J'); // clear screen below
    }
  },

  count(label = 'default') {
    label = `${label}`;
    const counts = this[kCounts];
    const count = (counts.get(label) ?? 0) + 1;
    counts.set(label, count);
    this.log(`${label}: ${count}`);
  },

  countReset(label = 'default') {
    const counts = this[kCounts];
    // Node looks the label up before coercing it (so countReset(5) after
    // count(5) warns); kept for identical behaviour.
    if (!counts.has(label)) {
      emitWarning(`Count for '${label}' does not exist`);
      return;
    }
    counts.delete(`${label}`);
  },

  group(...data) {
    if (data.length > 0) {
      Reflect.apply(this.log, this, data);
    }
    this[kGroupIndent] += ' '.repeat(this[kGroupIndentationWidth]);
  },

  groupEnd() {
    this[kGroupIndent] = this[kGroupIndent].slice(
      0, this[kGroupIndent].length - this[kGroupIndentationWidth]);
  },

  table,
};

consoleMethods.debug = consoleMethods.log;
consoleMethods.info = consoleMethods.log;
consoleMethods.dirxml = consoleMethods.log;
consoleMethods.error = consoleMethods.warn;
consoleMethods.groupCollapsed = consoleMethods.group;

for (const key of Object.keys(consoleMethods)) {
  Console.prototype[key] = consoleMethods[key];
}

// --- The global console ---------------------------------------------------------

// Methods V8's console adds to the global one. Without an inspector the
// profiling ones do nothing.
const inspectorMethods = {
  profile() {},
  profileEnd() {},
  timeStamp() {},
  // A console with its own counters and timers, writing to the same streams.
  context(name) {
    const context = createConsoleObject();
    context[kBindStreamsLazy](() => this._stdout, () => this._stderr);
    context[kBindProperties](true, this[kColorMode]);
    return context;
  },
  createTask(name) {
    return { run: (fn) => fn() };
  },
};

function createConsoleObject() {
  // Like Node's global console: a plain object (its prototype an empty
  // object) carrying bound copies of Console.prototype's methods.
  const target = { __proto__: {} };
  for (const key of Reflect.ownKeys(Console.prototype)) {
    if (key === 'constructor') continue;
    const desc = Object.getOwnPropertyDescriptor(Console.prototype, key);
    if (typeof desc.value === 'function') {
      desc.value = desc.value.bind(target);
      Object.defineProperty(desc.value, 'name', { __proto__: null, value: key });
    }
    Object.defineProperty(target, key, { __proto__: null, ...desc });
  }
  return target;
}

/**
 * Creates the global `console`. `stdout`/`stderr` are streams, or
 * functions returning them (called on first use).
 */
function createGlobalConsole(stdout, stderr = stdout) {
  const globalConsole = createConsoleObject();
  const lazy = (stream) => (typeof stream === 'function' ? stream : () => stream);
  globalConsole[kBindStreamsLazy](lazy(stdout), lazy(stderr));
  globalConsole[kBindProperties](true, 'auto');
  globalConsole.Console = Console;
  for (const key of Object.keys(inspectorMethods)) {
    globalConsole[key] = inspectorMethods[key].bind(globalConsole);
    Object.defineProperty(globalConsole[key], 'name', { __proto__: null, value: key });
  }
  return globalConsole;
}

module.exports = {
  Console,
  createGlobalConsole,
  formatTime,
  shouldColorize,
};
