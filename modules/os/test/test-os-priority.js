'use strict';
// os.getPriority / setPriority validation and SystemError for a missing
// process.
const assert = require('assert');
const os = require('os');

const current = os.getPriority();
assert.strictEqual(typeof current, 'number');
assert.strictEqual(os.getPriority(process.pid), current);
os.setPriority(current);  // Unchanged; always permitted.

assert.throws(() => os.setPriority('x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "priority" argument must be of type number. Received type string (\'x\')',
});
assert.throws(() => os.setPriority(0, 20), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "priority" is out of range. It must be >= -20 && <= 19. Received 20',
});
assert.throws(() => os.getPriority(1.5), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "pid" is out of range. It must be an integer. Received 1.5',
});
// No such process (pids are below 2^22 on Linux).
assert.throws(() => os.getPriority(2 ** 30), (err) => {
  assert.strictEqual(err.name, 'SystemError');
  assert.strictEqual(err.code, 'ERR_SYSTEM_ERROR');
  assert.strictEqual(err.message, 'A system error occurred: uv_os_getpriority returned ESRCH (no such process)');
  assert.deepStrictEqual(err.info, { errno: -3, code: 'ESRCH', message: 'no such process', syscall: 'uv_os_getpriority' });
  assert.strictEqual(err.errno, -3);
  assert.strictEqual(err.syscall, 'uv_os_getpriority');
  return true;
});
