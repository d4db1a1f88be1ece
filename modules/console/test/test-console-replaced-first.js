'use strict';
// Even when the global console is replaced before anything used it,
// require('console') is a working runtime console (not the replacement).
const replacement = { replaced: true };
globalThis.console = replacement;

const assert = require('assert');
const mod = require('console');
assert.notStrictEqual(mod, replacement);
assert.strictEqual(typeof mod.log, 'function');
assert.strictEqual(typeof mod.Console, 'function');
assert.strictEqual(require('console'), mod);
