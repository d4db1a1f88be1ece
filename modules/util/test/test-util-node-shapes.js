// Small shapes node users see through util.inspect: util.inspect's own keys,
// function names, the timers' promisify hooks. Output recorded from node.
const util = require('util');
console.log(Object.keys(util.inspect));
console.log(process.hrtime.bigint.name);
console.log(util.inspect(require('events').listenerCount));
console.log(util.inspect(setTimeout));
console.log(util.inspect(setImmediate));
const descriptor = Object.getOwnPropertyDescriptor(setTimeout, util.promisify.custom);
console.log(descriptor.enumerable, descriptor.configurable, typeof descriptor.get);
