'use strict';
// btoa(): Latin-1 strings only.
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

assert.strictEqual(btoa(''), '');
assert.strictEqual(btoa('a'), 'YQ==');
assert.strictEqual(btoa('ab'), 'YWI=');
assert.strictEqual(btoa('abc'), 'YWJj');
assert.strictEqual(btoa('\u00ff\u0000'), '/wA=');
assert.strictEqual(btoa(null), 'bnVsbA==');
assert.strictEqual(btoa(123), 'MTIz');
let all = '';
for (let i = 0; i < 256; i++) all += String.fromCharCode(i);
assert.strictEqual(atob(btoa(all)), all);
for (const input of ['\u0100', 'a\u0100', '\ud800']) {
  assert.throws(() => btoa(input), {
    name: 'InvalidCharacterError',
    code: 5,
    message: 'Invalid character',
  });
}
assert.throws(() => btoa(), { code: 'ERR_MISSING_ARGS' });
