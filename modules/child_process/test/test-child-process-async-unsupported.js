'use strict';
// Mosaic-specific: the module's surface is node's; fork() and IPC fail with
// ERR_MOSAIC_NOT_IMPLEMENTED.
const assert = require('assert');
const cp = require('child_process');

assert.deepStrictEqual(Object.keys(cp), [
  '_forkChild', 'ChildProcess', 'exec', 'execFile', 'execFileSync', 'execSync', 'fork', 'spawn',
  'spawnSync',
]);
assert.throws(() => cp.fork('x.js'), { code: 'ERR_MOSAIC_NOT_IMPLEMENTED' });
assert.throws(() => cp.spawn('true', [], { stdio: ['pipe', 'pipe', 'pipe', 'ipc'] }), {
  code: 'ERR_MOSAIC_NOT_IMPLEMENTED',
});
