// A cyclic require sees the partial exports of the module being loaded.
const a = require('./fixtures/cycle/a');
console.log(a.early, '|', a.fromB, '|', a.late);
