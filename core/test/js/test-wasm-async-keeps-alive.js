'use strict';
// Async WebAssembly compilation finishes on V8's worker threads and hands
// its result back as a foreground task: the process must wait for it when
// nothing else keeps the loop alive, and the loop must wake for it at once
// while a long timer is pending (node's platform does both).

// (func (export "add") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add)
const bytes = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 7, 1, 96, 2, 127, 127, 1, 127, 3, 2, 1, 0, 7, 7, 1, 3, 97,
  100, 100, 0, 0, 10, 9, 1, 7, 0, 32, 0, 32, 1, 106, 11,
]);

const started = Date.now();
const timer = setTimeout(() => console.log('the result waited for the 10 s timer'), 10000);
WebAssembly.instantiate(bytes).then(({ instance }) => {
  console.log('with a timer pending:', instance.exports.add(40, 2),
              Date.now() - started < 5000 ? 'at once' : 'late');
  clearTimeout(timer);
  // With nothing else to keep the loop alive, the process waits for a
  // second round started from here, and a third from its callback.
  return WebAssembly.instantiate(bytes);
}).then(({ instance }) => {
  console.log('alone:', instance.exports.add(2, 3));
  return WebAssembly.compile(bytes);
}).then((module) => {
  console.log('chained:', WebAssembly.Module.exports(module));
});

process.on('exit', () => console.log('exit'));
