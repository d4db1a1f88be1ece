'use strict';
// Internal functions that one class file lends another without exposing
// them on the public classes (filled in by readable.js, writable.js and
// duplex.js).

const hooks = module.exports = {
  // (stream) -> void: what a Readable does once _construct() succeeded.
  readableConstructed: undefined,
  // (stream) -> void: the same for a Writable.
  writableConstructed: undefined,
  // The Duplex class once duplex.js is loaded: before that no Duplex can
  // exist, and a lone Writable (process.stdout) need not load it.
  Duplex: undefined,
  // stream instanceof Duplex, without loading duplex.js.
  isDuplexInstance(stream) {
    return hooks.Duplex !== undefined && stream instanceof hooks.Duplex;
  },
};
