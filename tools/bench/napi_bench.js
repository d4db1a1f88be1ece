// Node-API call overhead; prints "name ops/s". usage: napi_bench.js ADDON
'use strict';
const m = { exports: {} };
process.dlopen(m, process.argv[2]);
const addon = m.exports;

function bench(name, n, fn) {
  fn(1000);  // warm up
  const start = process.hrtime.bigint();
  fn(n);
  const ns = Number(process.hrtime.bigint() - start);
  console.log(`${name} ${Math.round(n / (ns / 1e9))}`);
}

bench('noop call', 10e6, (n) => { for (let i = 0; i < n; i++) addon.noop(); });
bench('add(a, b)', 5e6, (n) => { let s = 0; for (let i = 0; i < n; i++) s = addon.add(s, 1); return s; });
bench('create object', 2e6, (n) => { let o; for (let i = 0; i < n; i++) o = addon.makeObject(i); return o; });
bench('create string', 5e6, (n) => { let o; for (let i = 0; i < n; i++) o = addon.makeString(); return o; });
bench('create function', 1e6, (n) => { let o; for (let i = 0; i < n; i++) o = addon.makeFunction(); return o; });
