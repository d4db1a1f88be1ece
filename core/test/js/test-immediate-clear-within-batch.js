// clearImmediate of a later immediate of the same batch skips only that one.
let b; setImmediate(() => { console.log('a'); clearImmediate(b); });
b = setImmediate(() => console.log('b')); setImmediate(() => console.log('c')); setImmediate(() => console.log('d'));
