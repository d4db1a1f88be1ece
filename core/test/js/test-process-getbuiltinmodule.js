'use strict';
// process.getBuiltinModule(id): the builtin, with or without node:, or
// undefined when there is no such builtin; the id must be a string.
const assert = require('./fixtures/assert');

assert.strictEqual(process.getBuiltinModule('module'), require('module'));
assert.strictEqual(process.getBuiltinModule('node:module'), require('module'));
assert.strictEqual(process.getBuiltinModule('process'), process);
assert.strictEqual(process.getBuiltinModule('no-such-module'), undefined);
assert.strictEqual(process.getBuiltinModule('node:no-such-module'), undefined);
// Reachable only with the prefix, as require('test') is.
assert.strictEqual(process.getBuiltinModule('test'), undefined);
assert.strictEqual(process.getBuiltinModule('./module'), undefined);
for (const bad of [1, null, undefined, {}]) {
  assert.throws(() => process.getBuiltinModule(bad), { code: 'ERR_INVALID_ARG_TYPE' });
}
console.log('ok');
