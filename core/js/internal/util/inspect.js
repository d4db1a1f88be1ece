'use strict';

// util.inspect / util.format / util.formatWithOptions /
// util.stripVTControlCharacters, written to produce byte-identical output
// to Node 20 (checked by core/js/test-harness against the system node).
//
// Deliberate gaps (see also the test-harness README):
// - Error stacks printed with `colors: true` grey out frames of core
//   modules (`node:<id>` frames). Node only does that when <id> is one of its
//   builtin module ids; here every `node:` frame counts unless the embedder
//   installs a precise check with setCoreModuleChecker().
// - String widths (used for array grouping and console.table) come from a
//   table of East-Asian-Width / zero-width code points captured from Node
//   20's ICU; strings are NFC-normalized first, as Node does.
// - Objects from other contexts (vm) are treated like local objects except
//   for the options object passed to custom inspect functions.
// - `[External: <address>]` follows Node's format but is untested (plain JS
//   cannot create externals).
// - Deep recursion is cut off ("Inspection interrupted prematurely") at a
//   depth that depends on stack frame sizes, so not where Node cuts.
//
// Things plain JS cannot see come from internalBinding('util'):
//   getPromiseDetails(promise)          -> [state, result]
//   getProxyDetails(value, showProxy)   -> [target, handler] | target | undefined
//   previewEntries(value, isIterator)   -> entries | [entries, isKeyValue]
//   getOwnNonIndexProperties(obj, filter)
//   getConstructorName(obj)
//   getExternalValue(external)          -> bigint
// Type checks come from internal/util/types (see the list at its top).

const {
  getPromiseDetails,
  getProxyDetails,
  previewEntries,
  getOwnNonIndexProperties,
  getConstructorName: getNativeConstructorName,
  getExternalValue,
} = internalBinding('util');

const {
  isAnyArrayBuffer,
  isArrayBuffer,
  isArgumentsObject,
  isBoxedPrimitive,
  isDataView,
  isExternal,
  isMap,
  isMapIterator,
  isModuleNamespaceObject,
  isNativeError,
  isPromise,
  isSet,
  isSetIterator,
  isWeakMap,
  isWeakSet,
  isRegExp,
  isDate,
  isTypedArray,
  isStringObject,
  isNumberObject,
  isBooleanObject,
  isBigIntObject,
  isAsyncFunction,
  isGeneratorFunction,
} = require('internal/util/types');
const { isStackOverflowError } = require('internal/errors');
const {
  validateObject,
  validateString,
  kValidateObjectAllowArray,
} = require('internal/validators');

// Property filters understood by getOwnNonIndexProperties (V8's
// PropertyFilter values).
const ALL_PROPERTIES = 0;
const ONLY_ENUMERABLE = 2;

// Promise states reported by getPromiseDetails.
const kPending = 0;
const kRejected = 2;

// How formatProperty renders an entry: `key: value` for objects, the bare
// value for array elements, and `key: value` (always 2-space indented) for
// the extra non-index keys of array-likes.
const kObjectType = 0;
const kArrayType = 1;
const kArrayExtrasType = 2;

// Iterator flavours for formatSetLikeEntries / formatMapLikeEntries.
const kIterator = 0;
const kMapEntries = 1;
const kWeak = 2;

// Strings shorter than this are never split at line breaks.
const kMinLineWidth = 16;

// After this many characters of output at one indentation level, stop
// descending further (guards against multi-GB output from huge graphs).
const kOutputBudget = 2 ** 27;

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

// Global constructors whose toString() counts as "built in" for `%s` and
// whose prototypes end showHidden's prototype walk: the ECMAScript globals
// Node sees when its inspect module loads.
const builtInObjects = new Set([
  'Object', 'Function', 'Array', 'Number', 'Infinity', 'NaN', 'Boolean',
  'String', 'Symbol', 'Date', 'Promise', 'RegExp', 'Error', 'AggregateError',
  'EvalError', 'RangeError', 'ReferenceError', 'SyntaxError', 'TypeError',
  'URIError', 'JSON', 'Math', 'Intl', 'ArrayBuffer', 'Uint8Array',
  'Int8Array', 'Uint16Array', 'Int16Array', 'Uint32Array', 'Int32Array',
  'Float32Array', 'Float64Array', 'Uint8ClampedArray', 'BigUint64Array',
  'BigInt64Array', 'DataView', 'Map', 'BigInt', 'Set', 'WeakMap', 'WeakSet',
  'Proxy', 'Reflect', 'FinalizationRegistry', 'WeakRef',
]);

// Builtin prototype methods used on values that may shadow them.
const hasOwn = (obj, key) => Object.prototype.hasOwnProperty.call(obj, key);
const propertyIsEnumerable = (obj, key) =>
  Object.prototype.propertyIsEnumerable.call(obj, key);
const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayLength =
  Object.getOwnPropertyDescriptor(TypedArrayPrototype, 'length').get;
const typedArrayTag =
  Object.getOwnPropertyDescriptor(TypedArrayPrototype, Symbol.toStringTag).get;
const mapSize = Object.getOwnPropertyDescriptor(Map.prototype, 'size').get;
const setSize = Object.getOwnPropertyDescriptor(Set.prototype, 'size').get;

// ---------------------------------------------------------------------------
// Options, colours and styles
// ---------------------------------------------------------------------------

const inspectDefaultOptions = Object.seal({
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false,
});

// SGR codes: [enable, disable].
const colors = Object.assign({ __proto__: null }, {
  reset: [0, 0],
  bold: [1, 22],
  dim: [2, 22],
  italic: [3, 23],
  underline: [4, 24],
  blink: [5, 25],
  inverse: [7, 27],
  hidden: [8, 28],
  strikethrough: [9, 29],
  doubleunderline: [21, 24],
  black: [30, 39],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  blue: [34, 39],
  magenta: [35, 39],
  cyan: [36, 39],
  white: [37, 39],
  bgBlack: [40, 49],
  bgRed: [41, 49],
  bgGreen: [42, 49],
  bgYellow: [43, 49],
  bgBlue: [44, 49],
  bgMagenta: [45, 49],
  bgCyan: [46, 49],
  bgWhite: [47, 49],
  framed: [51, 54],
  overlined: [53, 55],
  gray: [90, 39],
  redBright: [91, 39],
  greenBright: [92, 39],
  yellowBright: [93, 39],
  blueBright: [94, 39],
  magentaBright: [95, 39],
  cyanBright: [96, 39],
  whiteBright: [97, 39],
  bgGray: [100, 49],
  bgRedBright: [101, 49],
  bgGreenBright: [102, 49],
  bgYellowBright: [103, 49],
  bgBlueBright: [104, 49],
  bgMagentaBright: [105, 49],
  bgCyanBright: [106, 49],
  bgWhiteBright: [107, 49],
});

// Alternative spellings: non-enumerable accessors that forward to the
// canonical entry, so redefining one redefines both.
function defineColorAlias(alias, target) {
  Object.defineProperty(colors, alias, {
    __proto__: null,
    get() { return this[target]; },
    set(value) { this[target] = value; },
    configurable: true,
    enumerable: false,
  });
}
defineColorAlias('grey', 'gray');
defineColorAlias('blackBright', 'gray');
defineColorAlias('bgGrey', 'bgGray');
defineColorAlias('bgBlackBright', 'bgGray');
defineColorAlias('faint', 'dim');
defineColorAlias('crossedout', 'strikethrough');
defineColorAlias('strikeThrough', 'strikethrough');
defineColorAlias('crossedOut', 'strikethrough');
defineColorAlias('conceal', 'hidden');
defineColorAlias('swapColors', 'inverse');
defineColorAlias('swapcolors', 'inverse');
defineColorAlias('doubleUnderline', 'doubleunderline');

const styles = Object.assign({ __proto__: null }, {
  special: 'cyan',
  number: 'yellow',
  bigint: 'yellow',
  boolean: 'yellow',
  undefined: 'grey',
  null: 'bold',
  string: 'green',
  symbol: 'green',
  date: 'magenta',
  regexp: 'red',
  module: 'underline',
});

function stylizeWithColor(str, styleType) {
  const style = inspect.styles[styleType];
  if (style !== undefined) {
    const color = inspect.colors[style];
    if (color !== undefined) {
      return `\u001b[${color[0]}m${str}\u001b[${color[1]}m`;
    }
  }
  return str;
}

function stylizeNoColor(str) {
  return str;
}

// ---------------------------------------------------------------------------
// Entry point
// ---------------------------------------------------------------------------

/**
 * Returns a string representation of `value`.
 * Also accepts the legacy signature (value, showHidden, depth, colors).
 */
function inspect(value, opts) {
  const ctx = {
    budget: {},
    indentationLvl: 0,
    seen: [],
    currentDepth: 0,
    stylize: stylizeNoColor,
    showHidden: inspectDefaultOptions.showHidden,
    depth: inspectDefaultOptions.depth,
    colors: inspectDefaultOptions.colors,
    customInspect: inspectDefaultOptions.customInspect,
    showProxy: inspectDefaultOptions.showProxy,
    maxArrayLength: inspectDefaultOptions.maxArrayLength,
    maxStringLength: inspectDefaultOptions.maxStringLength,
    breakLength: inspectDefaultOptions.breakLength,
    compact: inspectDefaultOptions.compact,
    sorted: inspectDefaultOptions.sorted,
    getters: inspectDefaultOptions.getters,
    numericSeparator: inspectDefaultOptions.numericSeparator,
    userOptions: undefined,
    circular: undefined,
  };
  if (arguments.length > 1) {
    applyLegacyArguments(ctx, arguments);
    if (typeof opts === 'boolean') {
      ctx.showHidden = opts;
    } else if (opts) {
      applyOptions(ctx, opts);
    }
  }
  if (ctx.colors) ctx.stylize = stylizeWithColor;
  if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
  if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
  return formatValue(ctx, value, 0);
}

function applyLegacyArguments(ctx, args) {
  if (args.length > 2 && args[2] !== undefined) ctx.depth = args[2];
  if (args.length > 3 && args[3] !== undefined) ctx.colors = args[3];
}

function applyOptions(ctx, opts) {
  const keys = Object.keys(opts);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (hasOwn(inspectDefaultOptions, key) || key === 'stylize') {
      ctx[key] = opts[key];
    } else if (ctx.userOptions === undefined) {
      // Unknown keys are passed through to custom inspect functions.
      ctx.userOptions = opts;
    }
  }
}

