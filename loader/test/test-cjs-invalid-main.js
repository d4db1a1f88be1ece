// A package whose "main" names no file but which has an index.js loads the
// index with node's DEP0128 warning. Output recorded from node.
console.log(require('./fixtures/node_modules/bad-main'));
console.log(require('./fixtures/node_modules/bad-main'));
