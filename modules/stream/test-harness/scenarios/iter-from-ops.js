'use strict';
// Async iteration, Readable.from(), and the Readable operators.

const S = [];
const add = (name, fn, opts) => S.push({ name, fn, ...opts });

const EV = ['error', 'end', 'close'];

// --- async iteration -------------------------------------------------------

add('iter-basic', async (t) => {
  const { Readable } = t.stream;
  const r = new Readable({ read() {} });
  t.trace(r, 'r', EV);
  r.push('a'); r.push('b');
  setTimeout(() => { r.push('c'); r.push(null); }, 2);
  for await (const c of r) t.log('chunk', c);
  t.log('loop done', r.destroyed);
});

add('iter-object-mode-sync-source', async (t) => {
  const { Readable } = t.stream;
  let i = 0;
  const r = new Readable({ objectMode: true, read() { this.push(i < 5 ? i++ : null); } });
  const got = [];
  for await (const c of r) got.push(c);
  t.log(got);
});

add('iter-break-destroys', async (t) => {
  const { Readable } = t.stream;
  let reads = 0;
  const r = new Readable({ objectMode: true, read() { reads++; this.push(reads); } });
  t.trace(r, 'r', EV);
  for await (const c of r) { t.log('chunk', c); if (c === 2) break; }
  t.log('after break', r.destroyed, r.readableAborted);
  await t.delay(2);
  t.log('reads', reads);
});

add('iter-destroyOnReturn-false', async (t) => {
  const { Readable } = t.stream;
  const r = new Readable({ objectMode: true, read() {} });
  r.push(1); r.push(2); r.push(3);
  t.trace(r, 'r', EV);
  for await (const c of r.iterator({ destroyOnReturn: false })) { t.log('chunk', c); break; }
  t.log('after break', r.destroyed, r.readableLength);
  for await (const c of r.iterator({ destroyOnReturn: false })) { t.log('chunk2', c); break; }
  r.push(null);
  for await (const c of r) t.log('rest', c);
});

add('iter-throw-in-loop', async (t) => {
  const { Readable } = t.stream;
  const r = Readable.from([1, 2, 3]);
  t.trace(r, 'r', EV);
  try {
    for await (const c of r) { if (c === 2) throw new Error('loop threw'); }
  } catch (e) { t.log('caught', e); }
  t.log('destroyed', r.destroyed);
});

add('iter-stream-error', async (t) => {
  const { Readable } = t.stream;
  const r = new Readable({ read() {} });
  r.push('a');
  setTimeout(() => r.destroy(new Error('iter err')), 2);
  try {
    for await (const c of r) t.log('chunk', c);
    t.log('no error?');
  } catch (e) { t.log('caught', e); }
});

add('iter-destroy-without-error', async (t) => {
  const { Readable } = t.stream;
  const r = new Readable({ read() {} });
  r.push('a');
  setTimeout(() => r.destroy(), 2);
  try {
    for await (const c of r) t.log('chunk', c);
    t.log('ended normally');
  } catch (e) { t.log('caught', e); }
});

add('iter-already-ended', async (t) => {
  const { Readable } = t.stream;
  const r = Readable.from([]);
  r.resume();
  await t.delay(2);
  for await (const c of r) t.log('chunk', c);
  t.log('done', r.readableEnded);
});

add('iter-manual-next', async (t) => {
  const { Readable } = t.stream;
  const r = Readable.from(['x', 'y']);
  const it = r[Symbol.asyncIterator]();
  t.log(it.stream === r);
  const results = await Promise.all([it.next(), it.next(), it.next()]);
  t.log(results.map((x) => [x.done, x.value]));
  t.log(await it.return());
});

add('iter-return-early-manual', async (t) => {
  const { Readable } = t.stream;
  const r = new Readable({ read() {} });
  t.trace(r, 'r', EV);
  r.push('a');
  const it = r[Symbol.asyncIterator]();
  t.log(await it.next());
  t.log(await it.return('rv'));
  t.log(r.destroyed);
});

add('iter-no-autodestroy-error', async (t) => {
  const { Readable } = t.stream;
  const r = new Readable({ autoDestroy: false, read() {} });
  setTimeout(() => r.destroy(new Error('nad')), 1);
  try { for await (const c of r) t.log(c); } catch (e) { t.log('caught', e); }
  t.log('destroyed', r.destroyed);
});

