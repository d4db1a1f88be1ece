// package.json "imports" (#specifiers) including patterns and bare targets.
console.log(require('./fixtures/imports-pkg/src/main.js'));
try {
  require('./fixtures/imports-pkg/src/dep.js');
  const Module = require('module');
  Module.createRequire(require.resolve('./fixtures/imports-pkg/src/dep.js'))('#missing');
} catch (e) {
  console.log(e.code);
}
