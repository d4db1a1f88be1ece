'use strict';
// watchFile/unwatchFile: the listener gets (current, previous) Stats when
// the file changes; a missing file reports zeroed stats, then its creation.
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(process.env.MOSAIC_TEST_TMPDIR || require('os').tmpdir(), 'fs-wf-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));

const file = path.join(tmp, 'polled');
let calls = 0;
const watcher = fs.watchFile(file, { interval: 20 }, function listener(curr, prev) {
  calls++;
  assert(curr instanceof fs.Stats);
  assert(prev instanceof fs.Stats);
  if (curr.size === 0 && prev.size === 0 && !curr.isFile()) return;  // missing at first
  assert(curr.isFile());
  assert.strictEqual(curr.size, 5);
  assert.strictEqual(prev.size, 0);
  assert.strictEqual(prev.mtimeMs, 0);
  fs.unwatchFile(file, listener);
  clearTimeout(failsafe);
});
assert.strictEqual(typeof watcher.ref, 'function');
watcher.on('stop', () => { calls += 100; });

setTimeout(() => fs.writeFileSync(file, 'hello'), 100);
const failsafe = setTimeout(() => assert.fail('no change within 5s'), 5000);

assert.throws(() => fs.watchFile(file), { code: 'ERR_INVALID_ARG_TYPE' });

process.on('exit', () => assert(calls > 100, `calls=${calls}`));
