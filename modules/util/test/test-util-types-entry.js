'use strict';
// require('util/types') is util.types.
const assert = require('assert');
const util = require('util');

assert.strictEqual(require('util/types'), util.types);
assert.strictEqual(util.types.isPromise(Promise.resolve()), true);
assert.strictEqual(util.types.isRegExp(/x/), true);
