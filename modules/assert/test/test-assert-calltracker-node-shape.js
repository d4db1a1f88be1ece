'use strict';
// CallTracker as node's: getCalls() is a frozen snapshot of frozen records
// with frozen argument lists, and calls() refuses to track during exit.
// assert.ok(false) leaves no enumerable prepareStackTrace on Error.
const assert = require('assert');

const tracker = new assert.CallTracker();
const fn = tracker.calls(2);
fn(1, 2);
const calls = tracker.getCalls(fn);
assert.ok(Object.isFrozen(calls));
assert.ok(Object.isFrozen(calls[0]));
assert.ok(Object.isFrozen(calls[0].arguments));
assert.deepStrictEqual(calls[0].arguments, [1, 2]);
assert.throws(() => calls.push(1), TypeError);

assert.throws(() => assert.ok(false), { code: 'ERR_ASSERTION' });
assert.deepStrictEqual(Object.keys(Error), ['stackTraceLimit']);

let code;
process.on('exit', () => {
  try {
    tracker.calls(() => {}, 1);
  } catch (err) {
    code = err.code;
  }
  assert.strictEqual(code, 'ERR_UNAVAILABLE_DURING_EXIT');
});
