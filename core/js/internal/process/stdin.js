'use strict';
// process.stdin needs the stream plugin (a Readable over fd 0).

function createStdin() {
  const { codes } = require('internal/errors');
  throw new codes.ERR_MOSAIC_NOT_IMPLEMENTED('process.stdin (it arrives with the stream plugin)');
}

module.exports = { createStdin };
