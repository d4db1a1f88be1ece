// Seed: "V8 JavaScript Engine > 3. TurboFan Compiler".
// Example of optimization
function add(a, b) {
    return a + b; // V8 optimizes this for specific types
}

// First few calls - interpreted
add(1, 2);
add(3, 4);

// After many calls with integers - optimized
for (let i = 0; i < 10000; i++) {
    add(i, i + 1); // TurboFan optimizes for integer addition
}

// If called with different types - deoptimized
add("hello", "world"); // Causes deoptimization

// Check: results stay correct across optimization and deoptimization.
console.log(add(1, 2), add(9999, 10000), add("hello", "world"), add(0.5, 0.25));
