'use strict';
// Node-API cleanup hooks run at teardown, in reverse order of registration;
// removed hooks do not run; async hooks may finish asynchronously.
const assert = require('assert');
const common = require('../common');

if (process.argv[2] === 'child') {
  common.load('cleanup_hooks').install();
  process.on('exit', () => { console.log('exit event'); });
  console.log('main done');
  return;
}

let childProcess;
try {
  childProcess = require('child_process');
} catch {
  console.log('cleanup_hooks: skipped (no child_process)');
  return;
}
const child = childProcess.spawnSync(process.execPath,
                                     [...process.execArgv, __filename, 'child'],
                                     { encoding: 'utf8' });
assert.strictEqual(child.status, 0, child.stderr);
const lines = child.stdout.trim().split('\n');
// Fixed order up to the async hook's start; its completion may come before
// or after hook A (node lets the other hooks run meanwhile).
assert.deepStrictEqual(lines.slice(0, 5),
                       ['main done', 'exit event', 'hook D', 'hook B', 'async hook start']);
assert.deepStrictEqual(lines.slice(5).sort(), ['async hook done', 'hook A']);
assert.ok(!child.stdout.includes('removed'));
console.log('cleanup_hooks: ok');
