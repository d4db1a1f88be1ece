// Seed: "Memory Management > Garbage Collection Strategies".
// Weak references for cache implementation
const cache = new WeakMap();

function cacheData(obj, data) {
    cache.set(obj, data);
}

function getCachedData(obj) {
    return cache.get(obj);
}

// Object will be garbage collected even if in WeakMap
let key = { id: 1 };
cacheData(key, { expensive: 'computation' });
key = null; // Object can now be garbage collected

// Check: the cache works for a live key and ignores the dropped one.
const other = { id: 2 };
cacheData(other, { expensive: 'other' });
console.log(getCachedData(other), getCachedData(key), cache.has(other), cache);
