'use strict';

// Turns case results into plain JSON-comparable data, and small helpers the
// cases share (try/catch capture, uncaught-exception and warning capture).

function describe(value, seen = new Set()) {
  switch (typeof value) {
    case 'undefined': return { $: 'undefined' };
    case 'number':
      if (Number.isNaN(value)) return { $: 'NaN' };
      if (Object.is(value, -0)) return { $: '-0' };
      if (!Number.isFinite(value)) return { $: String(value) };
      return value;
    case 'bigint': return { $: 'bigint', v: String(value) };
    case 'symbol': return { $: 'symbol', v: String(value) };
    case 'function': return { $: 'function', name: value.name };
    case 'string':
    case 'boolean':
      return value;
    default:
      break;
  }
  if (value === null) return null;
  if (seen.has(value)) return { $: 'circular' };
  seen.add(value);
  try {
    if (isErrorLike(value)) return describeError(value);
    if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
      return { $: value.constructor.name, v: Array.from(value, (x) => describe(x)) };
    }
    if (value instanceof ArrayBuffer) {
      return { $: 'ArrayBuffer', v: Array.from(new Uint8Array(value)) };
    }
    if (Array.isArray(value)) return value.map((v) => describe(v, seen));
    const proto = Object.getPrototypeOf(value);
    if (proto === Object.prototype || proto === null) {
      const out = {};
      for (const key of Object.keys(value)) out[key] = describe(value[key], seen);
      return out;
    }
    return {
      $: 'object',
      ctor: value.constructor?.name,
      tag: Object.prototype.toString.call(value),
    };
  } finally {
    seen.delete(value);
  }
}

function isErrorLike(value) {
  return value instanceof Error ||
    (typeof value === 'object' && value !== null &&
     Object.prototype.toString.call(value) === '[object DOMException]');
}

function describeError(err) {
  const out = {
    $: 'error',
    ctor: err.constructor?.name,
    name: err.name,
    message: err.message,
  };
  if (err.code !== undefined) out.code = err.code;
  return out;
}

// Runs fn; returns { ok: value } or { threw: error description }.
function attempt(fn) {
  try {
    return { ok: fn() };
  } catch (err) {
    return { threw: isErrorLike(err) ? describeError(err) : describe(err) };
  }
}

function nextTurn() {
  return new Promise((resolve) => setImmediate(resolve));
}

// Runs fn and collects what reaches process 'uncaughtException' until two
// turns of the loop have passed.
async function captureUncaught(fn) {
  const errors = [];
  const onError = (err) => errors.push(isErrorLike(err) ? describeError(err) : describe(err));
  process.on('uncaughtException', onError);
  let result;
  try {
    result = attempt(fn);
    await nextTurn();
    await nextTurn();
  } finally {
    process.removeListener('uncaughtException', onError);
  }
  return { result, errors };
}

async function captureWarnings(fn) {
  const warnings = [];
  const onWarning = (w) => warnings.push({
    name: w.name, message: w.message, type: w.type, count: w.count,
    keys: Object.keys(w),
  });
  process.on('warning', onWarning);
  let result;
  try {
    result = attempt(fn);
    await nextTurn();
    await nextTurn();
  } finally {
    process.removeListener('warning', onWarning);
  }
  return { result, warnings };
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// Property shape of an object: [key, flags] with E(numerable) W(ritable)
// C(onfigurable) G(etter) S(etter) V(alue kind). Only string keys and the
// well-known symbols that are part of the public surface are listed.
const kPublicSymbols = new Set([
  Symbol.toStringTag, Symbol.iterator, Symbol.for('nodejs.util.inspect.custom'),
  Symbol.for('nodejs.event_target'),
]);

function shape(obj) {
  const out = [];
  for (const key of Reflect.ownKeys(obj)) {
    if (typeof key === 'symbol' && !kPublicSymbols.has(key)) continue;
    const d = Object.getOwnPropertyDescriptor(obj, key);
    let flags = '';
    if (d.enumerable) flags += 'E';
    if (d.writable) flags += 'W';
    if (d.configurable) flags += 'C';
    if (d.get) flags += 'G';
    if (d.set) flags += 'S';
    if ('value' in d) {
      flags += `:${typeof d.value}`;
      if (typeof d.value === 'function') flags += `/${d.value.length}`;
      else if (typeof d.value !== 'object') flags += `=${String(d.value)}`;
    }
    out.push(`${String(key)} ${flags}`);
  }
  return out;
}

module.exports = {
  describe,
  describeError,
  attempt,
  captureUncaught,
  captureWarnings,
  nextTurn,
  sleep,
  shape,
};
