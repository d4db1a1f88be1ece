'use strict';
// Leaving the process from an fs callback while other requests are still
// in flight (process.exit(), an uncaught exception, a rejected promise)
// ends it at once with the right code; the runtime used to wait forever
// for completions libuv had already collected for the running callback.
const assert = require('assert');
const { spawnSync } = require('child_process');

const scenarios = [
  ['fs.stat(process.execPath, () => process.exit(3)); fs.stat(process.execPath, () => {});', 3],
  ['fs.stat(process.execPath, () => { throw new Error("boom"); }); fs.stat(process.execPath, () => {});', 1],
  ['fs.promises.stat(process.execPath).then(() => { throw new Error("boom"); }); fs.promises.stat(process.execPath);', 1],
  ['fs.readFile(process.execPath, () => process.exit(5)); for (let i = 0; i < 8; i++) fs.readFile(process.execPath, () => {});', 5],
];
for (const [code, status] of scenarios) {
  const script = `const fs = require('fs');\n${code}`;
  const child = spawnSync(process.execPath, ['-e', script], { timeout: 20000, encoding: 'utf8' });
  assert.strictEqual(child.signal, null, `timed out: ${code}`);
  assert.strictEqual(child.status, status, `${code}\n${child.stderr}`);
}
