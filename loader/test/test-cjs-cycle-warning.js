// Reading a property the partial exports of a module in a require cycle do
// not have warns (node's "inside circular dependency" warning); inherited
// members and __esModule do not, and the exports' prototype is back to
// Object.prototype once the module has loaded. Output recorded from node.
const a = require('./fixtures/cycle-warning/a');
console.log(require('./fixtures/cycle-warning/b'));
console.log(a.late, Object.getPrototypeOf(a) === Object.prototype);
