// Seed: "Performance Optimization > Profiling and Monitoring", exactly as written.
// Its `@timed` decorator is not JavaScript that Node 20 parses: the program
// must fail with a SyntaxError before running (see the .err/.status files).
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
    @timed
    processData(data) {
        // CPU intensive operation
        return data.map(item => item * 2);
    }
}
