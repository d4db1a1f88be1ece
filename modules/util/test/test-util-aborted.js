'use strict';
// util.aborted resolves with the abort event; argument errors reject.
const assert = require('assert');
const util = require('util');

(async () => {
  const ac = new AbortController();
  const p = util.aborted(ac.signal, {});
  ac.abort();
  const event = await p;
  assert.strictEqual(event.type, 'abort');
  assert.strictEqual(await util.aborted(AbortSignal.abort(), {}), undefined);
  await assert.rejects(util.aborted(1, {}), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "signal" argument must be an instance of AbortSignal. Received type number (1)',
  });
  await assert.rejects(util.aborted(new AbortController().signal, 1), {
    message: 'The "resource" argument must be of type object. Received type number (1)',
  });
  process.exitCode = 0;
})();
process.exitCode = 1;  // Cleared when the checks above complete.
