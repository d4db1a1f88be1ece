'use strict';
// The BOM is removed at the start of each stream unless ignoreBOM.
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

const withBOM = new Uint8Array([0xEF, 0xBB, 0xBF, 0x41]);
assert.strictEqual(new TextDecoder().decode(withBOM), 'A');
assert.strictEqual(new TextDecoder('utf-8', { ignoreBOM: true }).decode(withBOM), '\ufeffA');

const td = new TextDecoder();
assert.strictEqual(td.decode(withBOM, { stream: true }), 'A');
assert.strictEqual(td.decode(withBOM, { stream: true }), '\ufeffA');  // mid-stream
assert.strictEqual(td.decode(), '');
assert.strictEqual(td.decode(withBOM), 'A');  // a new stream

const split = new TextDecoder();
assert.strictEqual(split.decode(new Uint8Array([0xEF, 0xBB]), { stream: true }), '');
assert.strictEqual(split.decode(new Uint8Array([0xBF, 0x42])), 'B');

assert.strictEqual(new TextDecoder('utf-16le').decode(new Uint8Array([0xFF, 0xFE, 0x41, 0x00])), 'A');
assert.strictEqual(new TextDecoder('utf-16be').decode(new Uint8Array([0xFE, 0xFF, 0x00, 0x41])), 'A');
assert.strictEqual(new TextDecoder('latin1').decode(new Uint8Array([0xEF, 0xBB, 0xBF])), '\u00ef\u00bb\u00bf');
