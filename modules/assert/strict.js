'use strict';

// The `assert/strict` module: assert.strict, the strict-mode assert.
module.exports = require('./assert').strict;
