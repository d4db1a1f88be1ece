// Seed: "Event Loop Deep Dive > Process.nextTick() and Promises".
// The seed's expected output puts 'Timer' before 'Immediate'; from the main
// module that pair is unordered in Node itself, so the check below records the
// lines and accepts the pair in either order. Everything else is exact.
const assert = require('assert');
const lines = [];
const log = console.log;
console.log = (...args) => { lines.push(args.join(' ')); log(...args); };
process.on('exit', () => {
    assert.deepStrictEqual(lines.slice(0, 6),
        ['Start', 'End', 'nextTick 1', 'nextTick 2', 'Promise 1', 'Promise 2']);
    assert.deepStrictEqual(lines.slice(6).sort(), ['Immediate', 'Timer']);
});

// Execution order demonstration
console.log('Start');

setTimeout(() => console.log('Timer'), 0);
setImmediate(() => console.log('Immediate'));

process.nextTick(() => console.log('nextTick 1'));
Promise.resolve().then(() => console.log('Promise 1'));

process.nextTick(() => console.log('nextTick 2'));
Promise.resolve().then(() => console.log('Promise 2'));

console.log('End');

// Output:
// Start
// End
// nextTick 1
// nextTick 2
// Promise 1
// Promise 2
// Timer
// Immediate
