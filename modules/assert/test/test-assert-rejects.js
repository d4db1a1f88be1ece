'use strict';
// assert.rejects / doesNotReject.
const assert = require('assert');

(async () => {
  await assert.rejects(Promise.reject(new Error('x')), /x/);
  await assert.rejects(async () => { throw new TypeError('y'); }, TypeError);
  await assert.doesNotReject(Promise.resolve(1));
  await assert.rejects(assert.rejects(Promise.resolve()), {
    message: 'Missing expected rejection.', operator: 'rejects',
  });
  await assert.rejects(assert.rejects(async () => {}, TypeError), {
    message: 'Missing expected rejection (TypeError).',
  });
  await assert.rejects(assert.rejects(1), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "promiseFn" argument must be of type function or an instance of Promise. Received type number (1)',
  });
  await assert.rejects(assert.rejects(() => 1), {
    code: 'ERR_INVALID_RETURN_VALUE',
  });
  await assert.rejects(assert.doesNotReject(Promise.reject(new Error('z'))), {
    message: 'Got unwanted rejection.\nActual message: "z"', operator: 'doesNotReject',
  });
  process.exitCode = 0;
})().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
process.exitCode = 1;  // Cleared when the checks above complete.