// The options object handed to [util.inspect.custom] implementations.
function getUserOptions(ctx, isCrossContext) {
  const ret = {
    stylize: ctx.stylize,
    showHidden: ctx.showHidden,
    depth: ctx.depth,
    colors: ctx.colors,
    customInspect: ctx.customInspect,
    showProxy: ctx.showProxy,
    maxArrayLength: ctx.maxArrayLength,
    maxStringLength: ctx.maxStringLength,
    breakLength: ctx.breakLength,
    compact: ctx.compact,
    sorted: ctx.sorted,
    getters: ctx.getters,
    numericSeparator: ctx.numericSeparator,
    ...ctx.userOptions,
  };
  if (isCrossContext) {
    // The receiver may live in another realm: hand it only primitives plus a
    // stylize function that cannot leak this realm's objects.
    Object.setPrototypeOf(ret, null);
    for (const key of Object.keys(ret)) {
      if ((typeof ret[key] === 'object' || typeof ret[key] === 'function') &&
          ret[key] !== null) {
        delete ret[key];
      }
    }
    ret.stylize = Object.setPrototypeOf((value, flavour) => {
      let stylized;
      try {
        stylized = `${ctx.stylize(value, flavour)}`;
      } catch {
        // Fall through to the unstyled value.
      }
      return typeof stylized === 'string' ? stylized : value;
    }, null);
  }
  return ret;
}

// ---------------------------------------------------------------------------
// Value dispatch
// ---------------------------------------------------------------------------

function formatValue(ctx, value, recurseTimes, typedArray) {
  if (typeof value !== 'object' && typeof value !== 'function') {
    return formatPrimitive(ctx.stylize, value, ctx);
  }
  if (value === null) {
    return ctx.stylize('null', 'null');
  }

  // The value as the user passed it (custom inspect runs on it, proxies
  // included).
  const context = value;
  const proxy = getProxyDetails(value, !!ctx.showProxy);
  if (proxy !== undefined) {
    if (proxy === null || proxy[0] === null) {
      return ctx.stylize('<Revoked Proxy>', 'special');
    }
    if (ctx.showProxy) {
      return formatProxy(ctx, proxy, recurseTimes);
    }
    value = proxy;
  }

  if (ctx.customInspect) {
    const result = tryCustomInspect(ctx, value, context, proxy, recurseTimes);
    if (result !== undefined) return result;
  } else if (urlClass !== undefined && value instanceof urlClass &&
             !(recurseTimes > ctx.depth && ctx.depth !== null)) {
    return value.href;  // node prints a URL's href without its hook
  }

  if (ctx.seen.includes(value)) {
    return ctx.stylize(`[Circular *${circularIndex(ctx, value)}]`, 'special');
  }

  return formatRaw(ctx, value, recurseTimes, typedArray);
}

// Runs value[util.inspect.custom] if present; returns undefined when the
// value should be formatted normally.
function tryCustomInspect(ctx, value, context, proxy, recurseTimes) {
  const maybeCustom = value[customInspectSymbol];
  if (typeof maybeCustom !== 'function' ||
      maybeCustom === inspect ||
      // Prototype objects (Foo.prototype) are not inspected via their hook.
      (value.constructor && value.constructor.prototype === value)) {
    return undefined;
  }
  const depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
  const isCrossContext = proxy !== undefined || !(context instanceof Object);
  const ret = maybeCustom.call(
    context, depth, getUserOptions(ctx, isCrossContext), inspect);
  if (ret === context) return undefined;
  if (typeof ret !== 'string') {
    return formatValue(ctx, ret, recurseTimes);
  }
  return ret.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
}

// Numbers circular targets in order of discovery (`<ref *1>`).
function circularIndex(ctx, value) {
  if (ctx.circular === undefined) {
    ctx.circular = new Map();
  }
  let index = ctx.circular.get(value);
  if (index === undefined) {
    index = ctx.circular.size + 1;
    ctx.circular.set(value, index);
  }
  return index;
}

function formatProxy(ctx, proxy, recurseTimes) {
  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    return ctx.stylize('Proxy [Array]', 'special');
  }
  recurseTimes += 1;
  ctx.indentationLvl += 2;
  const res = [
    formatValue(ctx, proxy[0], recurseTimes),
    formatValue(ctx, proxy[1], recurseTimes),
  ];
  ctx.indentationLvl -= 2;
  return reduceToSingleString(
    ctx, res, '', ['Proxy [', ']'], kArrayExtrasType, recurseTimes);
}

// The value's own Symbol.toStringTag is printed as a key already, so only
// an inherited (or hidden) tag goes into the prefix.
function getDisplayTag(ctx, value) {
  const tag = value[Symbol.toStringTag];
  if (typeof tag !== 'string') return '';
  if (tag !== '' &&
      (ctx.showHidden ? hasOwn : propertyIsEnumerable)(value, Symbol.toStringTag)) {
    return '';
  }
  return tag;
}

function formatRaw(ctx, value, recurseTimes, typedArray) {
  let protoProps;
  if (ctx.showHidden && (recurseTimes <= ctx.depth || ctx.depth === null)) {
    protoProps = [];
  }
  const constructor = getConstructorName(value, ctx, recurseTimes, protoProps);
  if (protoProps !== undefined && protoProps.length === 0) {
    protoProps = undefined;
  }
  const tag = getDisplayTag(ctx, value);

  // `plan` describes how to print: either `done` (a finished string) or the
  // braces/base/keys/formatter to lay out.
  const plan = {
    done: undefined,
    keys: undefined,
    base: '',
    braces: undefined,
    formatter: formatNothing,
    extrasType: kObjectType,
  };
  const filter = ctx.showHidden ? ALL_PROPERTIES : ONLY_ENUMERABLE;
  let described = false;
  // `in`, not a [[Get]]: an accessor must not run here.
  if (Symbol.iterator in value || constructor === null) {
    described = describeIterable(
      ctx, value, constructor, tag, protoProps, filter, plan);
  }
  if (!described) {
    describeObject(ctx, value, recurseTimes, constructor, tag, protoProps,
                   typedArray, plan);
  }
  if (plan.done !== undefined) return plan.done;

  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    let name = getPrefix(constructor, tag, getFallbackName(value, constructor, tag))
      .slice(0, -1);
    if (constructor !== null) name = `[${name}]`;
    return ctx.stylize(name, 'special');
  }

  const { keys, braces, extrasType } = plan;
  let base = plan.base;
  recurseTimes += 1;
  ctx.seen.push(value);
  ctx.currentDepth = recurseTimes;
  let output;
  const indentationLvl = ctx.indentationLvl;
  try {
    output = plan.formatter(ctx, value, recurseTimes);
    for (let i = 0; i < keys.length; i++) {
      output.push(formatProperty(ctx, value, recurseTimes, keys[i], extrasType));
    }
    if (protoProps !== undefined) {
      for (let i = 0; i < protoProps.length; i++) output.push(protoProps[i]);
    }
  } catch (err) {
    const fallback = getFallbackName(value, constructor, tag);
    const name = getPrefix(constructor, tag, fallback).slice(0, -1);
    return handleMaxCallStackSize(ctx, err, name, indentationLvl);
  }

  if (ctx.circular !== undefined) {
    const index = ctx.circular.get(value);
    if (index !== undefined) {
      const reference = ctx.stylize(`<ref *${index}>`, 'special');
      if (ctx.compact !== true) {
        base = base === '' ? reference : `${reference} ${base}`;
      } else {
        braces[0] = `${reference} ${braces[0]}`;
      }
    }
  }
  ctx.seen.pop();

  if (ctx.sorted) {
    sortOutput(ctx, output, keys.length, extrasType);
  }

  const res = reduceToSingleString(
    ctx, output, base, braces, extrasType, recurseTimes, value);
  const budget = ctx.budget[ctx.indentationLvl] || 0;
  const newLength = budget + res.length;
  ctx.budget[ctx.indentationLvl] = newLength;
  if (newLength > kOutputBudget) {
    ctx.depth = -1;
  }
  return res;
}

function sortOutput(ctx, output, keyCount, extrasType) {
  const comparator = ctx.sorted === true ? undefined : ctx.sorted;
  if (extrasType === kObjectType) {
    output.sort(comparator);
  } else if (keyCount > 1) {
    // Only the named extra keys of array-likes are sorted.
    const sorted = output.slice(output.length - keyCount).sort(comparator);
    output.splice(output.length - keyCount, keyCount, ...sorted);
  }
}

function formatNothing() {
  return [];
}

// Arrays, Sets, Maps, typed arrays and Map/Set iterators. Returns false
// when the value is none of those.
function describeIterable(ctx, value, constructor, tag, protoProps, filter, plan) {
  if (Array.isArray(value)) {
    const prefix = (constructor !== 'Array' || tag !== '') ?
      getPrefix(constructor, tag, 'Array', `(${value.length})`) : '';
    plan.keys = getOwnNonIndexProperties(value, filter);
    plan.braces = [`${prefix}[`, ']'];
    if (value.length === 0 && plan.keys.length === 0 && protoProps === undefined) {
      plan.done = `${plan.braces[0]}]`;
    }
    plan.extrasType = kArrayExtrasType;
    plan.formatter = formatArray;
  } else if (isSet(value)) {
    const size = setSize.call(value);
    const prefix = getPrefix(constructor, tag, 'Set', `(${size})`);
    plan.keys = getKeys(value, ctx.showHidden);
    // Null-prototype sets are not iterable themselves.
    const entries = constructor !== null ? value : Set.prototype.values.call(value);
    plan.formatter = (c, v, r) => formatSet(entries, c, r);
    if (size === 0 && plan.keys.length === 0 && protoProps === undefined) {
      plan.done = `${prefix}{}`;
    }
    plan.braces = [`${prefix}{`, '}'];
  } else if (isMap(value)) {
    const size = mapSize.call(value);
    const prefix = getPrefix(constructor, tag, 'Map', `(${size})`);
    plan.keys = getKeys(value, ctx.showHidden);
    const entries = constructor !== null ? value : Map.prototype.entries.call(value);
    plan.formatter = (c, v, r) => formatMap(entries, c, r);
    if (size === 0 && plan.keys.length === 0 && protoProps === undefined) {
      plan.done = `${prefix}{}`;
    }
    plan.braces = [`${prefix}{`, '}'];
  } else if (isTypedArray(value)) {
    plan.keys = getOwnNonIndexProperties(value, filter);
    let bound = value;
    let fallback = '';
    if (constructor === null) {
      // Copy into a regular typed array so the elements can be read.
      fallback = typedArrayTag.call(value);
      bound = new globalThis[fallback](value);
    }
    const size = typedArrayLength.call(value);
    const prefix = getPrefix(constructor, tag, fallback, `(${size})`);
    plan.braces = [`${prefix}[`, ']'];
    if (value.length === 0 && plan.keys.length === 0 && !ctx.showHidden) {
      plan.done = `${plan.braces[0]}]`;
    }
    plan.formatter = (c, v, r) => formatTypedArray(bound, size, c, r);
    plan.extrasType = kArrayExtrasType;
  } else if (isMapIterator(value)) {
    plan.keys = getKeys(value, ctx.showHidden);
    plan.braces = getIteratorBraces('Map', tag);
    plan.formatter = (c, v, r) => formatIterator(plan.braces, c, v, r);
  } else if (isSetIterator(value)) {
    plan.keys = getKeys(value, ctx.showHidden);
    plan.braces = getIteratorBraces('Set', tag);
    plan.formatter = (c, v, r) => formatIterator(plan.braces, c, v, r);
  } else {
    return false;
  }
  return true;
}

