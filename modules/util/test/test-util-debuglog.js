'use strict';
// util.debuglog: NODE_DEBUG sections (wildcards, case-insensitive) print
// 'SECTION pid: message' to stderr; others are no-ops.
const assert = require('assert');
const util = require('util');

if (process.argv[2] === 'child') {
  const names = ['foo', 'fooz', 'bar', 'other'];
  process.stdout.write(`${names.map((n) => util.debuglog(n).enabled).join(',')}\n`);
  util.debuglog('foo')('hello %s %d', 'w', 42);
  util.debuglog('other')('never printed');
  return;
}

let spawnSync;
try {
  ({ spawnSync } = require('child_process'));
} catch {
  // A runtime composed without child_process: nothing to run the child with.
  console.log('1..0 # Skipped: needs child_process');
  return;
}
const r = spawnSync(process.execPath, [__filename, 'child'], {
  env: { ...process.env, NODE_DEBUG: 'foo*,BAR' }, encoding: 'utf8',
});
assert.strictEqual(r.status, 0, r.stderr);
assert.strictEqual(r.stdout, 'true,true,true,false\n');
assert.strictEqual(r.stderr, `FOO ${r.pid}: hello w 42\n`);

const log = util.debuglog('surely-not-enabled-section');
assert.strictEqual(log.enabled, false);
assert.strictEqual(log.name, 'logger');
