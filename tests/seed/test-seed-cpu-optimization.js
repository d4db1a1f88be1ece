// Seed: "Performance Optimization > CPU Optimization".
// The lag monitor reschedules itself forever and only prints (to stderr)
// when the loop is slow, which varies; the program ends once the other
// helpers, which the example defines but does not call, have been checked.
// Event loop lag monitoring
function measureEventLoopLag() {
    const start = process.hrtime();
    
    setImmediate(() => {
        const lag = process.hrtime(start);
        const lagMs = lag[0] * 1000 + lag[1] * 1e-6;
        
        if (lagMs > 10) {
            console.warn(`Event loop lag: ${lagMs.toFixed(2)}ms`);
        }
        
        // Schedule next measurement
        setTimeout(measureEventLoopLag, 1000);
    });
}

measureEventLoopLag();

// CPU-intensive task optimization
function optimizedFibonacci(n, memo = {}) {
    if (n in memo) return memo[n];
    if (n <= 2) return 1;
    
    memo[n] = optimizedFibonacci(n - 1, memo) + optimizedFibonacci(n - 2, memo);
    return memo[n];
}

// Break up CPU-intensive tasks
function processLargeArray(array, processor, batchSize = 1000) {
    return new Promise((resolve, reject) => {
        const results = [];
        let index = 0;
        
        function processBatch() {
            const end = Math.min(index + batchSize, array.length);
            
            try {
                for (let i = index; i < end; i++) {
                    results.push(processor(array[i]));
                }
                
                index = end;
                
                if (index < array.length) {
                    setImmediate(processBatch);
                } else {
                    resolve(results);
                }
            } catch (err) {
                reject(err);
            }
        }
        
        processBatch();
    });
}

// Completion: call the helpers, then end the program (the monitor never stops).
console.log(optimizedFibonacci(10), optimizedFibonacci(90));
const input = Array.from({ length: 10500 }, (_, i) => i);
let turns = 0;
const counter = setInterval(() => turns++, 0);
processLargeArray(input, (x) => x * 2).then((results) => {
    clearInterval(counter);
    console.log(results.length, results[0], results[10499], results.reduce((a, b) => a + b, 0));
    console.log('yielded to the event loop between batches:', turns > 0);
    return processLargeArray([1, 2, 3], (x) => { if (x === 2) throw new Error('bad item ' + x); return x; });
}).catch((err) => {
    console.log('rejected:', err.message);
    setTimeout(() => process.exit(0), 1100); // after one more lag measurement
});
