// Builtin names: node: prefixes, bare names win over node_modules, lists.
const Module = require('module');
console.log(Module.builtinModules.includes('fs'), Module.builtinModules.includes('node:fs'));
console.log(Module.isBuiltin('node:path'), Module.isBuiltin('path'), Module.isBuiltin('nope'));
console.log(require.resolve('node:path'), require.resolve('path'));
console.log(require('module') === Module, typeof Module._load, typeof Module._resolveFilename);
try {
  require('node:not-a-builtin');
} catch (e) {
  console.log(e.code);
}
