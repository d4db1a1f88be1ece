// Module._extensions / _resolveFilename / _load can be patched like tools do.
const Module = require('module');
const path = require('path');
Module._extensions['.txt'] = (module, filename) => {
  module.exports = `text of ${path.basename(filename)}`;
};
const origResolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (request === 'virtual:data') return path.join(__dirname, 'fixtures', 'data.json');
  return origResolve.call(this, request, ...rest);
};
console.log(require('virtual:data').b.c);
const origLoad = Module._load;
Module._load = function (request, ...rest) {
  if (request === 'intercepted') return 'from _load hook';
  return origLoad.call(this, request, ...rest);
};
console.log(require('intercepted'));
Module._load = origLoad;
Module._resolveFilename = origResolve;
console.log(Module.wrap('x').startsWith('(function (exports, require, module, __filename, __dirname) { '));
