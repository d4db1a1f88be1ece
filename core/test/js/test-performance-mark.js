'use strict';
// performance.mark(): entries, options, detail cloning and validation.
const assert = require('./fixtures/assert');

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
