// package.json "exports": conditions, subpaths, patterns, null targets.
const Module = require('module');
const path = require('path');
const req = Module.createRequire(path.join(__dirname, 'fixtures', 'index.js'));
console.log(req('pkg-exports'));
console.log(req('pkg-exports/feature'));
console.log(req('pkg-exports/feat/a'));
console.log(req('pkg-exports/conditional'));
console.log(req('pkg-exports/package.json').name);
for (const spec of ['pkg-exports/src/hidden.js', 'pkg-exports/feat/private/x', 'pkg-exports/nope']) {
  try {
    req(spec);
  } catch (e) {
    console.log(e.code, e.message.split(' in ')[0]);
  }
}
// A pattern whose target file is missing: node's error names the file and
// the package.json that led to it.
try {
  req('pkg-exports/feat/missing');
} catch (e) {
  console.log(e.code, path.relative(__dirname, e.message.slice(20, -1)),
              path.relative(__dirname, e.path), Object.keys(e));
}
console.log(req('self-ref'));
