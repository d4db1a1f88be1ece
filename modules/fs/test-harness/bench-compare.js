'use strict';
// Runs bench/fs_bench.js alternately on node's fs and on the plugin (under
// node), N times each, and prints the best figure of each side per line.
// With MOSAIC=/path/to/mosaic, also runs it on that mosaic binary.
//   node test-harness/bench-compare.js [runs=3] [filter]
const { spawnSync } = require('child_process');
const path = require('path');

const runs = +process.argv[2] || 3;
const filter = process.argv[3] || '';
const bench = path.join(__dirname, '..', 'bench', 'fs_bench.js');
const env = { ...process.env };
delete env.NODE_EXTRA_CA_CERTS;
delete env.SSL_CERT_FILE;
const best = { node: new Map(), plugin: new Map(), mosaic: new Map() };
const sides = process.env.MOSAIC ? ['node', 'plugin', 'mosaic'] : ['node', 'plugin'];
const units = new Map();
for (let i = 0; i < runs; i++) {
  for (const side of i % 2 ? [...sides].reverse() : sides) {
    const args = side === 'plugin' ? ['-r', path.join(__dirname, 'use-plugin.js'), bench] : [bench];
    if (filter) args.push(filter);
    const exe = side === 'mosaic' ? process.env.MOSAIC : process.execPath;
    const r = spawnSync(exe, args, { encoding: 'utf8', env });
    if (r.status !== 0) throw new Error(`${side}: ${r.stderr}`);
    for (const line of r.stdout.trim().split('\n')) {
      const [name, value, unit] = line.split(' ');
      units.set(name, unit);
      const v = Number(value);
      if (!(best[side].get(name) >= v)) best[side].set(name, v);
    }
  }
}
const m = sides.includes('mosaic');
console.log(`${'benchmark'.padEnd(54)} ${'node fs'.padStart(10)} ${'plugin@node'.padStart(11)}` +
            `${m ? ' mosaic'.padStart(11) : ''}  unit   plugin/node${m ? ' mosaic/node' : ''}`);
for (const [name, unit] of units) {
  const a = best.node.get(name);
  const b = best.plugin.get(name);
  const c = best.mosaic.get(name);
  console.log(`${name.padEnd(54)} ${String(a).padStart(10)} ${String(b).padStart(11)}` +
              `${m ? String(c).padStart(11) : ''}  ${unit.padEnd(6)} ${(b / a).toFixed(2)}x` +
              `${m ? `       ${(c / a).toFixed(2)}x` : ''}`);
}
