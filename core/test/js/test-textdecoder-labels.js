'use strict';
// Labels are matched case-insensitively after trimming ASCII whitespace.
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

const enc = (label) => new TextDecoder(label).encoding;
assert.strictEqual(enc(), 'utf-8');
assert.strictEqual(enc(undefined), 'utf-8');
assert.strictEqual(enc('UTF8'), 'utf-8');
assert.strictEqual(enc(' \tunicode-1-1-utf-8\n'), 'utf-8');
assert.strictEqual(enc('UCS-2'), 'utf-16le');
assert.strictEqual(enc('unicodefffe'), 'utf-16be');
assert.strictEqual(enc('latin1'), 'windows-1252');
assert.strictEqual(enc('ascii'), 'windows-1252');
assert.strictEqual(enc('ISO-8859-1'), 'windows-1252');

assert.throws(() => new TextDecoder('foo'), {
  code: 'ERR_ENCODING_NOT_SUPPORTED',
  name: 'RangeError',
  message: 'The "foo" encoding is not supported',
});
assert.throws(() => new TextDecoder('\u00a0utf-8'), { code: 'ERR_ENCODING_NOT_SUPPORTED' });
assert.throws(() => new TextDecoder('iso-2022-kr'), {
  code: 'ERR_ENCODING_NOT_SUPPORTED',
  message: 'The "replacement" encoding is not supported',
});
assert.throws(() => new TextDecoder('utf8', 1), { code: 'ERR_INVALID_ARG_TYPE' });
const td = new TextDecoder('utf8', { fatal: 1, ignoreBOM: 'yes' });
assert.strictEqual(td.fatal, true);
assert.strictEqual(td.ignoreBOM, true);
