'use strict';

// The `fs/promises` builtin (the same object as require('fs').promises).

module.exports = require('./lib/promises');
