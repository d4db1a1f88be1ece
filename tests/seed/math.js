// Seed: "Module System > CommonJS Module System" (module used by test-seed-cjs-app.js).
// math.js - Module definition
const PI = 3.14159;

function add(a, b) {
    return a + b;
}

function multiply(a, b) {
    return a * b;
}

class Calculator {
    constructor() {
        this.history = [];
    }
    
    calculate(operation, a, b) {
        let result;
        switch (operation) {
            case 'add':
                result = add(a, b);
                break;
            case 'multiply':
                result = multiply(a, b);
                break;
            default:
                throw new Error('Unknown operation');
        }
        
        this.history.push({ operation, a, b, result });
        return result;
    }
}

// Export patterns
module.exports = {
    PI,
    add,
    multiply,
    Calculator
};

// Alternative export patterns
// module.exports.add = add;
// exports.PI = PI;
