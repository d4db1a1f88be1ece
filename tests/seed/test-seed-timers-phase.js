// Seed: "Event Loop Deep Dive > Phase Details > 1. Timers Phase".
// Example: Timer callbacks execution
setTimeout(() => {
    console.log('Timer callback executed');
}, 0);

setInterval(() => {
    console.log('Interval callback executed');
}, 1000);

// Completion: the interval never stops, so end the program after its first
// tick. The exit timer is due later than the first tick, so the order is fixed.
setTimeout(() => process.exit(0), 1500);
