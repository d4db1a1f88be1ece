'use strict';
// Micro-benchmark: emit() with 0-4 args and 1 or 3 listeners, on/off,
// Mosaic's EventEmitter vs node's. Prints ns/op; not part of run.js.
const { require: mrequire } = require('./loader');
const Mine = mrequire('events');
const Theirs = require('events');

function bench(EE, args, listeners, n) {
  const e = new EE();
  let sink = 0;
  for (let i = 0; i < listeners; i++) e.on('x', (a) => { sink += a === undefined ? 1 : 2; });
  for (let i = 0; i < 1e5; i++) e.emit('x', ...args);
  const t0 = process.hrtime.bigint();
  switch (args.length) {
    case 0: for (let i = 0; i < n; i++) e.emit('x'); break;
    case 1: for (let i = 0; i < n; i++) e.emit('x', 1); break;
    case 2: for (let i = 0; i < n; i++) e.emit('x', 1, 2); break;
    case 3: for (let i = 0; i < n; i++) e.emit('x', 1, 2, 3); break;
    default: for (let i = 0; i < n; i++) e.emit('x', 1, 2, 3, 4);
  }
  const dt = Number(process.hrtime.bigint() - t0) / n;
  if (sink === 42) console.log('');
  return dt;
}
function benchOnOff(EE, n) {
  const e = new EE();
  const f = () => {};
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) { e.on('x', f); e.removeListener('x', f); }
  return Number(process.hrtime.bigint() - t0) / n;
}
// Each implementation runs in its own process (shared call sites would
// turn polymorphic and skew the numbers): node bench-events.js [mosaic|node]
const which = process.argv[2];
if (which === undefined) {
  const { execFileSync } = require('child_process');
  const m = JSON.parse(execFileSync(process.execPath, [__filename, 'mosaic']));
  const t = JSON.parse(execFileSync(process.execPath, [__filename, 'node']));
  for (const k of Object.keys(m)) console.log(`${k}: mosaic ${m[k].toFixed(1)} ns, node ${t[k].toFixed(1)} ns`);
} else {
  const EE = which === 'mosaic' ? Mine : Theirs;
  const N = 3e6;
  const out = {};
  for (const listeners of [1, 3]) {
    for (const argc of [0, 1, 2, 3, 4]) {
      out[`emit ${argc} args, ${listeners} listener(s)`] = bench(EE, [1, 2, 3, 4].slice(0, argc), listeners, N);
    }
  }
  out['on+off'] = benchOnOff(EE, 1e6);
  console.log(JSON.stringify(out));
}
