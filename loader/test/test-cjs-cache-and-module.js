// require.cache, module fields, require.main and the wrapper arguments.
const path = require('path');
const file = require.resolve('./fixtures/node_modules/pkg-index');
const first = require(file);
console.log(first, require.cache[file].loaded, require.cache[file].id === file);
delete require.cache[file];
console.log(require(file) === first, Object.keys(require.cache).includes(file));
console.log(require.main === module, module.id, module.loaded, module.parent);
console.log(path.basename(module.filename), module.paths[0].endsWith('node_modules'));
console.log(module.children.length > 0, typeof exports, this === module.exports);
console.log(arguments.length, typeof require.resolve, typeof require.extensions['.js']);
