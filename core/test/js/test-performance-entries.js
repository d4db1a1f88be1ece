'use strict';
// getEntries*/clear*: entries are sorted by startTime; clearing by name.
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
performance.clearMeasures();
performance.mark('a', { startTime: 5 });
performance.measure('m1', { start: 7, end: 9 });
performance.mark('b', { startTime: 1 });
performance.mark('a', { startTime: 7 });
const names = (list) => list.map((e) => `${e.name}:${e.entryType}:${e.startTime}`);

assert.deepStrictEqual(names(performance.getEntries()),
                       ['b:mark:1', 'a:mark:5', 'a:mark:7', 'm1:measure:7']);
assert.deepStrictEqual(names(performance.getEntriesByName('a')), ['a:mark:5', 'a:mark:7']);
assert.deepStrictEqual(names(performance.getEntriesByName('a', 'measure')), []);
assert.deepStrictEqual(names(performance.getEntriesByType('measure')), ['m1:measure:7']);
assert.deepStrictEqual(performance.getEntriesByType('other'), []);
// measure() uses the latest mark of a name.
assert.strictEqual(performance.measure('m2', 'a').startTime, 7);

performance.clearMarks('a');
assert.deepStrictEqual(names(performance.getEntriesByType('mark')), ['b:mark:1']);
assert.throws(() => performance.measure('x', 'a'), { name: 'SyntaxError' });
performance.clearMeasures('m1');
assert.deepStrictEqual(performance.getEntriesByType('measure').map((e) => e.name), ['m2']);
performance.clearMarks();
performance.clearMeasures();
assert.deepStrictEqual(performance.getEntries(), []);
assert.throws(() => performance.getEntriesByName(), { code: 'ERR_MISSING_ARGS' });
assert.throws(() => performance.getEntriesByType(), { code: 'ERR_MISSING_ARGS' });
