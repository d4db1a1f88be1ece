'use strict';

// Buffer micro-benchmarks. Prints one line per benchmark: "name ops/s".
//
//   node bench/buffer_bench.js            node's own Buffer
//   mosaic bench/buffer_bench.js          the buffer plugin on mosaic
//   BUFFER_BENCH_IMPL=plugin node --expose-internals bench/buffer_bench.js
//                                         the plugin under node (loaded by
//                                         test-harness/load.js)
// Time is the process's CPU time (process.cpuUsage) where available, so the
// figures are ops per CPU-second.
// Optional: BUFFER_BENCH_TIME=<ms per benchmark> (default 400),
//           BUFFER_BENCH_FILTER=<substring>.

let BufferImpl;
if (process.env.BUFFER_BENCH_IMPL === 'plugin') {
  BufferImpl = require('../test-harness/load').loadPlugin().Buffer;
} else {
  BufferImpl = require('buffer').Buffer;
}
const Buffer = BufferImpl;

const kTimeMs = Number(process.env.BUFFER_BENCH_TIME) || 400;
const filter = process.env.BUFFER_BENCH_FILTER;

// Text of exactly `bytes` UTF-8 bytes (ASCII words, or a mix with accented
// letters, CJK and the euro sign).
function makeText(bytes, nonAscii) {
  const words = nonAscii ?
    ['héllo', 'wörld', 'naïve', 'café', 'über', '日本', 'text', 'plain', '€uro'] :
    ['hello', 'world', 'buffer', 'mosaic', 'plain', 'text', 'bench', 'node'];
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const word = words[i % words.length] + ' ';
    parts.push(word);
    size += Buffer.byteLength(word);
  }
  let s = parts.join('');
  while (size > bytes) {
    size -= Buffer.byteLength(s[s.length - 1]);
    s = s.slice(0, -1);
  }
  return s;
}

function makeBytes(n) {
  const b = Buffer.alloc(n);
  let x = 12345;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    b[i] = x >>> 24;
  }
  return b;
}

// CPU time of this process (user + system) when available: much steadier
// than wall time on a shared machine.
const clock = typeof process.cpuUsage === 'function' ?
  () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; } :
  () => performance.now();

let sink = 0;
function bench(name, fn) {
  if (filter && !name.includes(filter)) return;
  // Warm up, then size batches to ~10 ms.
  let batch = 1;
  for (;;) {
    const t0 = clock();
    for (let i = 0; i < batch; i++) sink ^= fn() ? 1 : 0;
    const dt = clock() - t0;
    if (dt > 10 || batch > 1e7) break;
    batch *= 2;
  }
  let ops = 0;
  const start = clock();
  let now = start;
  while (now - start < kTimeMs) {
    for (let i = 0; i < batch; i++) sink ^= fn() ? 1 : 0;
    ops += batch;
    now = clock();
  }
  const opsPerSec = ops / ((now - start) / 1000);
  console.log(`${name} ${Math.round(opsPerSec)}`);
}

const KiB = 1024;
const MiB = 1024 * 1024;

for (const [label, size] of [['1k', KiB], ['1m', MiB]]) {
  const ascii = makeText(size, false);
  const text = makeText(size, true);
  const asciiBuf = Buffer.from(ascii);
  const textBuf = Buffer.from(text);
  const bytes = makeBytes(size);
  const b64 = bytes.toString('base64');
  const b64url = bytes.toString('base64url');
  const hex = bytes.toString('hex');

  bench(`utf8-encode-ascii-${label}`, () => Buffer.from(ascii).length);
  bench(`utf8-encode-${label}`, () => Buffer.from(text).length);
  bench(`utf8-decode-ascii-${label}`, () => asciiBuf.toString().length);
  bench(`utf8-decode-${label}`, () => textBuf.toString('utf8').length);
  bench(`utf8-bytelength-${label}`, () => Buffer.byteLength(text));
  bench(`base64-encode-${label}`, () => bytes.toString('base64').length);
  bench(`base64-decode-${label}`, () => Buffer.from(b64, 'base64').length);
  bench(`base64url-decode-${label}`, () => Buffer.from(b64url, 'base64url').length);
  bench(`hex-encode-${label}`, () => bytes.toString('hex').length);
  bench(`hex-decode-${label}`, () => Buffer.from(hex, 'hex').length);
  bench(`latin1-decode-${label}`, () => bytes.toString('latin1').length);
}

{
  const small = Array.from({ length: 16 }, (_, i) => Buffer.alloc(KiB, i));
  const large = Array.from({ length: 8 }, (_, i) => Buffer.alloc(128 * KiB, i));
  bench('concat-16x1k', () => Buffer.concat(small).length);
  bench('concat-8x128k', () => Buffer.concat(large).length);
}

{
  const hay = Buffer.concat([Buffer.alloc(MiB, 'abcdefgh'), Buffer.from('needle in a haystack')]);
  const needleBuf = Buffer.from('needle');
  bench('indexOf-string-1m', () => hay.indexOf('needle'));
  bench('indexOf-buffer-1m', () => hay.indexOf(needleBuf));
  bench('indexOf-byte-1m', () => hay.indexOf(0x6e));
  bench('lastIndexOf-string-1m', () => hay.lastIndexOf('abcdefgh', -100));
  const hay1k = Buffer.from(makeText(KiB, false) + 'needle');
  bench('indexOf-string-1k', () => hay1k.indexOf('needle'));
  bench('includes-short', () => hay1k.includes('world'));
}

{
  const a = makeBytes(KiB);
  const b = Buffer.from(a);
  bench('equals-1k', () => a.equals(b));
  bench('compare-1k', () => Buffer.compare(a, b));
  const small = Buffer.from('hello world');
  bench('from-short-string', () => Buffer.from('hello world').length);
  bench('toString-short', () => small.toString().length);
  bench('alloc-1k', () => Buffer.alloc(KiB).length);
  bench('allocUnsafe-1k', () => Buffer.allocUnsafe(KiB).length);
  bench('fill-1k-string', () => a.fill('abc').length);
  const w = Buffer.alloc(64);
  bench('write-short-utf8', () => w.write('hello wörld', 3));
  bench('readUInt32LE', () => {
    let s = 0;
    for (let i = 0; i < 60; i += 4) s += w.readUInt32LE(i);
    return s;
  });
  bench('writeDoubleBE', () => {
    for (let i = 0; i < 56; i += 8) w.writeDoubleBE(i * 1.5, i);
    return true;
  });
  bench('slice-subarray', () => a.subarray(10, 100).length);
}

if (sink === 42) console.log('');
