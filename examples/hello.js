// A small tour of the event loop: the ordering program from the docs, then
// timers, a promise chain and the process object.
console.log('Start');
setTimeout(() => console.log('Timer'), 0);
setImmediate(() => console.log('Immediate'));
process.nextTick(() => console.log('nextTick 1'));
Promise.resolve().then(() => console.log('Promise 1'));
process.nextTick(() => console.log('nextTick 2'));
Promise.resolve().then(() => console.log('Promise 2'));
console.log('End');

const path = require('path');
setTimeout(async () => {
  const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  await wait(10);
  console.log('running', path.basename(__filename), 'on', process.versions.mosaic ? 'mosaic' : 'node',
              'with plugins', Object.keys(process.versions).filter((k) => ['path', 'events'].includes(k)));
}, 5);
process.on('exit', (code) => console.log('exit', code));
