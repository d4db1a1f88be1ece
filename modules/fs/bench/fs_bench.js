'use strict';
// fs benchmarks; runs unchanged on node and mosaic. Prints one line per
// benchmark: "<name> <value> ops/s" or "<name> <value> MB/s" (best of a few
// runs). Creates its files under $MOSAIC_TEST_TMPDIR (or the OS temp dir)
// and removes them.
//
//   node bench/fs_bench.js [filter]        FS_BENCH_QUICK=1 for a short run
//
// To measure the plugin's fs under node:
//   node -r ./test-harness/use-plugin.js bench/fs_bench.js

const fs = require('fs');
const path = require('path');

const quick = !!process.env.FS_BENCH_QUICK;
const filter = process.argv[2];
const BIG = 64 * 1024 * 1024;
const SMALL_FILES = 10000;
const DIR_ENTRIES = 10000;
const RUNS = quick ? 2 : 5;

const base = process.env.MOSAIC_TEST_TMPDIR ||
  (() => { try { return require('os').tmpdir(); } catch { return '/tmp'; } })();
const root = fs.mkdtempSync(path.join(base, 'fs-bench-'));
let cleaned = false;
function cleanup() {
  if (cleaned) return;
  cleaned = true;
  fs.rmSync(root, { recursive: true, force: true });
}
process.on('exit', cleanup);

const now = () => {
  const [s, ns] = process.hrtime();
  return s * 1e3 + ns / 1e6;
};

function report(name, value, unit) {
  console.log(`${name} ${value >= 100 ? Math.round(value) : value.toFixed(1)} ${unit}`);
}

// Best of RUNS: fn() performs `units` units of work (ops or bytes).
async function bench(name, unit, units, fn) {
  if (filter && !name.includes(filter)) return;
  await fn();  // warm-up
  let best = 0;
  for (let i = 0; i < RUNS; i++) {
    const t0 = now();
    await fn();
    const ms = now() - t0;
    const rate = unit === 'MB/s' ? (units / (1024 * 1024)) / (ms / 1000) : units / (ms / 1000);
    if (rate > best) best = rate;
  }
  report(name, best, unit);
}

// --- fixtures -----------------------------------------------------------------

const bigFile = path.join(root, 'big.txt');
{
  // ASCII text so utf8 decoding is comparable everywhere.
  const line = Buffer.from('the quick brown fox jumps over the lazy dog 0123456789 ABCDEFGHIJKLMNOPQ\n');
  const chunk = Buffer.alloc(1024 * 1024);
  for (let i = 0; i < chunk.length; i++) chunk[i] = line[i % line.length];
  const fd = fs.openSync(bigFile, 'w');
  for (let i = 0; i < BIG / chunk.length; i++) fs.writeSync(fd, chunk);
  fs.closeSync(fd);
}

const smallDir = path.join(root, 'small');
const smallFiles = [];
fs.mkdirSync(smallDir);
for (let i = 0; i < SMALL_FILES; i++) {
  const p = path.join(smallDir, `file-${i}.json`);
  fs.writeFileSync(p, JSON.stringify({ id: i, name: `item ${i}`, tags: ['a', 'b', 'c'], pad: 'x'.repeat(i % 400) }));
  smallFiles.push(p);
}

const listDir = path.join(root, 'list');
fs.mkdirSync(listDir);
for (let i = 0; i < DIR_ENTRIES; i++) fs.writeFileSync(path.join(listDir, `entry-${i}`), '');

// --- benchmarks ---------------------------------------------------------------------

