'use strict';
// performance.mark(): entries, options, detail cloning and validation.
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

performance.clearMarks();
const detail = { x: [1, 2] };
const m = performance.mark('a', { startTime: 5, detail });
assert.ok(m instanceof PerformanceMark);
assert.ok(m instanceof PerformanceEntry);
assert.strictEqual(m.name, 'a');
assert.strictEqual(m.entryType, 'mark');
assert.strictEqual(m.startTime, 5);
assert.strictEqual(m.duration, 0);
assert.deepStrictEqual(m.detail, detail);
assert.ok(m.detail !== detail);  // structured-cloned
assert.strictEqual(m.detail, m.detail);
assert.deepStrictEqual(m.toJSON(),
                       { name: 'a', entryType: 'mark', startTime: 5, duration: 0, detail });

const now = performance.mark('b');
assert.ok(now.startTime > 0);
assert.strictEqual(now.detail, null);
assert.deepStrictEqual(performance.getEntriesByType('mark').map((e) => e.name), ['a', 'b']);

// new PerformanceMark() does not add to the buffer.
new PerformanceMark('c');
assert.strictEqual(performance.getEntriesByName('c').length, 0);

assert.throws(() => performance.mark(), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => performance.mark('x', { startTime: -1 }), {
  code: 'ERR_PERFORMANCE_INVALID_TIMESTAMP',
  message: '-1 is not a valid timestamp',
});
assert.throws(() => performance.mark('x', 1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => performance.mark('nodeStart'), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => performance.mark('x', { detail: () => {} }), { name: 'DataCloneError' });
assert.throws(() => new PerformanceEntry(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });
