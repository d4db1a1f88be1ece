// 'name/' asks for the npm package of a builtin's name (readable-stream
// requires 'string_decoder/' and 'events/' so): node_modules, never the builtin.
const path = require('path');
const fixtures = path.join(__dirname, 'fixtures');
const requireHere = require('module').createRequire(path.join(fixtures, 'x.js'));
console.log(requireHere('events/'), typeof requireHere('events').EventEmitter);
console.log(path.relative(fixtures, requireHere.resolve('events/')));
for (const id of ['string_decoder/', 'fs/', 'node:events/']) {
  try {
    requireHere(id);
    console.log(id, 'loaded');
  } catch (e) {
    console.log(id, e.code);
  }
}
console.log(require('module').isBuiltin('events/'));
