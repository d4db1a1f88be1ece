'use strict';

// Turns case results into comparable strings (shared by compare.js, which
// runs under node, and mosaic_check.js, which also runs under mosaic).
// Pure JS on purpose: nothing here may depend on the Buffer under test.

const kHex = '0123456789abcdef';
function hex(bytes) {
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += kHex[bytes[i] >> 4] + kHex[bytes[i] & 15];
  return out;
}

function errorSnapshot(err) {
  if (err === null || typeof err !== 'object') return `throw ${String(err)}`;
  let ctor = Object.getPrototypeOf(err);
  while (ctor && !['Error', 'TypeError', 'RangeError', 'SyntaxError', 'DOMException']
    .includes(ctor.constructor && ctor.constructor.name)) {
    ctor = Object.getPrototypeOf(ctor);
  }
  const base = ctor && ctor.constructor ? ctor.constructor.name : '?';
  const extra = err.errno !== undefined ? ` errno=${err.errno}` : '';
  return `throw ${base}[${err.code}] ${err.message}${extra}`;
}

// isBuffer(v): whether v is a Buffer of the module under test.
function snap(v, isBuffer, seen = new Set()) {
  if (v === undefined) return 'undefined';
  if (v === null) return 'null';
  switch (typeof v) {
    case 'number': return Object.is(v, -0) ? 'number:-0' : `number:${v}`;
    case 'bigint': return `bigint:${v}n`;
    case 'string': return `string:${JSON.stringify(v)}`;
    case 'boolean': return `boolean:${v}`;
    case 'symbol': return `symbol:${v.description}`;
    case 'function': return `function:${v.name}/${v.length}`;
  }
  if (seen.has(v)) return '[circular]';
  seen.add(v);
  if (ArrayBuffer.isView(v)) {
    const bytes = new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
    const kind = isBuffer(v) ? 'Buffer' : Object.prototype.toString.call(v).slice(8, -1);
    return `${kind}(${v.length}):${hex(bytes)}`;
  }
  if (v instanceof ArrayBuffer) return `ArrayBuffer:${hex(new Uint8Array(v))}`;
  if (v instanceof Error) return errorSnapshot(v);
  if (Array.isArray(v)) return `[${v.map((x) => snap(x, isBuffer, seen)).join(', ')}]`;
  if (v instanceof Promise) return 'Promise';
  const keys = Object.keys(v);
  return `{${keys.map((k) => `${k}: ${snap(v[k], isBuffer, seen)}`).join(', ')}}`;
}

// 53-bit string hash (cyrb53), for compact expectation files.
function hash(str) {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < str.length; i++) {
    const ch = str.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

module.exports = { snap, errorSnapshot, hash, hex };
