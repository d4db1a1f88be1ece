// Seed: "Module System > Module Caching" (the usage part; ./singleton.js holds the module part).
// Usage
const Singleton1 = require('./singleton');
const Singleton2 = require('./singleton');

const s1 = new Singleton1();
const s2 = new Singleton2();

console.log(s1 === s2); // true (same instance)
console.log(s1.data === s2.data); // true
