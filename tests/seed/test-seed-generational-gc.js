// Seed: "V8 JavaScript Engine > Garbage Collection > Generational Collection".
// Memory management example
function createObjects() {
    let objects = [];
    for (let i = 0; i < 1000000; i++) {
        objects.push({ id: i, data: 'some data' });
    }
    return objects; // Objects may be promoted to old space
}

// Force garbage collection (for testing only)
if (global.gc) {
    global.gc();
}

// Completion: call the function; gc is only exposed with --expose-gc.
const objects = createObjects();
console.log(objects.length, objects[999999].id, objects[0].data, typeof global.gc);
