'use strict';
// process.noDeprecation silences util.deprecate.
const assert = require('assert');
const util = require('util');

process.noDeprecation = true;
let warned = false;
process.on('warning', (w) => { if (w.name === 'DeprecationWarning') warned = true; });
assert.strictEqual(util.deprecate(() => 5, 'quiet', 'DEP_TEST_Q')(), 5);
setImmediate(() => assert.strictEqual(warned, false));
