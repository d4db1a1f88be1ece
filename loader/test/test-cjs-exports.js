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
console.log(req('self-ref'));
