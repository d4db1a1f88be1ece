// Bare specifiers walk node_modules upward from the requiring file.
const Module = require('module');
const path = require('path');
const req = Module.createRequire(path.join(__dirname, 'fixtures', 'index.js'));
console.log(req('pkg-main'), req('@scope/pkg'), req('pkg-index'));
console.log(req('./app/use'));
console.log(req.resolve.paths('x')[0] === path.join(__dirname, 'fixtures', 'node_modules'));
console.log(req.resolve.paths('fs'));
console.log(req.resolve.paths('./rel')[0] === path.join(__dirname, 'fixtures'));