add('iter-legacy-stream', async (t) => {
  const { Readable, Stream } = t.stream;
  const s = new Stream();
  const it = Readable.prototype[Symbol.asyncIterator].call(s);
  setTimeout(() => { s.emit('data', 'one'); s.emit('data', 'two'); s.emit('end'); }, 1);
  for await (const c of it) t.log('legacy chunk', c);
  t.log('legacy done');
});

add('iter-iterator-validation', (t) => {
  const { Readable } = t.stream;
  const r = Readable.from([]);
  try { r.iterator(5); } catch (e) { t.log('threw', e); }
  try { r.iterator(null); } catch (e) { t.log('threw', e); }
  t.done();
});

add('iter-setencoding', async (t) => {
  const { Readable } = t.stream;
  const r = new Readable({ read() {} });
  r.setEncoding('utf8');
  const b = t.Buffer.from('día');
  r.push(b.subarray(0, 2)); r.push(b.subarray(2)); r.push(null);
  for await (const c of r) t.log(typeof c, c);
});

// --- Readable.from -----------------------------------------------------------

add('from-array', (t) => {
  const { Readable } = t.stream;
  const r = Readable.from([1, 'two', { three: 3 }]);
  t.log(r.readableObjectMode, r.readableHighWaterMark);
  r.on('data', (c) => t.log('data', c));
  t.trace(r, 'r', EV);
  r.on('close', () => t.done());
});

add('from-string-and-buffer', (t) => {
  const { Readable } = t.stream;
  const r = Readable.from('hello');
  r.on('data', (c) => t.log('data', typeof c, c));
  r.on('end', () => {
    const b = Readable.from(t.Buffer.from('buf'));
    b.on('data', (c) => t.log('data', c));
    b.on('end', () => {
      const r2 = Readable.from('str', { objectMode: false });
      r2.on('data', (c) => t.log('bytes data', c));
      r2.on('end', () => t.done());
    });
  });
});

add('from-generator', (t) => {
  const { Readable } = t.stream;
  function* g() { t.log('gen start'); yield 1; t.log('gen mid'); yield 2; t.log('gen end'); }
  const r = Readable.from(g());
  r.on('data', (c) => t.log('data', c));
  t.trace(r, 'r', EV);
  r.on('close', () => t.done());
});

add('from-async-generator', (t) => {
  const { Readable } = t.stream;
  async function* g() { yield 'a'; await t.delay(1); yield 'b'; }
  const r = Readable.from(g());
  r.on('data', (c) => t.log('data', c));
  t.trace(r, 'r', EV);
  r.on('close', () => t.done());
});

add('from-promises-in-sync-iterable', (t) => {
  const { Readable } = t.stream;
  const r = Readable.from([1, Promise.resolve(2), 3, Promise.resolve(4)]);
  r.on('data', (c) => t.log('data', c));
  t.trace(r, 'r', EV);
  r.on('close', () => t.done());
});

add('from-null-value', (t) => {
  const { Readable } = t.stream;
  const r = Readable.from([1, null, 3]);
  r.on('data', (c) => t.log('data', c));
  t.trace(r, 'r', EV);
  r.on('close', () => t.done());
});

add('from-async-null-value', (t) => {
  const { Readable } = t.stream;
  const r = Readable.from((async function* () { yield 1; yield null; })());
  r.on('data', (c) => t.log('data', c));
  t.trace(r, 'r', EV);
  r.on('close', () => t.done());
});

add('from-generator-throws', (t) => {
  const { Readable } = t.stream;
  const r = Readable.from((function* () { yield 1; throw new Error('gen boom'); })());
  r.on('data', (c) => t.log('data', c));
  t.trace(r, 'r', EV);
  r.on('close', () => t.done());
});

add('from-async-generator-rejects', (t) => {
  const { Readable } = t.stream;
  const r = Readable.from((async function* () { yield 1; throw new Error('agen boom'); })());
  r.on('data', (c) => t.log('data', c));
  t.trace(r, 'r', EV);
  r.on('close', () => t.done());
});

