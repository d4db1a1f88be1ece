'use strict';
// EventEmitter throughput. Prints one "name ops/s" line per case; runs
// unchanged on node and on mosaic (tools/bench/run.py events).

const EventEmitter = require('events');

function measure(name, n, fn) {
  fn(Math.min(n, 100000));  // warm up
  const start = process.hrtime.bigint();
  fn(n);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  console.log(`${name} ${Math.round(n / seconds)}`);
}

let sink = 0;
const add = (a) => { sink += a; };

measure('emit-1-listener', 20e6, (n) => {
  const e = new EventEmitter();
  e.on('x', add);
  for (let i = 0; i < n; i++) e.emit('x', i);
});

measure('emit-3-listeners', 10e6, (n) => {
  const e = new EventEmitter();
  e.on('x', add);
  e.on('x', add);
  e.on('x', add);
  for (let i = 0; i < n; i++) e.emit('x', i);
});

measure('emit-no-listener', 20e6, (n) => {
  const e = new EventEmitter();
  for (let i = 0; i < n; i++) e.emit('x', i);
});

measure('on+off', 5e6, (n) => {
  const e = new EventEmitter();
  for (let i = 0; i < n; i++) {
    e.on('x', add);
    e.off('x', add);
  }
});

measure('once+emit', 2e6, (n) => {
  const e = new EventEmitter();
  for (let i = 0; i < n; i++) {
    e.once('x', add);
    e.emit('x', i);
  }
});

if (sink === -1) console.log(sink);  // keeps the listeners' work observable
