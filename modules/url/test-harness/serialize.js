'use strict';
// A runtime-neutral snapshot of a value (no util.inspect: mosaic's and
// node's may differ where the url module does not): constructor name or
// null prototype, own enumerable keys in order, values recursively.

function serialize(value, depth = 0) {
  switch (typeof value) {
    case 'string': return JSON.stringify(value);
    case 'number': return Object.is(value, -0) ? '-0' : String(value);
    case 'undefined': return 'undefined';
    case 'boolean': return String(value);
    case 'bigint': return `${value}n`;
    case 'symbol': return value.toString();
    case 'function': return `[Function ${value.name}]`;
  }
  if (value === null) return 'null';
  if (depth > 6) return '[deep]';
  if (Array.isArray(value)) {
    return `[${value.map((v) => serialize(v, depth + 1)).join(', ')}]`;
  }
  const proto = Object.getPrototypeOf(value);
  const tag = proto === null ? '[null]' : (proto.constructor && proto.constructor.name) || '?';
  const fields = Object.keys(value).map((k) => `${JSON.stringify(k)}: ${serialize(value[k], depth + 1)}`);
  return `${tag} {${fields.join(', ')}}`;
}

function snap(fn) {
  try {
    return `= ${serialize(fn())}`;
  } catch (err) {
    if (err === null || typeof err !== 'object') return `! ${String(err)}`;
    return `! ${err.name} [${err.code}] ${err.message}` +
      (err.input !== undefined ? ` input=${JSON.stringify(err.input)}` : '');
  }
}

module.exports = { serialize, snap };
