'use strict';
// getEntries*/clear*: entries are sorted by startTime; clearing by name.
const assert = require('./fixtures/assert');

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
