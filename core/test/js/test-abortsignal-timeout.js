'use strict';
// AbortSignal.timeout(ms) aborts with a TimeoutError DOMException, and its
// timer does not keep the process alive by itself.
const assert = require('./fixtures/assert');

assert.throws(() => AbortSignal.timeout(), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => AbortSignal.timeout(-1), {
  code: 'ERR_OUT_OF_RANGE',
  name: 'RangeError',
  message: 'The value of "delay" is out of range. It must be >= 0 && <= 4294967295. ' +
           'Received -1',
});
assert.throws(() => AbortSignal.timeout(1.5), { code: 'ERR_OUT_OF_RANGE' });

const signal = AbortSignal.timeout(10);
assert.strictEqual(signal.aborted, false);
let fired = false;
signal.addEventListener('abort', () => {
  fired = true;
  assert.strictEqual(signal.reason.name, 'TimeoutError');
  assert.strictEqual(signal.reason.message, 'The operation was aborted due to timeout');
  assert.strictEqual(signal.reason.code, 23);
  assert.ok(signal.reason instanceof DOMException);
});
// Keep the loop alive long enough (the signal's own timer is unref'd).
setTimeout(() => assert.strictEqual(fired, true), 100);

// An unref'd timeout alone lets the process exit: this long one must not
// hold the test open.
AbortSignal.timeout(600000).addEventListener('abort', () => {
  throw new Error('must not fire');
});
