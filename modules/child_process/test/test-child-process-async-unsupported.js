'use strict';
// Mosaic-specific: the module's surface is node's; the asynchronous API
// fails with ERR_MOSAIC_NOT_IMPLEMENTED.
const assert = require('assert');
const cp = require('child_process');

assert.deepStrictEqual(Object.keys(cp), [
  '_forkChild', 'ChildProcess', 'exec', 'execFile', 'execFileSync', 'execSync', 'fork', 'spawn',
  'spawnSync',
]);
for (const name of ['spawn', 'exec', 'execFile', 'fork']) {
  assert.throws(() => cp[name]('true'), { code: 'ERR_MOSAIC_NOT_IMPLEMENTED' }, name);
}