async function main() {
  const fsp = fs.promises;

  await bench('readFileSync-64MiB', 'MB/s', BIG, () => {
    fs.readFileSync(bigFile);
  });
  await bench('readFileSync-64MiB-utf8', 'MB/s', BIG, () => {
    fs.readFileSync(bigFile, 'utf8');
  });
  await bench('promises.readFile-64MiB', 'MB/s', BIG, () => fsp.readFile(bigFile));
  await bench('promises.readFile-64MiB-utf8', 'MB/s', BIG, () => fsp.readFile(bigFile, 'utf8'));
  await bench('readFile-callback-64MiB', 'MB/s', BIG, () => new Promise((resolve, reject) => {
    fs.readFile(bigFile, (err) => (err ? reject(err) : resolve()));
  }));
  await bench('createReadStream-64MiB', 'MB/s', BIG, () => new Promise((resolve, reject) => {
    const s = fs.createReadStream(bigFile);
    s.on('data', () => {});
    s.on('error', reject);
    s.on('close', resolve);
  }));
  await bench('createReadStream-64MiB-1MiB-chunks', 'MB/s', BIG, () => new Promise((resolve, reject) => {
    const s = fs.createReadStream(bigFile, { highWaterMark: 1024 * 1024 });
    s.on('data', () => {});
    s.on('error', reject);
    s.on('close', resolve);
  }));

  await bench('small-files-statSync+readFileSync-10k', 'ops/s', SMALL_FILES, () => {
    for (const p of smallFiles) {
      if (fs.statSync(p).size > 0) fs.readFileSync(p, 'utf8');
    }
  });
  await bench('small-files-promises-stat+readFile-10k-sequential', 'ops/s', SMALL_FILES, async () => {
    for (const p of smallFiles) {
      if ((await fsp.stat(p)).size > 0) await fsp.readFile(p, 'utf8');
    }
  });
  await bench('small-files-promises-stat+readFile-10k-concurrent64', 'ops/s', SMALL_FILES, async () => {
    let next = 0;
    const worker = async () => {
      while (next < smallFiles.length) {
        const p = smallFiles[next++];
        if ((await fsp.stat(p)).size > 0) await fsp.readFile(p, 'utf8');
      }
    };
    await Promise.all(Array.from({ length: 64 }, worker));
  });
  await bench('small-files-readFile-callback-10k-concurrent64', 'ops/s', SMALL_FILES, () => new Promise((resolve, reject) => {
    let next = 0;
    let active = 0;
    const pump = () => {
      while (active < 64 && next < smallFiles.length) {
        active++;
        fs.readFile(smallFiles[next++], 'utf8', (err) => {
          if (err) return reject(err);
          active--;
          if (next === smallFiles.length && active === 0) resolve();
          else pump();
        });
      }
    };
    pump();
  }));
  await bench('statSync-10k', 'ops/s', SMALL_FILES, () => {
    for (const p of smallFiles) fs.statSync(p);
  });
  await bench('existsSync-10k', 'ops/s', SMALL_FILES, () => {
    for (const p of smallFiles) fs.existsSync(p);
  });

  await bench('readdirSync-10k-entries', 'ops/s', 1, () => {
    fs.readdirSync(listDir);
  });
  await bench('readdirSync-withFileTypes-10k-entries', 'ops/s', 1, () => {
    fs.readdirSync(listDir, { withFileTypes: true });
  });
  await bench('promises.readdir-10k-entries', 'ops/s', 1, () => fsp.readdir(listDir));

  const writeDir = path.join(root, 'writes');
  fs.mkdirSync(writeDir);
  await bench('writeFileSync-small-1k', 'ops/s', 1000, () => {
    for (let i = 0; i < 1000; i++) fs.writeFileSync(path.join(writeDir, `w${i}`), 'some small content\n');
  });
  await bench('promises.writeFile-small-1k-concurrent64', 'ops/s', 1000, async () => {
    let next = 0;
    const worker = async () => {
      while (next < 1000) await fsp.writeFile(path.join(writeDir, `p${next++}`), 'some small content\n');
    };
    await Promise.all(Array.from({ length: 64 }, worker));
  });
}

main().then(cleanup, (err) => {
  cleanup();
  console.error(err);
  process.exitCode = 1;
});
