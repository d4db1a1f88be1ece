// Relative, extension/index probing, node_modules lookup, package main.
const path = require('path');
const rel = (p) => path.relative(__dirname, p);
console.log(require('./fixtures/node_modules/pkg-main'));
console.log(require('pkg-main'.replace('pkg-main', './fixtures/app/use')));
console.log(require('./fixtures/node_modules/pkg-index'));
console.log(rel(require.resolve('./fixtures/data')));
console.log(rel(require.resolve('./fixtures/with-ext.cjs')));
console.log(require('./fixtures/with-ext.cjs'));
console.log(require('./fixtures/shebang'));
console.log(JSON.stringify(require('./fixtures/data.json')));
console.log(require('./fixtures/data') === require('./fixtures/data.json'));
