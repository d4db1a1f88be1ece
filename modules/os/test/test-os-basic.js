'use strict';
// Simple os values have the right types and shapes.
const assert = require('assert');
const os = require('os');

assert.strictEqual(os.EOL, '\n');
assert.strictEqual(os.devNull, '/dev/null');
assert.strictEqual(os.platform(), process.platform);
assert.strictEqual(os.arch(), process.arch);
assert.ok(['LE', 'BE'].includes(os.endianness()));
assert.strictEqual(os.type(), 'Linux');
for (const fn of ['hostname', 'homedir', 'release', 'version', 'machine', 'tmpdir']) {
  assert.strictEqual(typeof os[fn](), 'string', fn);
  assert.ok(os[fn]().length > 0, fn);
}
for (const fn of ['totalmem', 'freemem', 'uptime', 'availableParallelism']) {
  assert.strictEqual(typeof os[fn](), 'number', fn);
  assert.ok(os[fn]() > 0, fn);
}
assert.ok(os.freemem() <= os.totalmem());
assert.ok(Number.isInteger(os.availableParallelism()));
