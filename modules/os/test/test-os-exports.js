'use strict';
// The os module's surface, in Node 20's order.
const assert = require('assert');
const os = require('os');

assert.deepStrictEqual(Object.keys(os), [
  'arch', 'availableParallelism', 'cpus', 'endianness', 'freemem', 'getPriority', 'homedir',
  'hostname', 'loadavg', 'networkInterfaces', 'platform', 'release', 'setPriority', 'tmpdir',
  'totalmem', 'type', 'userInfo', 'uptime', 'version', 'machine', 'constants', 'EOL', 'devNull',
]);
assert.strictEqual(os.hostname.name, 'wrappedFn');
assert.strictEqual(os.freemem.name, 'getFreeMem');
assert.strictEqual(os.setPriority.length, 2);
