// Seed: "Memory Management > Heap Structure and Management > Memory Regions".
// Memory figures vary per run, so the printed object is captured and checked
// for its shape; potentialMemoryLeak() is not called (it never ends).
const assert = require('assert');
const printed = [];
const log = console.log;
console.log = (...args) => printed.push(args);

// Memory monitoring
const process = require('process');

function getMemoryUsage() {
    const usage = process.memoryUsage();
    
    console.log({
        rss: `${Math.round(usage.rss / 1024 / 1024)} MB`,      // Resident Set Size
        heapTotal: `${Math.round(usage.heapTotal / 1024 / 1024)} MB`,
        heapUsed: `${Math.round(usage.heapUsed / 1024 / 1024)} MB`,
        external: `${Math.round(usage.external / 1024 / 1024)} MB`
    });
}

// Memory leak detection
function potentialMemoryLeak() {
    const leaks = [];
    
    setInterval(() => {
        // This creates a memory leak
        leaks.push(new Array(1000000).fill('leak'));
        getMemoryUsage();
    }, 1000);
}

// Buffer management
const buffer1 = Buffer.alloc(1024);        // Initialized with zeros
const buffer2 = Buffer.allocUnsafe(1024);  // Uninitialized (faster)
const buffer3 = Buffer.from('hello');      // From string

// Completion and checks.
getMemoryUsage();
console.log = log;
assert.strictEqual(process, globalThis.process);
assert.strictEqual(printed.length, 1);
const [report] = printed[0];
assert.deepStrictEqual(Object.keys(report), ['rss', 'heapTotal', 'heapUsed', 'external']);
for (const value of Object.values(report)) assert.match(value, /^\d+ MB$/);
assert.ok(parseInt(report.rss) > 0 && parseInt(report.heapTotal) >= parseInt(report.heapUsed));
console.log(Object.keys(report).join(' '));
console.log(buffer1.length, buffer1.every((b) => b === 0), buffer2.length, buffer3.toString(), buffer3);