add('from-rejected-promise-value', (t) => {
  const { Readable } = t.stream;
  const p = Promise.reject(new Error('value rejected'));
  p.catch(() => {});
  const r = Readable.from([1, p]);
  r.on('data', (c) => t.log('data', c));
  t.trace(r, 'r', EV);
  r.on('close', () => t.done());
});

add('from-destroy-calls-return', (t) => {
  const { Readable } = t.stream;
  function* g() { try { yield 1; yield 2; yield 3; } finally { t.log('generator finally'); } }
  const r = Readable.from(g());
  r.once('data', (c) => { t.log('data', c); r.destroy(); });
  t.trace(r, 'r', EV);
  r.on('close', () => t.done());
});

add('from-destroy-error-calls-throw', (t) => {
  const { Readable } = t.stream;
  async function* g() { try { yield 1; yield 2; } catch (e) { t.log('gen caught', e); } finally { t.log('agen finally'); } }
  const r = Readable.from(g());
  r.once('data', (c) => { t.log('data', c); r.destroy(new Error('destroyed with')); });
  t.trace(r, 'r', EV);
  r.on('close', () => t.done());
});

add('from-backpressure-pull', (t) => {
  const { Readable } = t.stream;
  let pulled = 0;
  function* g() { for (let i = 0; i < 10; i++) { pulled++; yield i; } }
  const r = Readable.from(g(), { highWaterMark: 3 });
  setTimeout(() => {
    t.log('pulled before reading', pulled, r.readableLength);
    r.read(); r.read();
    setTimeout(() => { t.log('pulled after', pulled, r.readableLength); r.resume(); }, 2);
  }, 3);
  r.on('end', () => t.done());
});

add('from-invalid', (t) => {
  const { Readable } = t.stream;
  for (const v of [42, null, undefined, {}]) {
    try { Readable.from(v); t.log('ok'); } catch (e) { t.log('threw', e); }
  }
  t.done();
});

add('from-sync-read-timing', (t) => {
  const { Readable } = t.stream;
  const r = Readable.from([1, 2, 3]);
  t.log('read1', r.read(), r.readableLength);
  process.nextTick(() => t.log('tick', r.readableLength));
  Promise.resolve().then(() => t.log('micro', r.readableLength));
  setImmediate(() => { t.log('immediate', r.readableLength, r.read()); t.done(); });
});

add('from-iterable-object', (t) => {
  const { Readable } = t.stream;
  const obj = { *[Symbol.iterator]() { yield 'i1'; yield 'i2'; } };
  const r = Readable.from(obj);
  r.on('data', (c) => t.log('data', c));
  r.on('end', () => {
    const m = Readable.from(new Map([['k', 'v']]));
    m.on('data', (c) => t.log('map data', c));
    m.on('end', () => t.done());
  });
});

// --- operators -------------------------------------------------------------

add('op-map-basic', async (t) => {
  const { Readable } = t.stream;
  t.log(await Readable.from([1, 2, 3]).map((x) => x * 2).toArray());
  t.log(await Readable.from([1, 2, 3]).map(async (x) => { await t.delay(1); return x + 1; }).toArray());
});

add('op-map-concurrency-order', async (t) => {
  const { Readable } = t.stream;
  // Each call waits for its own number of setImmediate turns: 0 is slow,
  // 1 and 3 are fast, so they finish out of order.
  const turns = [6, 1, 3, 1];
  let inFlight = 0;
  let maxInFlight = 0;
  const out = await Readable.from([0, 1, 2, 3]).map(async (i) => {
    inFlight++; maxInFlight = Math.max(maxInFlight, inFlight);
    t.log('start', i);
    for (let k = 0; k < turns[i]; k++) await t.immediate();
    inFlight--;
    t.log('finish', i);
    return i;
  }, { concurrency: 2 }).toArray();
  t.log(out, 'max', maxInFlight);
});

add('op-map-error', async (t) => {
  const { Readable } = t.stream;
  const src = Readable.from([1, 2, 3]);
  t.trace(src, 'src', EV);
  try {
    await src.map((x) => { if (x === 2) throw new Error('map threw'); return x; }).toArray();
  } catch (e) { t.log('caught', e); }
  await t.delay(2);
  t.log('src destroyed', src.destroyed);
});

