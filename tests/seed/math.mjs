// Seed: "Module System > ES Modules (ESM)" (module used by test-seed-esm-app.mjs).
// math.mjs or math.js with "type": "module" in package.json
export const PI = 3.14159;

export function add(a, b) {
    return a + b;
}

export function multiply(a, b) {
    return a * b;
}

export default class Calculator {
    constructor() {
        this.history = [];
    }
    
    calculate(operation, a, b) {
        // Implementation
    }
}
