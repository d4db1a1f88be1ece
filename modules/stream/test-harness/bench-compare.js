'use strict';
// Interleaves runs of bench/stream_bench.js on node's stream and on this
// plugin's (under node), ROUNDS times, and prints median and best ops/s of
// each case for both.
//
//   ROUNDS=5 BENCH_SECONDS=1 node bench-compare.js [filter]
//
// Rates are per CPU second (BENCH_CPU=1) unless BENCH_CPU=0 is given.

const { execFileSync } = require('child_process');
const path = require('path');

const rounds = Number(process.env.ROUNDS || 5);
if (process.env.BENCH_CPU === undefined) process.env.BENCH_CPU = '1';
const filter = process.argv[2] || '';
const benchFile = path.join(__dirname, '..', 'bench', 'stream_bench.js');
const underNode = path.join(__dirname, 'bench-under-node.js');

const results = { node: {}, mosaic: {} };
function record(which, out) {
  for (const line of out.trim().split('\n')) {
    const [name, rate] = line.split(' ');
    (results[which][name] ??= []).push(Number(rate));
  }
}

for (let i = 0; i < rounds; i++) {
  record('node', execFileSync(process.execPath, [benchFile, filter]).toString());
  record('mosaic', execFileSync(process.execPath, [underNode, filter]).toString());
}

const median = (a) => { const s = [...a].sort((x, y) => x - y); return s[Math.floor(s.length / 2)]; };
const fmt = (n) => String(Math.round(n)).padStart(10);
console.log(`${'case'.padEnd(26)} ${'node med'.padStart(10)} ${'ours med'.padStart(10)} ${'ratio'.padStart(6)}   ${'node best'.padStart(10)} ${'ours best'.padStart(10)} ${'ratio'.padStart(6)}`);
for (const name of Object.keys(results.node)) {
  const n = results.node[name];
  const m = results.mosaic[name];
  console.log(`${name.padEnd(26)} ${fmt(median(n))} ${fmt(median(m))} ${(median(m) / median(n)).toFixed(2).padStart(6)}   ` +
              `${fmt(Math.max(...n))} ${fmt(Math.max(...m))} ${(Math.max(...m) / Math.max(...n)).toFixed(2).padStart(6)}`);
}
