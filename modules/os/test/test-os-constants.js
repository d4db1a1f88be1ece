'use strict';
// os.constants: Linux values, read-only entries, null prototypes.
const assert = require('assert');
const os = require('os');

const { constants } = os;
assert.deepStrictEqual(Object.keys(constants), ['UV_UDP_REUSEADDR', 'dlopen', 'errno', 'signals', 'priority']);
assert.strictEqual(constants.UV_UDP_REUSEADDR, 4);
assert.strictEqual(constants.signals.SIGINT, 2);
assert.strictEqual(constants.signals.SIGKILL, 9);
assert.strictEqual(constants.signals.SIGTERM, 15);
assert.strictEqual(constants.signals.SIGIOT, constants.signals.SIGABRT);
assert.strictEqual(constants.errno.ENOENT, 2);
assert.strictEqual(constants.errno.EADDRINUSE, 98);
assert.strictEqual(constants.errno.EWOULDBLOCK, constants.errno.EAGAIN);
assert.deepStrictEqual({ ...constants.priority }, {
  PRIORITY_LOW: 19, PRIORITY_BELOW_NORMAL: 10, PRIORITY_NORMAL: 0,
  PRIORITY_ABOVE_NORMAL: -7, PRIORITY_HIGH: -14, PRIORITY_HIGHEST: -20,
});
assert.deepStrictEqual({ ...constants.dlopen }, {
  RTLD_LAZY: 1, RTLD_NOW: 2, RTLD_GLOBAL: 256, RTLD_LOCAL: 0, RTLD_DEEPBIND: 8,
});
assert.strictEqual(Object.keys(constants.signals).length, 33);
assert.strictEqual(Object.keys(constants.errno).length, 79);
for (const table of [constants, constants.signals, constants.errno, constants.priority, constants.dlopen]) {
  assert.strictEqual(Object.getPrototypeOf(table), null);
}
// Entries cannot change; os.constants cannot be replaced.
assert.throws(() => { 'use strict'; constants.signals.SIGINT = 5; }, TypeError);
assert.strictEqual(constants.signals.SIGINT, 2);
assert.throws(() => { 'use strict'; os.constants = {}; }, TypeError);
