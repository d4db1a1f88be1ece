'use strict';
// process.dlopen(module, filename[, flags]) for Node-API addons.

const binding = internalBinding('addons');

function dlopen(module, filename, flags) {
  if (module === null || typeof module !== 'object') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('module', 'Object', module);
  }
  if (typeof filename !== 'string') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('filename', 'string', filename);
  }
  // `flags` is accepted for compatibility; addons always bind eagerly
  // (RTLD_NOW) so an unresolved symbol fails here rather than later.
  binding.dlopen(module, filename);
}

// Called by the buffer plugin: Node-API buffers get Buffer.prototype.
function setBufferPrototype(prototype) {
  binding.setBufferPrototype(prototype);
}

module.exports = { dlopen, setBufferPrototype };
