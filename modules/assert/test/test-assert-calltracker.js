'use strict';
// assert.CallTracker (deprecated, DEP0173, still functional).
const assert = require('assert');

process.noDeprecation = true;
const tracker = new assert.CallTracker();
function double(x) { return x * 2; }
const tracked = tracker.calls(double, 2);
assert.strictEqual(tracked(3), 6);
assert.strictEqual(tracked.name, 'double');
assert.deepStrictEqual(tracker.getCalls(tracked), [{ thisArg: undefined, arguments: [3] }]);
const [report] = tracker.report();
assert.strictEqual(report.message,
                   'Expected the double function to be executed 2 time(s) but was executed 1 time(s).');
assert.strictEqual(report.actual, 1);
assert.strictEqual(report.expected, 2);
assert.throws(() => tracker.verify(), { code: 'ERR_ASSERTION', message: report.message });
tracked(1);
tracker.verify();
tracker.reset(tracked);
assert.strictEqual(tracker.getCalls(tracked).length, 0);
assert.throws(() => tracker.getCalls(double), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => tracker.calls(double, 0), { code: 'ERR_OUT_OF_RANGE' });
