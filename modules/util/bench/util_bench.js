'use strict';
// util throughput. Prints one "name ops/s" line per case; runs unchanged on
// node and on mosaic (tools/bench/run.py util).

const util = require('util');

function measure(name, n, fn) {
  fn(Math.max(1, n / 10));  // warm up
  const start = process.hrtime.bigint();
  fn(n);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  console.log(`${name} ${Math.round(n / seconds)}`);
}

// A large, varied object: 1000 records with nested arrays, maps, dates.
const large = [];
for (let i = 0; i < 1000; i++) {
  large.push({
    id: i,
    name: `item-${i}`,
    tags: ['a', 'b', String(i % 7)],
    nested: { depth: { value: i * 1.5, flag: i % 2 === 0 } },
    when: new Date(Date.UTC(2020, 0, 1 + (i % 28))),
    map: new Map([[i, `v${i}`]]),
  });
}

let length = 0;
measure('inspect-large-object', 20, (n) => {
  for (let i = 0; i < n; i++) length += util.inspect(large, { depth: 4, maxArrayLength: null }).length;
});
measure('inspect-small-object', 200000, (n) => {
  for (let i = 0; i < n; i++) length += util.inspect({ a: 1, b: 'two', c: [3, 4], d: { e: null } }).length;
});
measure('format-%s-%d-%j', 500000, (n) => {
  for (let i = 0; i < n; i++) length += util.format('%s=%d %j', 'k', i, { i }).length;
});
measure('isDeepStrictEqual-records', 2000, (n) => {
  const copy = structuredClone(large);
  for (let i = 0; i < n; i++) length += util.isDeepStrictEqual(large.slice(0, 50), copy.slice(0, 50)) ? 1 : 0;
});

if (length === -1) console.log(length);
