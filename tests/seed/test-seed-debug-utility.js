// Seed: "Debugging & Profiling > Debugging Techniques" (debug() and Profiler).
// Completion: DEBUG is set so one namespace prints, and expensiveOperation()
// is called. Timestamps, durations and memory deltas vary, so printed lines
// are captured and checked. ErrorTracker is in test-seed-error-tracker.js.
const assert = require('assert');
process.env.DEBUG = 'app:database';
const printed = [];
const log = console.log;
console.log = (...args) => printed.push(args);

// Built-in debugging
const util = require('util');

// Custom debug utility
function debug(namespace) {
    const enabled = process.env.DEBUG && process.env.DEBUG.includes(namespace);
    
    return function(...args) {
        if (enabled) {
            const timestamp = new Date().toISOString();
            console.log(`[${timestamp}] ${namespace}:`, ...args);
        }
    };
}

const dbDebug = debug('app:database');
const httpDebug = debug('app:http');

// Usage
dbDebug('Connecting to database');
httpDebug('Incoming request:', { method: 'GET', url: '/api/users' });

// Performance profiling
class Profiler {
    constructor() {
        this.profiles = new Map();
    }
    
    start(name) {
        this.profiles.set(name, {
            startTime: process.hrtime.bigint(),
            startMemory: process.memoryUsage()
        });
    }
    
    end(name) {
        const profile = this.profiles.get(name);
        if (!profile) {
            throw new Error(`No profile found for: ${name}`);
        }
        
        const endTime = process.hrtime.bigint();
        const endMemory = process.memoryUsage();
        
        const result = {
            name,
            duration: Number(endTime - profile.startTime) / 1000000, // Convert to ms
            memoryDelta: {
                rss: endMemory.rss - profile.startMemory.rss,
                heapTotal: endMemory.heapTotal - profile.startMemory.heapTotal,
                heapUsed: endMemory.heapUsed - profile.startMemory.heapUsed,
                external: endMemory.external - profile.startMemory.external
            }
        };
        
        this.profiles.delete(name);
        return result;
    }
    
    // Async profiling wrapper
    async profile(name, asyncFn) {
        this.start(name);
        try {
            const result = await asyncFn();
            const profileResult = this.end(name);
            console.log(`Profile ${name}:`, profileResult);
            return result;
        } catch (err) {
            this.end(name);
            throw err;
        }
    }
}

// Usage
const profiler = new Profiler();

async function expensiveOperation() {
    return profiler.profile('database-query', async () => {
        // Simulate database query
        await new Promise(resolve => setTimeout(resolve, 100));
        return { data: 'result' };
    });
}

expensiveOperation().then((result) => {
    console.log = log;
    assert.strictEqual(printed.length, 2);
    assert.strictEqual(printed[0].length, 2);
    const [prefix, msg] = printed[0];
    assert.match(prefix, /^\[\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z\] app:database:$/);
    console.log(prefix.slice(prefix.indexOf(' ') + 1), msg);
    const [label, profile] = printed[1];
    assert.strictEqual(label, 'Profile database-query:');
    assert.deepStrictEqual(Object.keys(profile), ['name', 'duration', 'memoryDelta']);
    assert.ok(profile.duration >= 99 && profile.duration < 10000, String(profile.duration));
    assert.deepStrictEqual(Object.keys(profile.memoryDelta), ['rss', 'heapTotal', 'heapUsed', 'external']);
    for (const v of Object.values(profile.memoryDelta)) assert.ok(Number.isInteger(v));
    console.log(label, profile.name, result, util.inspect(result));
    assert.throws(() => profiler.end('missing'), { message: 'No profile found for: missing' });
});
