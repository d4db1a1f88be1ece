// Seed: "Module System > ES Modules (ESM)" (app.mjs; imports ./math.mjs beside it).
// app.mjs
import Calculator, { add, PI } from './math.mjs';
import * as math from './math.mjs';

console.log(PI);
console.log(add(5, 3));

const calc = new Calculator();

// Check: the namespace and the default export are the module's bindings.
console.log(Object.keys(math), math.default === Calculator, calc.history, calc.calculate('add', 1, 2));
