'use strict';
// Legacy alias: require('_stream_writable') is stream.Writable. It loads the
// Writable alone (the core's process.stdout and process.stderr use it), not
// the whole stream module.

module.exports = require('./lib/writable');
