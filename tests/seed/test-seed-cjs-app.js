// Seed: "Module System > CommonJS Module System" (app.js; loads ./math.js beside it).
// app.js - Module consumption
const math = require('./math');
const { add, Calculator } = require('./math');

console.log(math.PI);
console.log(math.add(5, 3));

const calc = new Calculator();
console.log(calc.calculate('add', 10, 20));
