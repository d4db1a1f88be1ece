// Timers / nextTick / promise throughput: prints "name ops/s" lines.
// Runs unchanged on node and mosaic.
'use strict';
const N = 1e6;

function bench(name, run) {
  return new Promise((resolve) => {
    const start = process.hrtime.bigint();
    run(() => {
      const ns = Number(process.hrtime.bigint() - start);
      console.log(`${name} ${Math.round(N / (ns / 1e9))}`);
      resolve();
    });
  });
}

function nextTicks(done) {
  let left = N;
  const tick = () => (--left === 0 ? done() : process.nextTick(tick));
  process.nextTick(tick);
}

function promises(done) {
  let left = N;
  const step = () => (--left === 0 ? done() : Promise.resolve().then(step));
  Promise.resolve().then(step);
}

// The same number of promise jobs without the chain above (each step's
// promise there waits on the next, so all N stay alive and the run mostly
// measures the garbage collector).
function awaits(done) {
  (async () => {
    for (let i = 0; i < N; i++) await null;
    done();
  })();
}

function timers(done) {
  // N/10 timers of mixed durations, all created up front.
  let left = N / 10;
  const fire = () => { if (--left === 0) done(); };
  for (let i = 0; i < N / 10; i++) setTimeout(fire, i % 10);
}

function immediates(done) {
  let left = N / 10;
  const step = () => (--left === 0 ? done() : setImmediate(step));
  setImmediate(step);
}

(async () => {
  await bench('nextTick', nextTicks);
  await bench('promise', promises);
  await bench('await', awaits);
  await bench('setTimeout(x10)', timers);
  await bench('setImmediate(x10)', immediates);
})();
