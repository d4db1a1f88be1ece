'use strict';
// The deprecated item API: enroll / active / _unrefActive / unenroll.
const assert = require('assert');
const timers = require('timers');

const warnings = [];
process.on('warning', (w) => warnings.push([w.name, w.code]));

assert.throws(() => timers.enroll({}, -1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "msecs" is out of range. It must be a non-negative finite number. Received -1',
});
assert.throws(() => timers.enroll({}, Infinity), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => timers.enroll({}, 'x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "msecs" argument must be of type number. Received type string (\'x\')',
});

let fired = 0;
const item = {
  _onTimeout() {
    assert.strictEqual(this, item);
    fired++;
  },
};
timers.enroll(item, 10);
assert.strictEqual(item._idleTimeout, 10);
timers.active(item);
assert.deepStrictEqual(Object.keys(item),
                       ['_onTimeout', '_idleNext', '_idlePrev', '_idleTimeout',
                        '_idleStart', '_destroyed']);

// Re-arming and unenrolling.
const cancelled = { _onTimeout() { assert.fail('unenrolled item fired'); } };
timers.enroll(cancelled, 5);
timers._unrefActive(cancelled);
timers.unenroll(cancelled);
assert.strictEqual(cancelled._idleTimeout, -1);

// An unref'd item alone does not keep the process alive, but fires while
// something else does.
let unrefFired = false;
const unrefItem = { _onTimeout() { unrefFired = true; } };
timers.enroll(unrefItem, 5);
timers._unrefActive(unrefItem);

setTimeout(() => {
  assert.strictEqual(fired, 1);
  assert.strictEqual(unrefFired, true);
  // Activated again, it fires again.
  timers.active(item);
}, 50);

process.on('exit', () => {
  assert.strictEqual(fired, 2);
  assert.deepStrictEqual(warnings, [
    ['DeprecationWarning', 'DEP0095'],
    ['DeprecationWarning', 'DEP0126'],
    ['DeprecationWarning', 'DEP0127'],
    ['DeprecationWarning', 'DEP0096'],
  ]);
});
