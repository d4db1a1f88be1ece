'use strict';
// Value-like os functions convert to their result (`${os.hostname}`).
const assert = require('assert');
const os = require('os');

for (const fn of ['arch', 'availableParallelism', 'endianness', 'freemem', 'homedir', 'hostname',
  'platform', 'release', 'tmpdir', 'totalmem', 'type', 'uptime', 'version', 'machine']) {
  assert.strictEqual(typeof os[fn][Symbol.toPrimitive], 'function', fn);
}
for (const fn of ['cpus', 'getPriority', 'loadavg', 'networkInterfaces', 'setPriority', 'userInfo']) {
  assert.strictEqual(os[fn][Symbol.toPrimitive], undefined, fn);
}
assert.strictEqual(`${os.hostname}`, os.hostname());
assert.strictEqual(`${os.platform}`, process.platform);
assert.strictEqual(+os.totalmem, os.totalmem());