// Everything that is not one of the iterable kinds above.
function describeObject(ctx, value, recurseTimes, constructor, tag, protoProps,
                        typedArray, plan) {
  const keys = getKeys(value, ctx.showHidden);
  const noExtras = keys.length === 0 && protoProps === undefined;
  plan.keys = keys;
  plan.braces = ['{', '}'];
  const { braces } = plan;

  if (typeof value === 'function') {
    plan.base = getFunctionBase(value, constructor, tag);
    if (noExtras) plan.done = ctx.stylize(plan.base, 'special');
  } else if (constructor === 'Object') {
    if (isArgumentsObject(value)) {
      braces[0] = '[Arguments] {';
    } else if (tag !== '') {
      braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
    }
    if (noExtras) plan.done = `${braces[0]}}`;
  } else if (isRegExp(value)) {
    plan.base = formatRegExpBase(value, constructor, tag);
    if (noExtras || (recurseTimes > ctx.depth && ctx.depth !== null)) {
      plan.done = ctx.stylize(plan.base, 'regexp');
    }
  } else if (isDate(value)) {
    plan.base = formatDateBase(value, constructor, tag);
    if (noExtras) plan.done = ctx.stylize(plan.base, 'date');
  } else if (isError(value)) {
    plan.base = formatError(value, constructor, tag, ctx, keys);
    if (keys.length === 0 && protoProps === undefined) plan.done = plan.base;
  } else if (isAnyArrayBuffer(value)) {
    const arrayType = isArrayBuffer(value) ? 'ArrayBuffer' : 'SharedArrayBuffer';
    const prefix = getPrefix(constructor, tag, arrayType);
    if (typedArray === undefined) {
      plan.formatter = formatArrayBuffer;
    } else if (noExtras) {
      // The `buffer` of a typed array shown with showHidden.
      const byteLength = formatNumber(ctx.stylize, value.byteLength, false);
      plan.done = `${prefix}{ byteLength: ${byteLength} }`;
      return;
    }
    braces[0] = `${prefix}{`;
    keys.unshift('byteLength');
  } else if (isDataView(value)) {
    braces[0] = `${getPrefix(constructor, tag, 'DataView')}{`;
    keys.unshift('byteLength', 'byteOffset', 'buffer');
  } else if (isPromise(value)) {
    braces[0] = `${getPrefix(constructor, tag, 'Promise')}{`;
    plan.formatter = formatPromise;
  } else if (isWeakSet(value)) {
    braces[0] = `${getPrefix(constructor, tag, 'WeakSet')}{`;
    plan.formatter = ctx.showHidden ? formatWeakSet : formatWeakCollection;
  } else if (isWeakMap(value)) {
    braces[0] = `${getPrefix(constructor, tag, 'WeakMap')}{`;
    plan.formatter = ctx.showHidden ? formatWeakMap : formatWeakCollection;
  } else if (isModuleNamespaceObject(value)) {
    braces[0] = `${getPrefix(constructor, tag, 'Module')}{`;
    plan.formatter = (c, v, r) => formatNamespaceObject(keys, c, v, r);
  } else if (isBoxedPrimitive(value)) {
    plan.base = getBoxedBase(value, ctx, keys, constructor, tag);
    if (keys.length === 0 && protoProps === undefined) plan.done = plan.base;
  } else {
    if (noExtras) {
      if (isExternal(value)) {
        const address = getExternalValue(value).toString(16);
        plan.done = ctx.stylize(`[External: ${address}]`, 'special');
      } else {
        const fallback = getFallbackName(value, constructor, tag);
        plan.done = `${getPrefix(constructor, tag, fallback)}{}`;
      }
      return;
    }
    braces[0] = `${getPrefix(constructor, tag, getFallbackName(value, constructor, tag))}{`;
  }
}

function formatRegExpBase(value, constructor, tag) {
  // A null-prototype regexp has no toString; rebuild a real one to print it.
  const source = constructor !== null ? value : new RegExp(value);
  let base = RegExp.prototype.toString.call(source);
  const prefix = getPrefix(constructor, tag, 'RegExp');
  if (prefix !== 'RegExp ') base = `${prefix}${base}`;
  return base;
}

function formatDateBase(value, constructor, tag) {
  // Invalid dates have no ISO form.
  let base = Number.isNaN(Date.prototype.getTime.call(value)) ?
    Date.prototype.toString.call(value) :
    Date.prototype.toISOString.call(value);
  const prefix = getPrefix(constructor, tag, 'Date');
  if (prefix !== 'Date ') base = `${prefix}${base}`;
  return base;
}

function getIteratorBraces(type, tag) {
  if (tag !== `${type} Iterator`) {
    if (tag !== '') tag += '] [';
    tag += `${type} Iterator`;
  }
  return [`[${tag}] {`, '}'];
}

function handleMaxCallStackSize(ctx, err, constructorName, indentationLvl) {
  if (isStackOverflowError(err)) {
    ctx.seen.pop();
    ctx.indentationLvl = indentationLvl;
    return ctx.stylize(
      `[${constructorName}: Inspection interrupted prematurely. ` +
      'Maximum call stack size exceeded.]',
      'special');
  }
  throw err;
}

// ---------------------------------------------------------------------------
// Names and prefixes
// ---------------------------------------------------------------------------

// "Foo(2) [Tag] " style prefix; `fallback` names the builtin type for
// null-prototype objects.
function getPrefix(constructor, tag, fallback, size = '') {
  if (constructor === null) {
    if (tag !== '' && fallback !== tag) {
      return `[${fallback}${size}: null prototype] [${tag}] `;
    }
    return `[${fallback}${size}: null prototype] `;
  }
  if (tag !== '' && constructor !== tag) {
    return `${constructor}${size} [${tag}] `;
  }
  return `${constructor}${size} `;
}

// The type name shown for objects without a constructor, as in
// "[Foo: null prototype]": V8's class name for the object, unless V8 only
// took it from the Symbol.toStringTag that is shown separately anyway.
function getFallbackName(value, constructor, tag) {
  if (constructor !== null) return 'Object';
  const name = getNativeConstructorName(value);
  return tag !== '' && name === tag ? 'Object' : name;
}

function isInstanceof(object, ctor) {
  try {
    return object instanceof ctor;
  } catch {
    return false;
  }
}

// The name of the closest constructor in the prototype chain (as a
// string), or null for objects without one. With showHidden, also collects
// interesting prototype properties into `protoProps`.
function getConstructorName(obj, ctx, recurseTimes, protoProps) {
  let firstProto;
  const start = obj;
  while (obj) {
    const descriptor = Object.getOwnPropertyDescriptor(obj, 'constructor');
    if (descriptor !== undefined &&
        typeof descriptor.value === 'function' &&
        descriptor.value.name !== '' &&
        isInstanceof(start, descriptor.value)) {
      if (protoProps !== undefined &&
          (firstProto !== obj || !builtInObjects.has(descriptor.value.name))) {
        addPrototypeProperties(
          ctx, start, firstProto || start, recurseTimes, protoProps);
      }
      return String(descriptor.value.name);
    }
    obj = Object.getPrototypeOf(obj);
    if (firstProto === undefined) {
      firstProto = obj;
    }
  }

  if (firstProto === null) {
    return null;
  }

  // A prototype chain without a usable constructor: describe it instead.
  const res = getNativeConstructorName(start);
  if (recurseTimes > ctx.depth && ctx.depth !== null) {
    return `${res} <Complex prototype>`;
  }
  const protoConstr = getConstructorName(
    firstProto, ctx, recurseTimes + 1, protoProps);
  if (protoConstr === null) {
    return `${res} <${inspect(firstProto, {
      ...ctx,
      customInspect: false,
      depth: -1,
    })}>`;
  }
  return `${res} <${protoConstr}>`;
}

// showHidden: lists non-function properties of up to three user-defined
// prototype levels (accessors show up as [Getter] etc.).
function addPrototypeProperties(ctx, main, obj, recurseTimes, output) {
  let level = 0;
  let keys;
  let seenKeys;
  do {
    if (level !== 0 || main === obj) {
      obj = Object.getPrototypeOf(obj);
      if (obj === null) return;
      const descriptor = Object.getOwnPropertyDescriptor(obj, 'constructor');
      if (descriptor !== undefined &&
          typeof descriptor.value === 'function' &&
          builtInObjects.has(descriptor.value.name)) {
        return;
      }
    }

    if (level === 0) {
      seenKeys = new Set();
    } else {
      for (const key of keys) seenKeys.add(key);
    }
    keys = Reflect.ownKeys(obj);
    ctx.seen.push(main);
    for (const key of keys) {
      // Skip `constructor` and keys shadowed by the instance or lower levels.
      if (key === 'constructor' ||
          hasOwn(main, key) ||
          (level !== 0 && seenKeys.has(key))) {
        continue;
      }
      const desc = Object.getOwnPropertyDescriptor(obj, key);
      if (typeof desc.value === 'function') {
        continue;
      }
      const value = formatProperty(
        ctx, obj, recurseTimes, key, kObjectType, desc, main);
      output.push(ctx.colors ? `\u001b[2m${value}\u001b[22m` : value);
    }
    ctx.seen.pop();
  } while (++level !== 3);
}

