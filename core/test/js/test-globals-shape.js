// The global object as node shows it: its tag, which properties are
// enumerable (and in which order), and clearInterval as its own function.
// (`fetch` is left out: Mosaic has no fetch yet.)
console.log(Object.prototype.toString.call(globalThis));
console.log(Object.keys(globalThis).filter((key) => key !== 'fetch').join());
const tag = Object.getOwnPropertyDescriptor(globalThis, Symbol.toStringTag);
console.log(tag.value, tag.writable, tag.enumerable, tag.configurable);
console.log(clearInterval.name, clearInterval.length, clearInterval === clearTimeout);
// A lazily defined enumerable global stays enumerable once loaded.
atob('YQ==');
console.log(Object.getOwnPropertyDescriptor(globalThis, 'atob').enumerable);
const interval = setInterval(() => console.log('interval should not run'), 1);
clearInterval(interval);
// Assigning over a global replaces it, enumerability kept.
globalThis.btoa = 5;
console.log(globalThis.btoa, Object.keys(globalThis).includes('btoa'));
