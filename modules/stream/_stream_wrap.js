'use strict';
// Legacy alias: require('_stream_wrap') is node's JSStreamSocket (a
// net.Socket over a JS stream), which Mosaic does not have.

const {
  codes: { ERR_MOSAIC_NOT_IMPLEMENTED },
} = require('internal/errors');

process.emitWarning('The _stream_wrap module is deprecated.', 'DeprecationWarning', 'DEP0125');

module.exports = function JSStreamSocket() {
  throw new ERR_MOSAIC_NOT_IMPLEMENTED('_stream_wrap (JSStreamSocket)');
};