// Host objects built in JS (the embedded WHATWG URL) keep their internal
// state under a symbol node's native objects do not have: never shown.
let urlClass;
let hiddenSymbol;
function registerURL(URL, implSymbol) {
  urlClass = URL;
  hiddenSymbol = implSymbol;
}

function getKeys(value, showHidden) {
  let keys;
  let symbols = Object.getOwnPropertySymbols(value);
  if (hiddenSymbol !== undefined && symbols.length > 0) {
    symbols = symbols.filter((symbol) => symbol !== hiddenSymbol);
  }
  if (showHidden) {
    keys = Object.getOwnPropertyNames(value);
    for (let i = 0; i < symbols.length; i++) keys.push(symbols[i]);
  } else {
    try {
      keys = Object.keys(value);
    } catch (err) {
      // Module namespaces with uninitialized bindings throw on [[Get]] of
      // enumerability; their names are all enumerable anyway.
      if (!isModuleNamespaceObject(value)) throw err;
      keys = Object.getOwnPropertyNames(value);
    }
    for (let i = 0; i < symbols.length; i++) {
      if (propertyIsEnumerable(value, symbols[i])) keys.push(symbols[i]);
    }
  }
  return keys;
}

// ---------------------------------------------------------------------------
// Functions, boxed primitives
// ---------------------------------------------------------------------------

