'use strict';
// A stable, implementation-neutral rendering of values for traces.

function fmt(v, depth = 0) {
  if (v === null) return 'null';
  if (v === undefined) return 'undefined';
  switch (typeof v) {
    case 'string': return JSON.stringify(v);
    case 'number': case 'boolean': case 'bigint': return String(v);
    case 'symbol': return v.toString();
    case 'function': return `[fn ${v.name}]`;
    default: break;
  }
  if (Buffer.isBuffer(v)) {
    const s = v.toString('latin1');
    return /^[\x20-\x7e]*$/.test(s) && v.length <= 64 ?
      `B'${s}'` : `B<${v.length}:${v.subarray(0, 16).toString('hex')}>`;
  }
  if (v instanceof Uint8Array) return `U8<${v.length}:${Buffer.from(v).subarray(0, 16).toString('hex')}>`;
  if (v instanceof Error) {
    let s = `${v.name}`;
    if (v.code !== undefined) s += `[${v.code}]`;
    s += `(${JSON.stringify(v.message)})`;
    if (v.cause !== undefined && depth < 2) s += ` cause=${fmt(v.cause, depth + 1)}`;
    if (Array.isArray(v.errors) && depth < 2) s += ` errors=${fmt(v.errors, depth + 1)}`;
    return s;
  }
  if (Array.isArray(v)) {
    if (depth > 2) return '[...]';
    return `[${v.map((x) => fmt(x, depth + 1)).join(',')}]`;
  }
  const proto = Object.getPrototypeOf(v);
  if (proto === Object.prototype || proto === null) {
    if (depth > 2) return '{...}';
    return `{${Object.keys(v).map((k) => `${k}:${fmt(v[k], depth + 1)}`).join(',')}}`;
  }
  const name = v.constructor && v.constructor.name;
  return `<${name || 'object'}>`;
}

module.exports = { fmt };
