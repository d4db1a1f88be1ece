'use strict';
// Reads a program's source file as text, for diagnostics that quote source
// (assert.ok's message). Plugins use this instead of depending on fs.

const { readFileUtf8 } = internalBinding('loader');

// The file's text, or undefined when it cannot be read.
function readSourceText(filename) {
  try {
    return readFileUtf8(filename);
  } catch {
    return undefined;
  }
}

module.exports = { readSourceText };
