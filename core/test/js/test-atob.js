'use strict';
// atob(): forgiving-base64 decode.
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

assert.strictEqual(atob(''), '');
assert.strictEqual(atob('aGVsbG8='), 'hello');
assert.strictEqual(atob('aGVsbG8'), 'hello');
assert.strictEqual(atob(' aG Vs\tbG8=\n'), 'hello');
assert.strictEqual(atob('YR=='), 'a');  // non-zero trailing bits are ignored
assert.strictEqual(atob('ab= ='), 'i');
assert.strictEqual(atob('////'), '\u00ff\u00ff\u00ff');
assert.strictEqual(atob(null), '\u009e\u00e9e');

const invalidChar = { name: 'InvalidCharacterError', code: 5, message: 'Invalid character' };
for (const input of ['ab!c', 'ab=c', 'a===', '=', 'abcd=', '\u00a0abcd', 'ab\u0100c', 'abc\v']) {
  assert.throws(() => atob(input), invalidChar);
}
const badLength = {
  name: 'InvalidCharacterError',
  code: 5,
  message: 'The string to be decoded is not correctly encoded.',
};
for (const input of ['a', 'abcde', undefined]) {
  assert.throws(() => atob(input), badLength);
}
try {
  atob('!');
} catch (err) {
  assert.ok(err instanceof DOMException);
}
assert.throws(() => atob(), {
  code: 'ERR_MISSING_ARGS',
  message: 'The "input" argument must be specified',
});
