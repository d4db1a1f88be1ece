'use strict';
// Stream throughput. Prints one "name ops/s" line per case; runs unchanged
// on node and on mosaic.
//
//   mosaic stream_bench.js [filter]   /   node stream_bench.js [filter]
//
// Cases:
//   transform-64k      Readable -> Transform -> Writable, 64 KiB Buffers
//                      (ops = chunks through the whole pipeline)
//   transform-objects  the same in objectMode with small objects
//   pipe-readable-writable  Readable.pipe(Writable), 1 KiB Buffers
//   pipeline-transform-4    pipeline() of a source, 4 PassThroughs, a sink,
//                           16 KiB Buffers
// BENCH_SECONDS (default 1) sets the measuring time per case; each case
// is run once untimed first to warm up. BENCH_CPU=1 measures process CPU
// time instead of wall-clock time (steadier on a busy machine).

const { Readable, Writable, Transform, PassThrough, pipeline } = require('stream');

const SECONDS = Number((typeof process !== 'undefined' && process.env.BENCH_SECONDS) || 1);

const USE_CPU = process.env.BENCH_CPU === '1' && typeof process.cpuUsage === 'function';

function now() {
  if (USE_CPU) {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1e6;
  }
  return Number(process.hrtime.bigint()) / 1e9;
}

function transformPipeline(objectMode, chunk, n, done) {
  let sent = 0;
  const src = new Readable({
    objectMode,
    read() {
      // Fill up to the highWaterMark in one go, as a real source would.
      while (sent < n) {
        sent++;
        if (!this.push(objectMode ? { i: sent, v: 'x' } : chunk)) return;
      }
      this.push(null);
    },
  });
  const tr = new Transform({
    objectMode,
    transform(c, enc, cb) {
      cb(null, objectMode ? { i: c.i + 1, v: c.v } : c);
    },
  });
  let got = 0;
  const sink = new Writable({
    objectMode,
    write(c, enc, cb) {
      got++;
      cb();
    },
  });
  sink.on('finish', () => done(got));
  src.pipe(tr).pipe(sink);
}

function pipeOnly(chunk, n, done) {
  let sent = 0;
  const src = new Readable({
    read() {
      while (sent < n) {
        sent++;
        if (!this.push(chunk)) return;
      }
      this.push(null);
    },
  });
  let got = 0;
  const sink = new Writable({
    write(c, enc, cb) {
      got++;
      cb();
    },
  });
  sink.on('finish', () => done(got));
  src.pipe(sink);
}

function pipelineChain(chunk, n, done) {
  let sent = 0;
  const src = new Readable({
    read() {
      while (sent < n) {
        sent++;
        if (!this.push(chunk)) return;
      }
      this.push(null);
    },
  });
  let got = 0;
  const sink = new Writable({
    write(c, enc, cb) {
      got++;
      cb();
    },
  });
  pipeline(src, new PassThrough(), new PassThrough(), new PassThrough(), new PassThrough(), sink,
           (err) => {
             if (err) throw err;
             done(got);
           });
}

const big = Buffer.alloc(64 * 1024, 'a');
const kib = Buffer.alloc(1024, 'b');
const k16 = Buffer.alloc(16 * 1024, 'c');

const cases = [
  ['transform-64k', (n, done) => transformPipeline(false, big, n, done), 2000],
  ['transform-objects', (n, done) => transformPipeline(true, null, n, done), 50000],
  ['pipe-readable-writable', (n, done) => pipeOnly(kib, n, done), 50000],
  ['pipeline-transform-4', (n, done) => pipelineChain(k16, n, done), 10000],
];

// Runs `fn` in batches of `n` ops until SECONDS have passed.
function measure(fn, n, cb) {
  let ops = 0;
  let start;
  function batch() {
    fn(n, (got) => {
      if (got !== n) throw new Error(`expected ${n} chunks, got ${got}`);
      ops += got;
      const elapsed = now() - start;
      if (elapsed < SECONDS) setImmediate(batch);
      else cb(ops / elapsed);
    });
  }
  // Warm-up run, then the timed ones.
  fn(n, () => {
    start = now();
    batch();
  });
}

const filter = process.argv[2] || '';
const selected = cases.filter(([name]) => name.includes(filter));

function next(i) {
  if (i >= selected.length) return;
  const [name, fn, n] = selected[i];
  measure(fn, n, (rate) => {
    console.log(`${name} ${Math.round(rate)} ops/s`);
    setImmediate(next, i + 1);
  });
}
next(0);
