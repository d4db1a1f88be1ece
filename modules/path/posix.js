'use strict';
// The `path/posix` builtin.
module.exports = require('internal/path').posix;
