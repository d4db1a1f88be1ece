// Seed: "Module System > Module Caching" (singleton.js; used by test-seed-module-caching.js).
// singleton.js
console.log('Module loaded'); // Only runs once

let instance = null;

class Singleton {
    constructor() {
        if (instance) {
            return instance;
        }
        instance = this;
        this.data = Math.random();
    }
}

module.exports = Singleton;