add('op-map-async-reject', async (t) => {
  const { Readable } = t.stream;
  try {
    await Readable.from([1, 2, 3]).map(async (x) => { if (x === 1) throw new Error('async map'); return x; }, { concurrency: 3 }).toArray();
  } catch (e) { t.log('caught', e); }
});

add('op-filter', async (t) => {
  const { Readable } = t.stream;
  t.log(await Readable.from([1, 2, 3, 4, 5]).filter((x) => x % 2).toArray());
  t.log(await Readable.from([1, 2, 3, 4]).filter(async (x) => x > 2).toArray());
});

add('op-foreach', async (t) => {
  const { Readable } = t.stream;
  const r = await Readable.from([1, 2, 3]).forEach((x) => t.log('each', x));
  t.log('result', r);
  await Readable.from([1, 2]).forEach(async (x) => { await t.delay(1); t.log('async each', x); }, { concurrency: 2 });
});

add('op-some-every-find', async (t) => {
  const { Readable } = t.stream;
  t.log(await Readable.from([1, 2, 3]).some((x) => x > 2), await Readable.from([1, 2, 3]).some((x) => x > 5));
  t.log(await Readable.from([1, 2, 3]).every((x) => x > 0), await Readable.from([1, 2, 3]).every((x) => x > 1));
  t.log(await Readable.from([1, 2, 3]).find((x) => x > 1), await Readable.from([1, 2, 3]).find((x) => x > 5));
});

add('op-some-stops-early', async (t) => {
  const { Readable } = t.stream;
  let pulled = 0;
  const r = Readable.from((function* () { for (let i = 0; i < 100; i++) { pulled++; yield i; } })());
  t.trace(r, 'r', EV);
  t.log(await r.some((x) => x === 3));
  await t.delay(2);
  t.log('pulled', pulled < 20, r.destroyed);
});

add('op-reduce', async (t) => {
  const { Readable } = t.stream;
  t.log(await Readable.from([1, 2, 3, 4]).reduce((a, b) => a + b));
  t.log(await Readable.from([1, 2, 3, 4]).reduce((a, b) => a + b, 10));
  t.log(await Readable.from([]).reduce((a, b) => a + b, 'init'));
  try { await Readable.from([]).reduce((a, b) => a + b); } catch (e) { t.log('caught', e); }
  t.log(await Readable.from(['a', 'b']).reduce(async (a, b) => a + b, ''));
  try { await Readable.from([1]).reduce('x'); } catch (e) { t.log('caught', e); }
});

add('op-reduce-signal', async (t) => {
  const { Readable } = t.stream;
  const ac = new AbortController();
  ac.abort();
  const r = Readable.from([1, 2]);
  t.trace(r, 'r', EV);
  try { await r.reduce((a, b) => a + b, 0, { signal: ac.signal }); } catch (e) { t.log('caught', e); }
  t.log('destroyed', r.destroyed);
});

add('op-toarray-signal', async (t) => {
  const { Readable } = t.stream;
  const ac = new AbortController();
  const r = new Readable({ objectMode: true, read() {} });
  r.push(1);
  setTimeout(() => { ac.abort(); r.push(2); }, 2);
  try { t.log(await r.toArray({ signal: ac.signal })); } catch (e) { t.log('caught', e); }
});

add('op-take-drop', async (t) => {
  const { Readable } = t.stream;
  t.log(await Readable.from([1, 2, 3, 4, 5]).take(2).toArray());
  t.log(await Readable.from([1, 2, 3, 4, 5]).drop(2).toArray());
  t.log(await Readable.from([1, 2, 3]).take(0).toArray());
  t.log(await Readable.from([1, 2, 3]).drop(10).toArray());
  t.log(await Readable.from([1, 2, 3]).take(Infinity).toArray());
  t.log(await Readable.from([1, 2, 3]).take('2').toArray(), await Readable.from([1, 2, 3]).drop(NaN).toArray());
  for (const bad of [-1, -Infinity]) {
    try { Readable.from([1]).take(bad); } catch (e) { t.log('threw', e); }
  }
});

