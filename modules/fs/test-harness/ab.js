'use strict';
// A/B micro-benchmarks in ONE process: node's fs vs the plugin's (loaded
// under node), alternating rounds so machine noise hits both alike; prints
// the best round of each. Not a test.
//   node test-harness/ab.js [filter]
const nodeFs = require('fs');
const os = require('os');
const path = require('path');
const { loadFs } = require('./loader');

const mine = loadFs().fs;
const dir = nodeFs.mkdtempSync(path.join(os.tmpdir(), 'fs-ab-'));
process.on('exit', () => nodeFs.rmSync(dir, { recursive: true, force: true }));
const small = [];
for (let i = 0; i < 1000; i++) {
  const p = path.join(dir, `s${i}.json`);
  nodeFs.writeFileSync(p, JSON.stringify({ i, pad: 'x'.repeat(i % 300) }));
  small.push(p);
}
const list = path.join(dir, 'list');
nodeFs.mkdirSync(list);
for (let i = 0; i < 10000; i++) nodeFs.writeFileSync(path.join(list, `entry-${i}`), '');
const big = path.join(dir, 'big');
nodeFs.writeFileSync(big, Buffer.alloc(64 << 20, 'a'));

const ops = {
  statSync: [1000, (fs) => { for (const p of small) fs.statSync(p); }],
  existsSync: [1000, (fs) => { for (const p of small) fs.existsSync(p); }],
  readFileSyncBuf: [1000, (fs) => { for (const p of small) fs.readFileSync(p); }],
  readFileSyncUtf8: [1000, (fs) => { for (const p of small) fs.readFileSync(p, 'utf8'); }],
  writeFileSync: [200, (fs) => { for (let i = 0; i < 200; i++) fs.writeFileSync(small[i] + '.w', 'content\n'); }],
  readdirSync: [1, (fs) => fs.readdirSync(list)],
  readdirTypes: [1, (fs) => fs.readdirSync(list, { withFileTypes: true })],
  bigSync: [1, (fs) => fs.readFileSync(big)],
  bigSyncUtf8: [1, (fs) => fs.readFileSync(big, 'utf8')],
  bigPromise: [1, (fs) => fs.promises.readFile(big)],
  bigPromiseUtf8: [1, (fs) => fs.promises.readFile(big, 'utf8')],
  bigCallback: [1, (fs) => new Promise((res) => fs.readFile(big, res))],
  stream: [1, (fs) => new Promise((res) => fs.createReadStream(big).on('data', () => {}).on('close', res))],
  smallPromises: [1000, async (fs) => { for (const p of small) { await fs.promises.stat(p); await fs.promises.readFile(p, 'utf8'); } }],
  statPromise: [1000, async (fs) => { for (const p of small) await fs.promises.stat(p); }],
  statCallback: [1000, (fs) => new Promise((res) => { let i = 0; const next = () => (i < small.length ? fs.stat(small[i++], next) : res()); next(); })],
};

(async () => {
  const filter = process.argv[2];
  for (const [name, [units, fn]] of Object.entries(ops)) {
    if (filter && !name.includes(filter)) continue;
    // CPU time (all threads) is steadier than wall time on a shared box.
    const best = { node: Infinity, mine: Infinity };
    const rounds = +process.env.AB_ROUNDS || 10;
    for (let round = 0; round < rounds; round++) {
      for (const [label, fs] of round % 2 ? [['mine', mine], ['node', nodeFs]] : [['node', nodeFs], ['mine', mine]]) {
        const c0 = process.cpuUsage();
        const t0 = process.hrtime.bigint();
        await fn(fs);
        const wall = Number(process.hrtime.bigint() - t0);
        const c = process.cpuUsage(c0);
        const ns = (process.env.AB_WALL ? wall : (c.user + c.system) * 1000) / units;
        if (ns < best[label]) best[label] = ns;
      }
    }
    const fmt = (ns) => (ns > 1e6 ? `${(ns / 1e6).toFixed(2)} ms` : `${(ns / 1e3).toFixed(2)} us`);
    console.log(`${name.padEnd(18)} node ${fmt(best.node).padStart(10)}  mine ${fmt(best.mine).padStart(10)}  ` +
                `speedup ${(best.node / best.mine).toFixed(2)}x`);
  }
})();
