'use strict';
// require('constants'): os's dlopen, errno, priority and signal constants and
// fs's, in one frozen ordinary object, as node's deprecated module has them.
const assert = require('assert');
const os = require('os');
const fs = require('fs');
const constants = require('constants');

assert.strictEqual(Object.getPrototypeOf(constants), Object.prototype);
assert.ok(Object.isFrozen(constants));
assert.strictEqual(require('node:constants'), constants);

for (const table of [os.constants.dlopen, os.constants.errno, os.constants.priority,
                     os.constants.signals, fs.constants]) {
  for (const [key, value] of Object.entries(table)) {
    assert.strictEqual(constants[key], value, key);
  }
}
assert.strictEqual(constants.O_RDONLY, 0);
assert.strictEqual(constants.S_IFMT, 0o170000);
assert.strictEqual(constants.SIGINT, 2);
assert.strictEqual(constants.ENOENT, 2);
assert.strictEqual(constants.RTLD_LAZY, 1);
// Insertion order as node's: dlopen first, fs after the signals.
const keys = Object.keys(constants);
assert.strictEqual(keys[0], 'RTLD_LAZY');
assert.ok(keys.indexOf('SIGSYS') < keys.indexOf('UV_FS_SYMLINK_DIR'));