add('op-take-stops-source', async (t) => {
  const { Readable } = t.stream;
  let pulled = 0;
  const src = Readable.from((function* () { for (;;) { pulled++; yield pulled; } })());
  t.trace(src, 'src', EV);
  t.log(await src.take(3).toArray());
  await t.delay(2);
  t.log('src destroyed', src.destroyed, pulled < 10);
});

add('op-flatmap', async (t) => {
  const { Readable } = t.stream;
  t.log(await Readable.from([1, 2]).flatMap((x) => [x, x * 10]).toArray());
  t.log(await Readable.from([1, 2]).flatMap(async function* (x) { yield x; yield -x; }).toArray());
  t.log(await Readable.from(['ab']).flatMap((x) => Readable.from(x.split(''))).toArray());
});

add('op-as-indexed-pairs', async (t) => {
  const { Readable } = t.stream;
  t.log(await Readable.from(['a', 'b']).asIndexedPairs().toArray());
});

add('op-validation', (t) => {
  const { Readable } = t.stream;
  const r = Readable.from([]);
  const tries = [
    () => r.map(1), () => r.map(() => {}, 1), () => r.map(() => {}, { concurrency: 0 }),
    () => r.map(() => {}, { concurrency: 'x' }), () => r.map(() => {}, { signal: {} }),
    () => r.filter(null), () => r.flatMap(5), () => r.drop(1, 'x'), () => r.take(-5),
    () => r.map(() => {}, { highWaterMark: -1 }), () => new r.map(() => {}),
  ];
  for (const f of tries) { try { f(); t.log('ok'); } catch (e) { t.log('threw', e); } }
  const ps = [r.forEach(1), r.toArray(1), r.some(1), r.every(1), r.find(1), r.reduce(1)];
  Promise.allSettled(ps).then((rs) => { rs.forEach((x) => t.log(x.status, x.reason || x.value)); t.done(); });
});

add('op-names-lengths', (t) => {
  const { Readable } = t.stream;
  for (const k of ['map', 'filter', 'flatMap', 'drop', 'take', 'asIndexedPairs', 'compose', 'forEach', 'toArray', 'some', 'every', 'find', 'reduce']) {
    const f = Readable.prototype[k];
    const d = Object.getOwnPropertyDescriptor(Readable.prototype, k);
    t.log(k, f.name, f.length, d.enumerable, d.writable, d.configurable);
  }
  t.done();
});

add('op-map-returns-readable', async (t) => {
  const { Readable } = t.stream;
  const m = Readable.from([1, 2]).map((x) => x);
  t.log(m instanceof Readable, m.readableObjectMode, m.readableHighWaterMark);
  m.destroy();
  await t.delay(2);
});

add('op-map-signal-abort', async (t) => {
  const { Readable } = t.stream;
  const ac = new AbortController();
  const r = new Readable({ objectMode: true, read() {} });
  r.push(1);
  const mapped = r.map(async (x, { signal }) => {
    t.log('fn', x, signal.aborted);
    await t.delay(3);
    t.log('after delay', signal.aborted);
    return x;
  }, { signal: ac.signal });
  setTimeout(() => ac.abort(), 1);
  try { t.log(await mapped.toArray()); } catch (e) { t.log('caught', e); }
});

add('op-map-highwatermark', async (t) => {
  const { Readable } = t.stream;
  let started = 0;
  const r = Readable.from([1, 2, 3, 4, 5, 6]);
  const m = r.map(async (x) => { started++; await t.delay(1); return x; }, { concurrency: 2, highWaterMark: 1 });
  await t.delay(10);
  t.log('started before consume', started);
  t.log(await m.toArray());
});

add('op-chain', async (t) => {
  const { Readable } = t.stream;
  const out = await Readable.from([1, 2, 3, 4, 5, 6, 7, 8])
    .filter((x) => x % 2 === 0)
    .map((x) => x * x)
    .drop(1)
    .take(2)
    .toArray();
  t.log(out);
});

add('op-on-byte-stream', async (t) => {
  const { Readable } = t.stream;
  const r = new Readable({ read() {} });
  r.push('ab'); r.push('cd'); r.push(null);
  t.log(await r.map((c) => String(c)).toArray());
});

module.exports = S;
