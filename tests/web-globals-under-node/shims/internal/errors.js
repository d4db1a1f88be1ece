'use strict';

// Tiny stand-in for core/js/internal/errors.js, used by the harness only
// when the real module is missing or does not load under node (or with
// MOSAIC_STANDINS=1). Covers the codes the web-globals modules use, with
// Node 20's message formats.

const { inspect } = require('util');

const kTypes = ['string', 'function', 'number', 'object', 'Function', 'Object',
                'boolean', 'bigint', 'symbol'];

function determineSpecificType(value) {
  if (value == null) return `${value}`;
  if (typeof value === 'function') return `function ${value.name}`;
  if (typeof value === 'object') {
    if (value.constructor?.name) {
      return `an instance of ${value.constructor.name}`;
    }
    return `${inspect(value, { depth: -1 })}`;
  }
  let shown = inspect(value, { colors: false });
  if (shown.length > 28) shown = `${shown.slice(0, 25)}...`;
  return `type ${typeof value} (${shown})`;
}

function list(items, kind) {
  if (items.length > 2) {
    return `${kind}${items.slice(0, -1).join(', ')}, or ${items.at(-1)}`;
  }
  return `${kind}${items.join(' or ')}`;
}

function invalidArgType(name, expected, actual) {
  if (!Array.isArray(expected)) expected = [expected];
  let msg = name.endsWith(' argument') ? `The ${name} ` :
    `The "${name}" ${name.includes('.') ? 'property' : 'argument'} `;
  msg += 'must be ';
  const types = [];
  const instances = [];
  const other = [];
  for (const e of expected) {
    if (kTypes.includes(e)) types.push(e.toLowerCase());
    else if (/^([A-Z][a-z0-9]*)+$/.test(e)) instances.push(e);
    else other.push(e);
  }
  if (instances.length > 0 && types.includes('object')) {
    types.splice(types.indexOf('object'), 1);
    instances.push('Object');
  }
  const parts = [];
  if (types.length === 1) parts.push(`of type ${types[0]}`);
  else if (types.length > 1) parts.push(list(types, 'one of type '));
  if (instances.length > 0) parts.push(list(instances, 'an instance of '));
  if (other.length === 1) {
    parts.push(other[0].toLowerCase() !== other[0] ? `an ${other[0]}` : other[0]);
  } else if (other.length > 1) {
    parts.push(list(other, 'one of '));
  }
  return `${msg}${parts.join(' or ')}. Received ${determineSpecificType(actual)}`;
}

function addNumericalSeparator(val) {
  let res = '';
  let i = val.length;
  const start = val[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) res = `_${val.slice(i - 3, i)}${res}`;
  return `${val.slice(0, i)}${res}`;
}

const messages = {
  ERR_MISSING_ARGS: [TypeError, (...args) => {
    const names = args.map((a) => `"${a}"`);
    let msg = 'The ';
    if (names.length === 1) msg += `${names[0]} argument`;
    else if (names.length === 2) msg += `${names[0]} and ${names[1]} arguments`;
    else msg += `${names.slice(0, -1).join(', ')}, and ${names.at(-1)} arguments`;
    return `${msg} must be specified`;
  }],
  ERR_INVALID_ARG_TYPE: [TypeError, invalidArgType],
  ERR_INVALID_ARG_VALUE: [TypeError, (name, value, reason = 'is invalid') => {
    const type = name.includes('.') ? 'property' : 'argument';
    return `The ${type} '${name}' ${reason}. Received ${inspect(value)}`;
  }],
  ERR_INVALID_THIS: [TypeError, (type) => `Value of "this" must be of type ${type}`],
  ERR_ILLEGAL_CONSTRUCTOR: [TypeError, () => 'Illegal constructor'],
  ERR_OUT_OF_RANGE: [RangeError, (name, range, input) => {
    let received;
    if (Number.isInteger(input) && Math.abs(input) > 2 ** 32) {
      received = addNumericalSeparator(String(input));
    } else {
      received = inspect(input);
    }
    return `The value of "${name}" is out of range. It must be ${range}. ` +
           `Received ${received}`;
  }],
  ERR_ENCODING_NOT_SUPPORTED: [RangeError, (e) => `The "${e}" encoding is not supported`],
  ERR_ENCODING_INVALID_ENCODED_DATA: [TypeError, (e) => `The encoded data was not valid for encoding ${e}`],
  ERR_EVENT_RECURSION: [Error, (t) => `The event "${t}" is already being dispatched`],
  ERR_PERFORMANCE_INVALID_TIMESTAMP: [TypeError, (t) => `${t} is not a valid timestamp`],
  ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS: [TypeError, (m) => m],
  ERR_METHOD_NOT_IMPLEMENTED: [Error, (m) => `The ${m} method is not implemented`],
  ERR_INVALID_STATE: [Error, (m) => `Invalid state: ${m}`],
};

const codes = {};
for (const [code, [Base, format]] of Object.entries(messages)) {
  codes[code] = class extends Base {
    constructor(...args) {
      super(format(...args));
      Object.defineProperty(this, 'code', {
        value: code, enumerable: true, writable: true, configurable: true,
      });
    }

    get name() { return Base.name; }

    toString() { return `${Base.name} [${code}]: ${this.message}`; }
  };
  Object.defineProperty(codes[code], 'name', { value: Base.name });
}

class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

module.exports = { codes, AbortError };
