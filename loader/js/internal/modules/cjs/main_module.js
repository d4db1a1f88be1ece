'use strict';
// Holds require.main so modules created before the main one see it too.

let mainModule;

module.exports = {
  set(module) { mainModule = module; },
  get() { return mainModule; },
};
