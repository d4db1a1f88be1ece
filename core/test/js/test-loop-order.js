// The ordering program of DESIGN.md. The busy wait makes the 0 ms timer due
// before the loop starts, so Timer precedes Immediate on node and mosaic.
console.log('Start');
setTimeout(() => console.log('Timer'), 0);
setImmediate(() => console.log('Immediate'));
process.nextTick(() => console.log('nextTick 1'));
Promise.resolve().then(() => console.log('Promise 1'));
process.nextTick(() => console.log('nextTick 2'));
Promise.resolve().then(() => console.log('Promise 2'));
console.log('End');
const until = Date.now() + 3;
while (Date.now() < until);
