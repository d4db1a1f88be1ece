'use strict';
// The `path/win32` builtin.
module.exports = require('internal/path').win32;
