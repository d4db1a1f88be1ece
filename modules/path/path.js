'use strict';
// The `path` builtin. Its implementation lives in core (internal/path)
// because the module loader needs it before any plugin loads.
module.exports = require('internal/path');
