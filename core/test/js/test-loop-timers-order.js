// Timers fire by expiry, then in insertion order; ticks drain between them.
setTimeout(() => console.log('t20'), 20);
setTimeout(() => { console.log('t5a'); process.nextTick(() => console.log('tick after t5a')); }, 5);
setTimeout(() => console.log('t5b'), 5);
setTimeout(() => console.log('t10'), 10);
const cleared = setTimeout(() => console.log('cleared'), 1);
clearTimeout(cleared);
let n = 0;
const iv = setInterval(() => {
  console.log('interval', ++n);
  if (n === 3) clearInterval(iv);
}, 30);
