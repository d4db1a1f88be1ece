'use strict';

// The deprecated `punycode` builtin: Punycode.js (the npm package the core
// embeds). Node 20 deprecates it in the documentation only; the DEP0040
// warning is emitted, once, with --pending-deprecation.

const { pendingDeprecation } = require('internal/options');

if (pendingDeprecation()) {
  process.emitWarning(
    'The `punycode` module is deprecated. Please use a userland alternative instead.',
    'DeprecationWarning', 'DEP0040');
}

// A module object of its own: the core's URL code uses the embedded one,
// which user code must not be able to patch through this module.
const punycode = require('internal/deps/punycode/punycode');

module.exports = {
  version: punycode.version,
  ucs2: {
    decode: punycode.ucs2.decode,
    encode: punycode.ucs2.encode,
  },
  decode: punycode.decode,
  encode: punycode.encode,
  toASCII: punycode.toASCII,
  toUnicode: punycode.toUnicode,
};
