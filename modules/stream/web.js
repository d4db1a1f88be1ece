'use strict';
// require('stream/web'): the core's WHATWG streams (also globals).
// CompressionStream / DecompressionStream need zlib, which Mosaic does not
// have yet.

module.exports = { ...require('internal/webstreams') };
