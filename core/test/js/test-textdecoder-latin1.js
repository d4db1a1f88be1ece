'use strict';
// windows-1252 (latin1/ascii labels) outside 0x80-0x9F is ISO-8859-1.
// (Bytes 0x80-0x9F differ between Node 20's non-streaming decoder and the
// WHATWG table, so they are not checked here.)
// assert from the assert plugin; on a bare core (no plugins) the small
// subset these tests use.
const assert = (() => {
  try {
    return require('assert');
  } catch {
    // Fall through to the local subset.
  }
  const show = (v) => {
    try { return typeof v === 'string' ? JSON.stringify(v) : String(JSON.stringify(v) ?? v); } catch { return String(v); }
  };
  const fail = (message) => { throw new Error(`AssertionError: ${message}`); };
  const same = (a, b) => {
    if (Object.is(a, b)) return true;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null ||
        Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => same(a[k], b[k]));
  };
  return {
    ok: (value, message) => value || fail(message || `${show(value)} is not truthy`),
    strictEqual: (a, b, message) => Object.is(a, b) || fail(message || `${show(a)} !== ${show(b)}`),
    deepStrictEqual: (a, b, message) => same(a, b) || fail(message || `${show(a)} !== ${show(b)}`),
    throws(fn, expected = {}) {
      try {
        fn();
      } catch (err) {
        for (const key of Object.keys(expected)) {
          if (!same(err[key], expected[key])) fail(`error.${key}: ${show(err[key])} !== ${show(expected[key])}`);
        }
        return;
      }
      fail('Missing expected exception.');
    },
  };
})();

const td = new TextDecoder('latin1');
const bytes = [];
for (let i = 0; i < 256; i++) if (i < 0x80 || i > 0x9F) bytes.push(i);
const s = td.decode(new Uint8Array(bytes));
assert.strictEqual(s.length, bytes.length);
for (let i = 0; i < bytes.length; i++) assert.strictEqual(s.charCodeAt(i), bytes[i]);
// Streaming mode uses the WHATWG table in both Node 20 and Mosaic.
assert.strictEqual(new TextDecoder('windows-1252').decode(new Uint8Array([0x80]), { stream: true }),
                   '\u20ac');
