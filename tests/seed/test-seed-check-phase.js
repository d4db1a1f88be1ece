// Seed: "Event Loop Deep Dive > Phase Details > 5. Check Phase".
// setImmediate callbacks execute here
setImmediate(() => {
    console.log('setImmediate callback');
});