const stripCommentsRegExp = /(\/\/.*?\n)|(\/\*(.|\n)*?\*\/)/g;
const classRegExp = /^(\s+[^(]*?)\s*{/;

function looksLikeClass(source) {
  if (!source.startsWith('class') || !source.endsWith('}')) return false;
  const body = source.slice(5, -1);
  const brace = body.indexOf('{');
  if (brace === -1) return false;
  // `class X {` has no parenthesis before the brace unless in a comment
  // or an `extends` expression; strip comments to decide.
  return !body.slice(0, brace).includes('(') ||
    classRegExp.exec(body.replace(stripCommentsRegExp, '')) !== null;
}

function getClassBase(value, constructor, tag) {
  const name = (hasOwn(value, 'name') && value.name) || '(anonymous)';
  let base = `class ${name}`;
  if (constructor !== 'Function' && constructor !== null) {
    base += ` [${constructor}]`;
  }
  if (tag !== '' && constructor !== tag) {
    base += ` [${tag}]`;
  }
  if (constructor !== null) {
    const superName = Object.getPrototypeOf(value).name;
    if (superName) base += ` extends ${superName}`;
  } else {
    base += ' extends [null prototype]';
  }
  return `[${base}]`;
}

function getFunctionBase(value, constructor, tag) {
  const source = Function.prototype.toString.call(value);
  if (looksLikeClass(source)) {
    return getClassBase(value, constructor, tag);
  }
  let type = 'Function';
  if (isGeneratorFunction(value)) type = `Generator${type}`;
  if (isAsyncFunction(value)) type = `Async${type}`;
  let base = `[${type}`;
  if (constructor === null) base += ' (null prototype)';
  if (value.name === '') {
    base += ' (anonymous)';
  } else {
    base += `: ${value.name}`;
  }
  base += ']';
  if (constructor !== type && constructor !== null) base += ` ${constructor}`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  return base;
}

function getBoxedBase(value, ctx, keys, constructor, tag) {
  let type;
  let primitive;
  if (isNumberObject(value)) {
    type = 'Number';
    primitive = Number.prototype.valueOf.call(value);
  } else if (isStringObject(value)) {
    type = 'String';
    primitive = String.prototype.valueOf.call(value);
    // The index keys only repeat the string's characters.
    keys.splice(0, value.length);
  } else if (isBooleanObject(value)) {
    type = 'Boolean';
    primitive = Boolean.prototype.valueOf.call(value);
  } else if (isBigIntObject(value)) {
    type = 'BigInt';
    primitive = BigInt.prototype.valueOf.call(value);
  } else {
    type = 'Symbol';
    primitive = Symbol.prototype.valueOf.call(value);
  }
  let base = `[${type}`;
  if (type !== constructor) {
    base += constructor === null ? ' (null prototype)' : ` (${constructor})`;
  }
  base += `: ${formatPrimitive(stylizeNoColor, primitive, ctx)}]`;
  if (tag !== '' && tag !== constructor) {
    base += ` [${tag}]`;
  }
  if (keys.length !== 0 || ctx.stylize === stylizeNoColor) return base;
  return ctx.stylize(base, type.toLowerCase());
}

// ---------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------

function isError(value) {
  return isNativeError(value) || isInstanceof(value, Error);
}

function getStackString(error) {
  return error.stack ? String(error.stack) : Error.prototype.toString.call(error);
}

function formatError(err, constructor, tag, ctx, keys) {
  const name = err.name != null ? String(err.name) : 'Error';
  let stack = getStackString(err);
  removeDuplicateErrorKeys(ctx, keys, err, stack);

  if ('cause' in err && (keys.length === 0 || !keys.includes('cause'))) {
    keys.push('cause');
  }
  // AggregateError#errors is non-enumerable but worth showing.
  if (Array.isArray(err.errors) &&
      (keys.length === 0 || !keys.includes('errors'))) {
    keys.push('errors');
  }

  stack = improveStack(stack, constructor, name, tag);

  // Find where the frames start, skipping the message (which may itself
  // contain "\n    at").
  let pos = (err.message && stack.indexOf(err.message)) || -1;
  if (pos !== -1) pos += err.message.length;
  const stackStart = stack.indexOf('\n    at', pos);
  if (stackStart === -1) {
    stack = `[${stack}]`;
  } else {
    const frames = getStackFrames(ctx, err, stack.slice(stackStart + 1));
    const head = stack.slice(0, stackStart);
    stack = ctx.colors ?
      `${head}${colorStackFrames(ctx, frames)}` :
      `${head}\n${frames.join('\n')}`;
  }

  if (ctx.indentationLvl !== 0) {
    const indentation = ' '.repeat(ctx.indentationLvl);
    stack = stack.replaceAll('\n', `\n${indentation}`);
  }
  return stack;
}

// Own name/message/stack properties are redundant when the stack already
// shows them.
function removeDuplicateErrorKeys(ctx, keys, err, stack) {
  if (ctx.showHidden || keys.length === 0) return;
  for (const name of ['name', 'message', 'stack']) {
    const index = keys.indexOf(name);
    if (index !== -1 && stack.includes(err[name])) {
      keys.splice(index, 1);
    }
  }
}

// Makes the first line of "regular looking" stacks name the actual class,
// e.g. "MyError [TypeError]: msg" or "[Error: null prototype]: msg".
function improveStack(stack, constructor, name, tag) {
  let len = name.length;
  const looksRegular = name.endsWith('Error') &&
    stack.startsWith(name) &&
    (stack.length === len || stack[len] === ':' || stack[len] === '\n');
  if (constructor !== null && !looksRegular) return stack;

  let fallback = 'Error';
  if (constructor === null) {
    const start = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at)/.exec(stack) ||
      /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
    fallback = (start && start[1]) || '';
    len = fallback.length;
    fallback = fallback || 'Error';
  }
  const prefix = getPrefix(constructor, tag, fallback).slice(0, -1);
  if (name !== prefix) {
    if (prefix.includes(name)) {
      stack = len === 0 ? `${prefix}: ${stack}` : `${prefix}${stack.slice(len)}`;
    } else {
      stack = `${prefix} [${name}]${stack.slice(len)}`;
    }
  }
  return stack;
}

// Splits the frames and collapses the ones shared with err.cause's stack.
function getStackFrames(ctx, err, framesText) {
  const frames = framesText.split('\n');
  let cause;
  try {
    ({ cause } = err);
  } catch {
    // A throwing `cause` getter just means no collapsing.
  }
  if (cause != null && isError(cause)) {
    const causeStack = getStackString(cause);
    const causeStackStart = causeStack.indexOf('\n    at');
    if (causeStackStart !== -1) {
      const causeFrames = causeStack.slice(causeStackStart + 1).split('\n');
      const { len, offset } = identicalSequenceRange(frames, causeFrames);
      if (len > 0) {
        const skipped = len - 2;
        const msg = `    ... ${skipped} lines matching cause stack trace ...`;
        frames.splice(offset + 1, skipped, ctx.stylize(msg, 'undefined'));
      }
    }
  }
  return frames;
}

// Finds the first run (longer than three lines) of `a` that also occurs in
// `b`, ending where `b` ends.
function identicalSequenceRange(a, b) {
  for (let i = 0; i < a.length - 3; i++) {
    const pos = b.indexOf(a[i]);
    if (pos !== -1) {
      const rest = b.length - pos;
      if (rest > 3) {
        let len = 1;
        const maxLen = Math.min(a.length - i, rest);
        while (maxLen > len && a[i + len] === b[pos + len]) {
          len++;
        }
        if (len > 3) {
          return { len, offset: i };
        }
      }
    }
  }
  return { len: 0, offset: 0 };
}

const coreModuleRegExp = /^ {4}at (?:[^/\\(]+ \(|)node:(.+):\d+:\d+\)?$/;
// A package directory under node_modules, scoped ("@scope/name") or not.
const nodeModulesRegExp = /[/\\]node_modules[/\\]((?:@[^/\\]+[/\\])?[^/\\]+)(?=[/\\])/g;

// Decides whether a `node:<id>` frame belongs to the runtime itself.
let isCoreModule = () => true;
function setCoreModuleChecker(fn) {
  isCoreModule = fn;
}

function colorStackFrames(ctx, frames) {
  const workingDirectory = safeGetCWD();
  let fileUrlDirectory;
  let out = '';
  for (let line of frames) {
    const core = coreModuleRegExp.exec(line);
    if (core !== null && isCoreModule(core[1])) {
      // Runtime internals are de-emphasised.
      out += `\n${ctx.stylize(line, 'undefined')}`;
      continue;
    }
    line = markNodeModules(ctx, line);
    if (workingDirectory !== undefined) {
      let marked = markCwd(ctx, line, workingDirectory);
      if (marked === line) {
        fileUrlDirectory ??= pathToFileHref(workingDirectory);
        marked = markCwd(ctx, line, fileUrlDirectory);
      }
      line = marked;
    }
    out += `\n${line}`;
  }
  return out;
}

// Underlines package names in node_modules paths.
function markNodeModules(ctx, line) {
  let result = '';
  let pos = 0;
  let match;
  nodeModulesRegExp.lastIndex = 0;
  while ((match = nodeModulesRegExp.exec(line)) !== null) {
    // '/node_modules/'.length === 14
    result += line.slice(pos, match.index + 14);
    result += ctx.stylize(match[1], 'module');
    pos = match.index + match[0].length;
  }
  return pos === 0 ? line : result + line.slice(pos);
}

// Greys out the working directory part of a frame's location.
function markCwd(ctx, line, workingDirectory) {
  let cwdStartPos = line.indexOf(workingDirectory);
  if (cwdStartPos === -1) return line;
  let cwdLength = workingDirectory.length;
  if (line.slice(cwdStartPos - 7, cwdStartPos) === 'file://') {
    cwdLength += 7;
    cwdStartPos -= 7;
  }
  const start = line[cwdStartPos - 1] === '(' ? cwdStartPos - 1 : cwdStartPos;
  const end = start !== cwdStartPos && line.endsWith(')') ? -1 : line.length;
  const cwdEnd = cwdStartPos + cwdLength + 1;
  let result = line.slice(0, start);
  result += ctx.stylize(line.slice(start, cwdEnd), 'undefined');
  result += line.slice(cwdEnd, end);
  if (end === -1) result += ctx.stylize(')', 'undefined');
  return result;
}

function safeGetCWD() {
  try {
    return process.cwd();
  } catch {
    return undefined;
  }
}

// Equivalent of url.pathToFileURL(path).href for absolute POSIX paths:
// percent-encodes what the URL path encoder (plus pathToFileURL itself)
// would.
const kFileUrlEscapes = new Set(['"', '#', '%', '<', '>', '?', '\\', '`', '{', '}']);
function pathToFileHref(path) {
  let encoded = '';
  for (const ch of path) {
    const code = ch.codePointAt(0);
    const escape = code <= 0x20 || code >= 0x7f || kFileUrlEscapes.has(ch);
    encoded += escape ? encodeURIComponent(ch) : ch;
  }
  return `file://${encoded}`;
}

// ---------------------------------------------------------------------------
// Collections
// ---------------------------------------------------------------------------

function moreItems(remaining) {
  return `... ${remaining} more item${remaining > 1 ? 's' : ''}`;
}

function formatArray(ctx, value, recurseTimes) {
  const valLen = value.length;
  const len = Math.min(Math.max(0, ctx.maxArrayLength), valLen);
  const remaining = valLen - len;
  const output = [];
  for (let i = 0; i < len; i++) {
    if (!hasOwn(value, i)) {
      return formatSparseArray(ctx, value, recurseTimes, len, output, i);
    }
    output.push(formatProperty(ctx, value, recurseTimes, i, kArrayType));
  }
  if (remaining > 0) {
    output.push(moreItems(remaining));
  }
  return output;
}

const indexKeyRegExp = /^(0|[1-9][0-9]*)$/;

// Continues formatArray from the first hole at `index`: runs of holes
// become one "<n empty items>" entry, which counts against maxLength like
// any other entry.
function formatSparseArray(ctx, value, recurseTimes, maxLength, output, index) {
  const keys = Object.keys(value);
  // keys[0..index-1] are the (present) indices before the first hole.
  for (let k = index; k < keys.length && output.length < maxLength; k++) {
    const key = keys[k];
    const keyIndex = +key;
    // Array indices stop at 2^32 - 2; bigger keys are plain properties.
    if (keyIndex > 2 ** 32 - 2) break;
    if (`${index}` !== key) {
      if (!indexKeyRegExp.test(key)) break;
      output.push(ctx.stylize(emptyItems(keyIndex - index), 'undefined'));
      index = keyIndex;
      if (output.length === maxLength) break;
    }
    output.push(formatProperty(ctx, value, recurseTimes, key, kArrayType));
    index++;
  }
  const remaining = value.length - index;
  if (output.length !== maxLength) {
    if (remaining > 0) {
      output.push(ctx.stylize(emptyItems(remaining), 'undefined'));
    }
  } else if (remaining > 0) {
    output.push(moreItems(remaining));
  }
  return output;
}

function emptyItems(count) {
  return `<${count} empty item${count > 1 ? 's' : ''}>`;
}

function formatArrayBuffer(ctx, value) {
  let bytes;
  try {
    bytes = new Uint8Array(value);
  } catch {
    return [ctx.stylize('(detached)', 'special')];
  }
  const shown = Math.min(ctx.maxArrayLength, bytes.length);
  let str = '';
  for (let i = 0; i < shown; i++) {
    const byte = bytes[i];
    str += (i === 0 ? '' : ' ') + (byte < 16 ? '0' : '') + byte.toString(16);
  }
  const remaining = bytes.length - ctx.maxArrayLength;
  if (remaining > 0) {
    str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  }
  return [`${ctx.stylize('[Uint8Contents]', 'special')}: <${str}>`];
}

function formatTypedArray(value, length, ctx, recurseTimes) {
  const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const remaining = value.length - maxLength;
  const output = new Array(maxLength);
  const formatElement = value.length > 0 && typeof value[0] === 'number' ?
    formatNumber : formatBigInt;
  for (let i = 0; i < maxLength; ++i) {
    output[i] = formatElement(ctx.stylize, value[i], ctx.numericSeparator);
  }
  if (remaining > 0) {
    output[maxLength] = moreItems(remaining);
  }
  if (ctx.showHidden) {
    // These are accessors on the prototype; `buffer` goes last as it is not
    // a primitive.
    ctx.indentationLvl += 2;
    for (const key of ['BYTES_PER_ELEMENT', 'length', 'byteLength',
                       'byteOffset', 'buffer']) {
      const str = formatValue(ctx, value[key], recurseTimes, true);
      output.push(`[${key}]: ${str}`);
    }
    ctx.indentationLvl -= 2;
  }
  return output;
}

function formatSet(entries, ctx, recurseTimes) {
  const length = entries.size;
  const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const remaining = length - maxLength;
  const output = [];
  ctx.indentationLvl += 2;
  let i = 0;
  for (const v of entries) {
    if (i >= maxLength) break;
    output.push(formatValue(ctx, v, recurseTimes));
    i++;
  }
  if (remaining > 0) {
    output.push(moreItems(remaining));
  }
  ctx.indentationLvl -= 2;
  return output;
}

function formatMap(entries, ctx, recurseTimes) {
  const length = entries.size;
  const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const remaining = length - maxLength;
  const output = [];
  ctx.indentationLvl += 2;
  let i = 0;
  for (const { 0: k, 1: v } of entries) {
    if (i >= maxLength) break;
    output.push(
      `${formatValue(ctx, k, recurseTimes)} => ${formatValue(ctx, v, recurseTimes)}`);
    i++;
  }
  if (remaining > 0) {
    output.push(moreItems(remaining));
  }
  ctx.indentationLvl -= 2;
  return output;
}

function formatSetLikeEntries(ctx, recurseTimes, entries, state) {
  const maxArrayLength = Math.max(ctx.maxArrayLength, 0);
  const maxLength = Math.min(maxArrayLength, entries.length);
  const output = new Array(maxLength);
  ctx.indentationLvl += 2;
  for (let i = 0; i < maxLength; i++) {
    output[i] = formatValue(ctx, entries[i], recurseTimes);
  }
  ctx.indentationLvl -= 2;
  if (state === kWeak && !ctx.sorted) {
    // Weak entries come in no particular order; sort for stable output.
    output.sort();
  }
  const remaining = entries.length - maxLength;
  if (remaining > 0) {
    output.push(moreItems(remaining));
  }
  return output;
}

// `entries` is flat: [key1, value1, key2, value2, ...].
function formatMapLikeEntries(ctx, recurseTimes, entries, state) {
  const maxArrayLength = Math.max(ctx.maxArrayLength, 0);
  const len = entries.length / 2;
  const remaining = len - maxArrayLength;
  const maxLength = Math.min(maxArrayLength, len);
  const output = new Array(maxLength);
  ctx.indentationLvl += 2;
  if (state === kWeak) {
    for (let i = 0; i < maxLength; i++) {
      const pos = i * 2;
      output[i] = `${formatValue(ctx, entries[pos], recurseTimes)} => ` +
        formatValue(ctx, entries[pos + 1], recurseTimes);
    }
    if (!ctx.sorted) output.sort();
  } else {
    for (let i = 0; i < maxLength; i++) {
      const pos = i * 2;
      const pair = [
        formatValue(ctx, entries[pos], recurseTimes),
        formatValue(ctx, entries[pos + 1], recurseTimes),
      ];
      output[i] = reduceToSingleString(
        ctx, pair, '', ['[', ']'], kArrayExtrasType, recurseTimes);
    }
  }
  ctx.indentationLvl -= 2;
  if (remaining > 0) {
    output.push(moreItems(remaining));
  }
  return output;
}

function formatWeakCollection(ctx) {
  return [ctx.stylize('<items unknown>', 'special')];
}

function formatWeakSet(ctx, value, recurseTimes) {
  return formatSetLikeEntries(ctx, recurseTimes, previewEntries(value), kWeak);
}

function formatWeakMap(ctx, value, recurseTimes) {
  return formatMapLikeEntries(ctx, recurseTimes, previewEntries(value), kWeak);
}

function formatIterator(braces, ctx, value, recurseTimes) {
  const { 0: entries, 1: isKeyValue } = previewEntries(value, true);
  if (isKeyValue) {
    // Map#entries() iterators are labelled as such.
    braces[0] = braces[0].replace(/ Iterator] {$/, ' Entries] {');
    return formatMapLikeEntries(ctx, recurseTimes, entries, kMapEntries);
  }
  return formatSetLikeEntries(ctx, recurseTimes, entries, kIterator);
}

function formatPromise(ctx, value, recurseTimes) {
  const { 0: state, 1: result } = getPromiseDetails(value);
  if (state === kPending) {
    return [ctx.stylize('<pending>', 'special')];
  }
  ctx.indentationLvl += 2;
  const str = formatValue(ctx, result, recurseTimes);
  ctx.indentationLvl -= 2;
  return [state === kRejected ? `${ctx.stylize('<rejected>', 'special')} ${str}` : str];
}

function formatNamespaceObject(keys, ctx, value, recurseTimes) {
  const output = new Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    try {
      output[i] = formatProperty(ctx, value, recurseTimes, keys[i], kObjectType);
    } catch (err) {
      if (!(isNativeError(err) && err.name === 'ReferenceError')) throw err;
      // A binding in its temporal dead zone: format a placeholder entry the
      // normal way (for correct layout) and swap in the marker.
      const placeholder = { [keys[i]]: '' };
      const entry = formatProperty(ctx, placeholder, recurseTimes, keys[i], kObjectType);
      const pos = entry.lastIndexOf(' ');
      output[i] = entry.slice(0, pos + 1) + ctx.stylize('<uninitialized>', 'special');
    }
  }
  // The keys were consumed here; formatRaw must not print them again.
  keys.length = 0;
  return output;
}

// ---------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------

const keyStrRegExp = /^[a-zA-Z_][a-zA-Z_0-9]*$/;

function formatProperty(ctx, value, recurseTimes, key, type, desc,
                        original = value) {
  let str;
  let separator = ' ';
  desc = desc || Object.getOwnPropertyDescriptor(value, key) ||
    { value: value[key], enumerable: true };
  if (desc.value !== undefined) {
    const diff = (ctx.compact !== true || type !== kObjectType) ? 2 : 3;
    ctx.indentationLvl += diff;
    str = formatValue(ctx, desc.value, recurseTimes);
    if (diff === 3 && ctx.breakLength < getStringWidth(str, ctx.colors)) {
      separator = `\n${' '.repeat(ctx.indentationLvl)}`;
    }
    ctx.indentationLvl -= diff;
  } else if (desc.get !== undefined) {
    str = formatAccessor(ctx, desc, original, recurseTimes);
  } else if (desc.set !== undefined) {
    str = ctx.stylize('[Setter]', 'special');
  } else {
    str = ctx.stylize('undefined', 'undefined');
  }
  if (type === kArrayType) return str;
  return `${formatPropertyName(ctx, key, desc)}:${separator}${str}`;
}

function formatPropertyName(ctx, key, desc) {
  if (typeof key === 'symbol') {
    const name = Symbol.prototype.toString.call(key)
      .replace(strEscapeSequencesReplacer, escapeChar);
    return `[${ctx.stylize(name, 'symbol')}]`;
  }
  if (key === '__proto__') {
    return "['__proto__']";
  }
  if (desc.enumerable === false) {
    return `[${key.replace(strEscapeSequencesReplacer, escapeChar)}]`;
  }
  if (keyStrRegExp.test(key)) {
    return ctx.stylize(key, 'name');
  }
  return ctx.stylize(strEscape(key), 'string');
}

function shouldCallGetter(ctx, desc) {
  const { getters } = ctx;
  return getters && (getters === true ||
    (getters === 'get' && desc.set === undefined) ||
    (getters === 'set' && desc.set !== undefined));
}

function formatAccessor(ctx, desc, receiver, recurseTimes) {
  const label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
  const s = ctx.stylize;
  if (!shouldCallGetter(ctx, desc)) {
    return s(`[${label}]`, 'special');
  }
  try {
    const tmp = desc.get.call(receiver);
    ctx.indentationLvl += 2;
    let str;
    if (tmp === null) {
      str = `${s(`[${label}:`, 'special')} ${s('null', 'null')}${s(']', 'special')}`;
    } else if (typeof tmp === 'object') {
      str = `${s(`[${label}]`, 'special')} ${formatValue(ctx, tmp, recurseTimes)}`;
    } else {
      const primitive = formatPrimitive(s, tmp, ctx);
      str = `${s(`[${label}:`, 'special')} ${primitive}${s(']', 'special')}`;
    }
    ctx.indentationLvl -= 2;
    return str;
  } catch (err) {
    const message = `<Inspection threw (${err.message})>`;
    return `${s(`[${label}:`, 'special')} ${message}${s(']', 'special')}`;
  }
}

// ---------------------------------------------------------------------------
// Primitives
// ---------------------------------------------------------------------------

// Escapes for the characters matched by the regexps below, indexed by
// char code (0x00-0x9f).
const meta = buildEscapeTable();

function buildEscapeTable() {
  const table = [];
  const hex = (code) => `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`;
  for (let code = 0; code < 0xa0; code++) {
    table.push(code < 0x20 || code >= 0x7f ? hex(code) : '');
  }
  table[8] = '\\b';
  table[9] = '\\t';
  table[10] = '\\n';
  table[12] = '\\f';
  table[13] = '\\r';
  table[39] = "\\'";
  table[92] = '\\\\';
  return table;
}

// Control characters, quote, backslash, C1 controls and lone surrogates.
const strEscapeSequencesRegExp =
  /[\x00-\x1f\x27\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const strEscapeSequencesReplacer =
  /[\x00-\x1f\x27\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
// Same, for strings quoted with " or ` (no need to escape ').
const strEscapeSequencesRegExpSingle =
  /[\x00-\x1f\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const strEscapeSequencesReplacerSingle =
  /[\x00-\x1f\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function escapeChar(ch) {
  const code = ch.charCodeAt(0);
  return code < meta.length ? meta[code] : `\\u${code.toString(16)}`;
}

// Quotes a string with ', or with " / ` when that avoids escaping quotes.
function strEscape(str) {
  let quote = "'";
  let test = strEscapeSequencesRegExp;
  let replacer = strEscapeSequencesReplacer;
  if (str.includes("'")) {
    if (!str.includes('"')) {
      quote = '"';
    } else if (!str.includes('`') && !str.includes('${')) {
      quote = '`';
    }
    if (quote !== "'") {
      test = strEscapeSequencesRegExpSingle;
      replacer = strEscapeSequencesReplacerSingle;
    }
  }
  if (!test.test(str)) {
    return `${quote}${str}${quote}`;
  }
  return `${quote}${str.replace(replacer, escapeChar)}${quote}`;
}

function formatPrimitive(fn, value, ctx) {
  switch (typeof value) {
    case 'string':
      return formatString(fn, value, ctx);
    case 'number':
      return formatNumber(fn, value, ctx.numericSeparator);
    case 'bigint':
      return formatBigInt(fn, value, ctx.numericSeparator);
    case 'boolean':
      return fn(`${value}`, 'boolean');
    case 'undefined':
      return fn('undefined', 'undefined');
    default:
      return fn(Symbol.prototype.toString.call(value), 'symbol');
  }
}

function formatString(fn, value, ctx) {
  let trailer = '';
  if (value.length > ctx.maxStringLength) {
    const remaining = value.length - ctx.maxStringLength;
    value = value.slice(0, ctx.maxStringLength);
    trailer = `... ${remaining} more character${remaining > 1 ? 's' : ''}`;
  }
  if (ctx.compact !== true &&
      value.length > kMinLineWidth &&
      value.length > ctx.breakLength - ctx.indentationLvl - 4) {
    // Long multi-line strings are printed one line per chunk, joined by +.
    return value
      .split(/(?<=\n)/)
      .map((line) => fn(strEscape(line), 'string'))
      .join(` +\n${' '.repeat(ctx.indentationLvl + 2)}`) + trailer;
  }
  return fn(strEscape(value), 'string') + trailer;
}

function formatNumber(fn, number, numericSeparator) {
  if (!numericSeparator) {
    // `${-0}` is '0'.
    if (Object.is(number, -0)) {
      return fn('-0', 'number');
    }
    return fn(`${number}`, 'number');
  }
  const integer = Math.trunc(number);
  const string = String(integer);
  if (integer === number) {
    if (!Number.isFinite(number) || string.includes('e')) {
      return fn(string, 'number');
    }
    return fn(addNumericSeparator(string), 'number');
  }
  if (Number.isNaN(number)) {
    return fn(string, 'number');
  }
  // Split the shortest round-trip representation at its dot. (Exponent
  // forms like 1e-7 have none: Node then mangles them the same way.)
  const str = String(number);
  const dot = str.indexOf('.');
  return fn(
    `${addNumericSeparator(str.slice(0, dot))}.${addNumericSeparatorEnd(str.slice(dot + 1))}`,
    'number');
}

function formatBigInt(fn, bigint, numericSeparator) {
  const str = String(bigint);
  return fn(`${numericSeparator ? addNumericSeparator(str) : str}n`, 'bigint');
}

// "1234567" -> "1_234_567" (keeps a leading minus sign in place).
function addNumericSeparator(integerString) {
  let result = '';
  let i = integerString.length;
  const start = integerString.startsWith('-') ? 1 : 0;
  for (; i >= start + 4; i -= 3) {
    result = `_${integerString.slice(i - 3, i)}${result}`;
  }
  return i === integerString.length ?
    integerString :
    `${integerString.slice(0, i)}${result}`;
}

// Fraction digits are grouped from the left: "123456" -> "123_456".
function addNumericSeparatorEnd(fraction) {
  let result = '';
  let i = 0;
  for (; i < fraction.length - 3; i += 3) {
    result += `${fraction.slice(i, i + 3)}_`;
  }
  return i === 0 ? fraction : `${result}${fraction.slice(i)}`;
}

// ---------------------------------------------------------------------------
// Layout
// ---------------------------------------------------------------------------

// Like Array.prototype.join, but builds the result by concatenation: V8
// then keeps it as a rope instead of copying every nesting level's output
// into a flat string again.
function joinEntries(output, separator) {
  if (output.length === 0) return '';
  let str = output[0];
  for (let i = 1; i < output.length; i++) {
    str += separator;
    str += output[i];
  }
  return str;
}

function isBelowBreakLength(ctx, output, start, base) {
  // Each entry adds at least a separator.
  let totalLength = output.length + start;
  if (totalLength + output.length > ctx.breakLength) return false;
  for (let i = 0; i < output.length; i++) {
    totalLength += ctx.colors ?
      removeColors(output[i]).length :
      output[i].length;
    if (totalLength > ctx.breakLength) {
      return false;
    }
  }
  // A multi-line base (an error stack) never shares a line with entries.
  return base === '' || !base.includes('\n');
}

function reduceToSingleString(ctx, output, base, braces, extrasType,
                              recurseTimes, value) {
  if (ctx.compact !== true) {
    if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
      const entries = output.length;
      if (extrasType === kArrayExtrasType && entries > 6) {
        output = groupArrayElements(ctx, output, value);
      }
      // Only the innermost `compact` levels may be put on a single line,
      // and only if the entries were not grouped into rows.
      if (ctx.currentDepth - recurseTimes < ctx.compact &&
          entries === output.length) {
        const start = output.length + ctx.indentationLvl +
          braces[0].length + base.length + 10;
        if (isBelowBreakLength(ctx, output, start, base)) {
          const joined = joinEntries(output, ', ');
          if (!joined.includes('\n')) {
            return `${base ? `${base} ` : ''}${braces[0]} ${joined} ${braces[1]}`;
          }
        }
      }
    }
    const indentation = `\n${' '.repeat(ctx.indentationLvl)}`;
    return `${base ? `${base} ` : ''}${braces[0]}${indentation}  ` +
      `${joinEntries(output, `,${indentation}  `)}${indentation}${braces[1]}`;
  }
  // compact === true: pack entries, breaking only past breakLength.
  if (isBelowBreakLength(ctx, output, 0, base)) {
    return `${braces[0]}${base ? ` ${base}` : ''} ${joinEntries(output, ', ')} ${braces[1]}`;
  }
  const indentation = ' '.repeat(ctx.indentationLvl);
  // A long opening brace ("Set {") pushes the first entry to its own line
  // so that entries line up.
  const lineStart = base === '' && braces[0].length === 1 ?
    ' ' :
    `${base ? ` ${base}` : ''}\n${indentation}  `;
  return `${braces[0]}${lineStart}${joinEntries(output, `,\n${indentation}  `)} ${braces[1]}`;
}

// Lays out many short array entries in aligned columns.
function groupArrayElements(ctx, output, value) {
  let totalLength = 0;
  let maxLength = 0;
  let outputLength = output.length;
  if (ctx.maxArrayLength < output.length) {
    // Leave the trailing "... more items" entry out of the grid.
    outputLength--;
  }
  const separatorSpace = 2; // ", "
  const dataLen = new Array(outputLength);
  for (let i = 0; i < outputLength; i++) {
    const len = getStringWidth(output[i], ctx.colors);
    dataLen[i] = len;
    totalLength += len + separatorSpace;
    if (maxLength < len) maxLength = len;
  }
  const actualMax = maxLength + separatorSpace;
  // Group only if at least three columns fit and no entry dwarfs the rest.
  if (actualMax * 3 + ctx.indentationLvl >= ctx.breakLength ||
      (totalLength / actualMax <= 5 && maxLength > 6)) {
    return output;
  }
  const columns = countColumns(ctx, actualMax, totalLength, output.length,
                               outputLength);
  if (columns <= 1) {
    return output;
  }
  const maxLineLength = [];
  for (let i = 0; i < columns; i++) {
    let lineLength = 0;
    for (let j = i; j < output.length; j += columns) {
      if (dataLen[j] > lineLength) lineLength = dataLen[j];
    }
    maxLineLength.push(lineLength + separatorSpace);
  }
  // Numbers are right-aligned, everything else left-aligned.
  let padStart = true;
  if (value !== undefined) {
    for (let i = 0; i < output.length; i++) {
      if (typeof value[i] !== 'number' && typeof value[i] !== 'bigint') {
        padStart = false;
        break;
      }
    }
  }
  const grouped = [];
  for (let i = 0; i < outputLength; i += columns) {
    const max = Math.min(i + columns, outputLength);
    let line = '';
    let j = i;
    for (; j < max - 1; j++) {
      // Colour codes take no space on screen: widen the padding by them.
      const padding = maxLineLength[j - i] + output[j].length - dataLen[j];
      line += padStart ?
        `${output[j]}, `.padStart(padding, ' ') :
        `${output[j]}, `.padEnd(padding, ' ');
    }
    if (padStart) {
      const padding = maxLineLength[j - i] + output[j].length - dataLen[j] -
        separatorSpace;
      line += output[j].padStart(padding, ' ');
    } else {
      line += output[j];
    }
    grouped.push(line);
  }
  if (ctx.maxArrayLength < output.length) {
    grouped.push(output[outputLength]);
  }
  return grouped;
}

function countColumns(ctx, actualMax, totalLength, entries, outputLength) {
  // Characters are ~2.5 times taller than wide; aim for a roughly square
  // block, biased towards more columns for short entries.
  const approxCharHeights = 2.5;
  const averageBias = Math.sqrt(actualMax - totalLength / entries);
  const biasedMax = Math.max(actualMax - 3 - averageBias, 1);
  return Math.min(
    Math.round(Math.sqrt(approxCharHeights * biasedMax * outputLength) / biasedMax),
    Math.floor((ctx.breakLength - ctx.indentationLvl) / actualMax),
    ctx.compact * 4,
    15,
  );
}

// ---------------------------------------------------------------------------
// util.format
// ---------------------------------------------------------------------------

function formatWithOptions(inspectOptions, ...args) {
  validateObject(inspectOptions, 'inspectOptions', kValidateObjectAllowArray);
  return formatWithOptionsInternal(inspectOptions, args);
}

function format(...args) {
  return formatWithOptionsInternal(undefined, args);
}

function numericSeparatorOf(options) {
  return options?.numericSeparator ?? inspectDefaultOptions.numericSeparator;
}

function formatNumberNoColor(number, options) {
  return formatNumber(stylizeNoColor, number, numericSeparatorOf(options));
}

function formatBigIntNoColor(bigint, options) {
  return formatBigInt(stylizeNoColor, bigint, numericSeparatorOf(options));
}

// Formats one %-placeholder argument; returns undefined for an unknown
// placeholder character (the text is then kept as is).
function formatPlaceholder(code, arg, inspectOptions) {
  switch (code) {
    case 115: // 's'
      if (typeof arg === 'number') return formatNumberNoColor(arg, inspectOptions);
      if (typeof arg === 'bigint') return formatBigIntNoColor(arg, inspectOptions);
      if (typeof arg !== 'object' || arg === null || !hasBuiltInToString(arg)) {
        return String(arg);
      }
      return inspect(arg, { ...inspectOptions, depth: 0, colors: false, compact: 3 });
    case 106: // 'j'
      return tryStringify(arg);
    case 100: // 'd'
      if (typeof arg === 'bigint') return formatBigIntNoColor(arg, inspectOptions);
      if (typeof arg === 'symbol') return 'NaN';
      return formatNumberNoColor(Number(arg), inspectOptions);
    case 79: // 'O'
      return inspect(arg, inspectOptions);
    case 111: // 'o'
      return inspect(arg, {
        ...inspectOptions,
        showHidden: true,
        showProxy: true,
        depth: 4,
      });
    case 105: // 'i'
      if (typeof arg === 'bigint') return formatBigIntNoColor(arg, inspectOptions);
      if (typeof arg === 'symbol') return 'NaN';
      return formatNumberNoColor(Number.parseInt(arg), inspectOptions);
    case 102: // 'f'
      if (typeof arg === 'symbol') return 'NaN';
      return formatNumberNoColor(Number.parseFloat(arg), inspectOptions);
    case 99: // 'c': CSS is ignored outside browsers.
      return '';
    default:
      return undefined;
  }
}

function isPlaceholderCode(code) {
  return code === 115 || code === 106 || code === 100 || code === 79 ||
    code === 111 || code === 105 || code === 102 || code === 99;
}

function formatWithOptionsInternal(inspectOptions, args) {
  const first = args[0];
  let a = 0;
  let str = '';
  let join = '';

  if (typeof first === 'string') {
    if (args.length === 1) {
      return first;
    }
    let lastPos = 0;
    for (let i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) !== 37) continue; // '%'
      const nextChar = first.charCodeAt(++i);
      if (a + 1 !== args.length) {
        if (nextChar === 37) { // '%%'
          str += first.slice(lastPos, i);
          lastPos = i + 1;
          continue;
        }
        if (!isPlaceholderCode(nextChar)) continue;
        const tempStr = formatPlaceholder(nextChar, args[++a], inspectOptions);
        if (lastPos !== i - 1) {
          str += first.slice(lastPos, i - 1);
        }
        str += tempStr;
        lastPos = i + 1;
      } else if (nextChar === 37) {
        str += first.slice(lastPos, i);
        lastPos = i + 1;
      }
    }
    if (lastPos !== 0) {
      a++;
      join = ' ';
      if (lastPos < first.length) {
        str += first.slice(lastPos);
      }
    }
  }

  while (a < args.length) {
    const value = args[a];
    str += join;
    str += typeof value !== 'string' ? inspectArgument(value, inspectOptions) : value;
    join = ' ';
    a++;
  }
  return str;
}

// Fast path for the common console.log(number) & co. cases.
function inspectArgument(value, inspectOptions) {
  if (inspectOptions === undefined || inspectOptions.colors !== true) {
    if (typeof value === 'number' && inspectOptions === undefined &&
        !inspectDefaultOptions.numericSeparator) {
      return formatNumber(stylizeNoColor, value, false);
    }
  }
  return inspect(value, inspectOptions);
}

// Whether `%s` should inspect `value` rather than call its toString():
// true unless the closest toString (or Symbol.toPrimitive function) comes
// from user code.
function hasBuiltInToString(value) {
  // Proxies count as built in (and must not run traps here).
  const proxyTarget = getProxyDetails(value, false);
  if (proxyTarget !== undefined) {
    if (proxyTarget === null) return true;
    value = proxyTarget;
  }
  const hasToPrimitive = typeof value[Symbol.toPrimitive] === 'function';
  if (!hasToPrimitive && typeof value.toString !== 'function') {
    return true;
  }
  const definesConversion = (obj) => hasOwn(obj, 'toString') ||
    (hasToPrimitive && hasOwn(obj, Symbol.toPrimitive));
  if (definesConversion(value)) {
    return false;
  }
  let pointer = value;
  do {
    pointer = Object.getPrototypeOf(pointer);
  } while (pointer !== null && !definesConversion(pointer));
  if (pointer === null) return true;
  const descriptor = Object.getOwnPropertyDescriptor(pointer, 'constructor');
  return descriptor !== undefined &&
    typeof descriptor.value === 'function' &&
    builtInObjects.has(descriptor.value.name);
}

let circularErrorMessage;
function firstErrorLine(error) {
  return String(error.message).split('\n', 1)[0];
}

function tryStringify(arg) {
  try {
    return JSON.stringify(arg);
  } catch (err) {
    if (circularErrorMessage === undefined) {
      try {
        const a = {};
        a.a = a;
        JSON.stringify(a);
      } catch (circularError) {
        circularErrorMessage = firstErrorLine(circularError);
      }
    }
    if (err.name === 'TypeError' && firstErrorLine(err) === circularErrorMessage) {
      return '[Circular]';
    }
    throw err;
  }
}

// ---------------------------------------------------------------------------
// Control sequences and string width
// ---------------------------------------------------------------------------

// ANSI/VT escape sequences: OSC-style strings terminated by BEL / ST, and
// CSI sequences. Same language as the ansi-regex package.
const ansiPattern =
  '[\\u001B\\u009B][[\\]()#;?]*' +
  '(?:(?:(?:(?:;[-a-zA-Z\\d\\/\\#&.:=?%@~_]+)*' +
  '|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/\\#&.:=?%@~_]*)*)?' +
  '(?:\\u0007|\\u001B\\u005C|\\u009C))' +
  '|(?:(?:\\d{1,4}(?:;\\d{0,4})*)?[\\dA-PR-TZcf-ntqry=><~]))';
const ansi = new RegExp(ansiPattern, 'g');

function stripVTControlCharacters(str) {
  validateString(str, 'str');
  return str.replace(ansi, '');
}

// Only SGR colour codes are produced by stylize.
const colorRegExp = /\u001b\[\d\d?m/g;
function removeColors(str) {
  return str.replace(colorRegExp, '');
}

// Column widths of non-ASCII code points, as ranges captured from Node 20's
// ICU data by test-harness/gen-width-table.js. Encoded as base-36
// "gap.length" pairs, each relative to the previous range's end.
const kZeroWidthRanges =
  '3j.w,gx.1r,3.0,3.16,7o.6,7c.18,2.0,2.1,2.1,2.0,1l.5,b.a,2.0,1b.k,h.0,' +
  '2u.7,2.5,3.1,2.3,y.0,2.0,v.q,2k.a,1n.8,a.0,p.3,2.8,2.2,2.4,18.2,1h.1,' +
  '6.8,17.1k,1k.0,2.0,5.7,5.0,4.6,b.1,u.0,1n.0,5.3,9.0,l.1,r.0,3.1,1m.0,' +
  '5.1,5.1,3.2,4.0,v.1,4.0,c.1,1m.0,5.4,2.1,5.0,l.1,n.5,2.0,1n.0,3.0,2.3,' +
  '9.0,8.1,c.1,v.0,1q.0,d.0,1f.0,4.0,1k.0,2.2,6.2,2.3,8.1,c.1,u.0,1n.0,' +
  '3.0,7.0,6.1,l.1,t.1,1m.1,5.3,9.0,l.1,u.0,21.0,8.2,2.0,2j.0,3.6,d.7,' +
  '2r.0,3.8,c.6,22.1,s.0,2.0,2.0,1k.1,2.0,3.0,2.5,2.0,2.2,2.1,6.5,2.3,2.3,' +
  '2.3,2.3,2.3,2.b,2.2,a.0,2v.3,2.5,2.1,3.1,q.1,5.2,h.3,e.0,3.1,7.0,g.0,' +
  'jk.2,qb.2,u.1,v.1,v.1,1t.1,2.6,9.0,3.a,a.0,1a.4,3a.1,z.0,3b.2,5.1,a.0,' +
  '7.2,64.1,3.0,1n.0,2.6,2.0,2.0,3.7,7.9,3.0,1d.19,3.b,l.3,1d.0,2.4,2.0,' +
  '6.0,15.8,d.1,x.3,3.1,2.2,1l.0,2.1,4.0,2.2,1n.7,3.1,49.2,2.c,2.6,5.0,' +
  '7.0,4.1,5j.1r,ek.4,r.4,1e.4,2.9,2p.w,2db.2,3y.0,2p.v,nsg.3,2.9,x.1,' +
  '29.1,7l.0,4.0,5.0,q.1,6.0,48.1,r.h,e.0,13.7,q.a,1b.2,1d.0,3.3,3.1,14.0,' +
  '1w.5,3.1,3.1,d.0,9.0,1c.0,1g.0,2.2,3.1,6.1,2.0,17.1,9.0,6n.0,3.0,5.0,' +
  'fn5.0,ki.f,h.f,5s.0,6y.2,ea.0,6b.0,46.4,1af.2,2.1,6.3,15.2,5.0,4m.1,' +
  'fy.3,1u.4,8u.1,26.5,1z.a,1e.3,3g.0,1j.e,16.0,3.1,b.2,1e.3,3.1,3.0,5.0,' +
  'b.0,1f.2,11.4,2.7,1r.0,d.1,1h.8,b.3,3.0,2o.2,3.0,2.1,7.0,3.0,4e.0,4.7,' +
  'm.1,1m.1,4.0,12.6,4.4,1z.5,e.0,2.0,2.0,f.1,2e.7,3.2,2.0,o.0,2d.5,2.0,' +
  '5.1,2.1,6n.3,7.1,2.1,s.1,2e.7,3.0,2.1,2z.0,2.0,3.5,2.0,2u.0,2.0,3.3,' +
  '2.4,78.8,2.1,75.1,2.0,5.0,41.3,3.1,5.0,x.9,15.5,3.3,9.0,a.5,3.2,1b.c,' +
  '2.1,5j.0,2.2,2.0,5m.6,2.5,2.0,2b.l,3.6,2.1,2.1,3f.5,4.0,2.1,2.6,2.0,' +
  '21.1,4.0,2.0,9o.1,c.1,1h.4,6.0,2.0,o.0,446.g,7.e,8uh.b,4.2,1xd.4,1o.6,' +
  't5.0,1s.3,f7v.1,2.3,3ml.19,3.m,f5.2,a.f,3.6,v.3,45.2,1j0.1i,5.1d,9.0,' +
  'f.0,n.4,2.e,11t.6,2.g,3.6,2.1,2.4,2t.0,4h.6,ag.0,1q.3,e5.3,73.1,6s.0,' +
  '3.0,8.1,6.0,d7.6,32.6,gzav.0,v.2n,3l.6n';
const kWideRanges =
  '3cw.2n,3i3.1,5q.3,4.0,3.0,ei.1,m.1,r.7,h.b,18.0,b.5,4.0,e.0,9.1,i.1,' +
  '6.1,9.0,6.0,m.0,8.1,2.0,5.0,3.0,8.0,5.1,t.0,10.0,2.0,5.2,2.0,1q.2,p.0,' +
  'f.0,nw.1,1g.0,5.0,mj.p,2.2g,d.5x,r.26,3.2d,3.2u,6.16,2.2l,2.2d,a.1b,' +
  '2.13,9.mkc,4.1i,wq.s,hw.8mb,6sr.1,2.0,2.1,b.0,2.0,2.1,3.2,1x.1,2z.11,' +
  'lt.9,n.y,2.i,2.3,46.2n,3k.6,m4a.4,c.6,a.5p1,16.v,2q.36,6pq.3,2.6,2.1,' +
  '2.82,g.0,u.2,3.0,f.3,9.az,6bp.2e,a.m,5n2.0,5n.0,5b.0,3.9,24.s,e.17,5.8,' +
  '8.1,f.5,4b.w,d.8,2.1x,2.l,d.16,5.4,d.g,4.0,4.1y,2.0,2.56,3.1q,e.3,2.n,' +
  'j.0,r.1,e.0,2f.2c,1d.1x,7.0,4.2,3.3,4.3,c.1,8.8,6c.b,5.0,7w.1a,2.9,' +
  '2.54,35.c,4.a,4.1k,2.0,5.f,3.b,5.9,zs.1czj,f3.15r,3.1ekd';

let zeroWidthRanges;
let wideRanges;

function decodeRanges(text) {
  const parts = text.split(',');
  const ranges = new Uint32Array(parts.length * 2);
  let prev = 0;
  for (let i = 0; i < parts.length; i++) {
    const dot = parts[i].indexOf('.');
    const start = prev + parseInt(parts[i].slice(0, dot), 36);
    const end = start + parseInt(parts[i].slice(dot + 1), 36);
    ranges[2 * i] = start;
    ranges[2 * i + 1] = end;
    prev = end;
  }
  return ranges;
}

function inRanges(ranges, code) {
  let lo = 0;
  let hi = ranges.length / 2 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (code < ranges[2 * mid]) {
      hi = mid - 1;
    } else if (code > ranges[2 * mid + 1]) {
      lo = mid + 1;
    } else {
      return true;
    }
  }
  return false;
}

function codePointWidth(code) {
  if (zeroWidthRanges === undefined) {
    zeroWidthRanges = decodeRanges(kZeroWidthRanges);
    wideRanges = decodeRanges(kWideRanges);
  }
  if (inRanges(zeroWidthRanges, code)) return 0;
  return inRanges(wideRanges, code) ? 2 : 1;
}

/**
 * Number of terminal columns `str` occupies (full-width characters count 2,
 * combining marks and control characters 0).
 */
function getStringWidth(str, removeControlChars = true) {
  if (removeControlChars) str = stripVTControlCharacters(str);
  let width = 0;
  for (let i = 0; i < str.length; i++) {
    const code = str.charCodeAt(i);
    if (code >= 127) {
      // Leave the ASCII fast path for the rest of the string.
      for (const ch of str.slice(i).normalize('NFC')) {
        width += codePointWidth(ch.codePointAt(0));
      }
      break;
    }
    width += code >= 32 ? 1 : 0;
  }
  return width;
}

// ---------------------------------------------------------------------------

Object.defineProperty(inspect, 'defaultOptions', {
  __proto__: null,
  get() {
    return inspectDefaultOptions;
  },
  set(options) {
    validateObject(options, 'options');
    return Object.assign(inspectDefaultOptions, options);
  },
});
inspect.custom = customInspectSymbol;
inspect.colors = colors;
inspect.styles = styles;

module.exports = {
  inspect,
  registerURL,
  inspectDefaultOptions,
  format,
  formatWithOptions,
  stripVTControlCharacters,
  getStringWidth,
  identicalSequenceRange,
  isError,
  setCoreModuleChecker,
};
