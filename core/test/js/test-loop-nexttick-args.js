process.nextTick((a, b, c, d) => console.log('tick', a, b, c, d), 1, 2, 3, 4);
process.nextTick(() => {
  Promise.resolve().then(() => console.log('promise inside tick'));
  process.nextTick(() => console.log('nested tick'));
});
queueMicrotask(() => console.log('microtask'));
console.log('sync');
