// Seed: "Performance Optimization > Profiling and Monitoring".
// Completion: the `@timed` decorator is not valid syntax in Node (see
// test-seed-perf-decorator-syntax.js), so it is applied the way a decorator
// desugars: timed(prototype, name, descriptor). Durations vary, so printed
// lines are captured and checked at exit.
const assert = require('assert');
const lines = [];
const log = console.log;
console.log = (...args) => lines.push(args.join(' '));

// Performance monitoring
const performanceHooks = require('perf_hooks');

// Performance observer
const obs = new performanceHooks.PerformanceObserver((list) => {
    const entries = list.getEntries();
    entries.forEach((entry) => {
        console.log(`${entry.name}: ${entry.duration}ms`);
    });
});

obs.observe({ entryTypes: ['measure', 'mark'] });

// Mark performance points
performanceHooks.performance.mark('start-operation');

// Simulate some work
setTimeout(() => {
    performanceHooks.performance.mark('end-operation');
    performanceHooks.performance.measure(
        'operation-duration',
        'start-operation',
        'end-operation'
    );
}, 1000);

// Function timing decorator
function timed(target, propertyKey, descriptor) {
    const originalMethod = descriptor.value;
    
    descriptor.value = function(...args) {
        const start = process.hrtime.bigint();
        const result = originalMethod.apply(this, args);
        const end = process.hrtime.bigint();
        
        console.log(`${propertyKey} took ${Number(end - start) / 1000000}ms`);
        return result;
    };
    
    return descriptor;
}

class DataProcessor {
    // @timed  (applied below)
    processData(data) {
        // CPU intensive operation
        return data.map(item => item * 2);
    }
}
Object.defineProperty(DataProcessor.prototype, 'processData',
    timed(DataProcessor.prototype, 'processData',
          Object.getOwnPropertyDescriptor(DataProcessor.prototype, 'processData')));

const doubled = new DataProcessor().processData([1, 2, 3]);

process.on('exit', () => {
    // Lines: the timed call (synchronous), then one per entry; Node delivers
    // the second batch sorted by startTime, so the measure (which starts at
    // 'start-operation') comes before the 'end-operation' mark.
    const ms = (line) => Number(line.slice(line.lastIndexOf(' ') + 1, -2));
    assert.strictEqual(lines.length, 4, lines.join('\n'));
    assert.match(lines[0], /^processData took \d+(\.\d+)?(e-\d+)?ms$/);
    assert.deepStrictEqual(lines.slice(1).map((l) => l.split(':')[0]),
        ['start-operation', 'operation-duration', 'end-operation']);
    assert.strictEqual(ms(lines[1]), 0);
    assert.ok(ms(lines[2]) >= 999 && ms(lines[2]) < 10000, lines[2]);
    assert.strictEqual(ms(lines[3]), 0);
    log(doubled, lines.map((l) => l.replace(/[\d.e-]+ms$/, 'Nms')));
});
