'use strict';
// Internal functions that one class file lends another without exposing
// them on the public classes (filled in by readable.js and writable.js).

module.exports = {
  // (stream) -> void: what a Readable does once _construct() succeeded.
  readableConstructed: undefined,
  // (stream) -> void: the same for a Writable.
  writableConstructed: undefined,
};
