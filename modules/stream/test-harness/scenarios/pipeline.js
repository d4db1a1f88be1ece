'use strict';
// pipeline() (callback and promise), generators, signals, compose().

const S = [];
const add = (name, fn, opts) => S.push({ name, fn, ...opts });

const EV = ['error', 'end', 'finish', 'close'];

function sink(t, label, opts = {}) {
  const { Writable } = t.stream;
  return new Writable({
    objectMode: !!opts.objectMode,
    highWaterMark: opts.hwm,
    write(c, e, cb) {
      t.log(`${label} _write`, c);
      if (opts.fail && String(c) === opts.fail) cb(new Error(`${label} failed on ${c}`));
      else if (opts.async) setTimeout(cb, 1);
      else cb();
    },
  });
}

add('basic-three', (t) => {
  const { Readable, Transform, pipeline } = t.stream;
  const r = Readable.from(['a', 'b', 'c']);
  const tr = new Transform({ transform(c, e, cb) { cb(null, String(c).toUpperCase()); } });
  const w = sink(t, 'w');
  t.trace(r, 'r', EV); t.trace(tr, 't', EV); t.trace(w, 'w', EV);
  const ret = pipeline(r, tr, w, (err, val) => { t.log('pipeline cb', err, val); t.done(); });
  t.log('returns last', ret === w);
});

add('array-form', (t) => {
  const { Readable, PassThrough, pipeline } = t.stream;
  pipeline([Readable.from(['x']), new PassThrough(), sink(t, 'w')], (err) => { t.log('cb', err); t.done(); });
});

add('source-error', (t) => {
  const { Readable, PassThrough, pipeline } = t.stream;
  const r = new Readable({ read() {} });
  const p = new PassThrough();
  const w = sink(t, 'w');
  t.trace(r, 'r', EV); t.trace(p, 'p', EV); t.trace(w, 'w', EV);
  pipeline(r, p, w, (err) => { t.log('cb', err); });
  r.push('ok');
  setTimeout(() => r.destroy(new Error('source broke')), 2);
  setTimeout(() => t.done(), 8);
});

add('middle-error', (t) => {
  const { Readable, Transform, pipeline } = t.stream;
  const r = Readable.from(['1', '2', '3']);
  const tr = new Transform({ transform(c, e, cb) { if (String(c) === '2') cb(new Error('t fail')); else cb(null, c); } });
  const w = sink(t, 'w');
  t.trace(r, 'r', EV); t.trace(tr, 't', EV); t.trace(w, 'w', EV);
  pipeline(r, tr, w, (err) => { t.log('cb', err); });
  setTimeout(() => t.done(), 8);
});

add('dest-error', (t) => {
  const { Readable, pipeline } = t.stream;
  const r = Readable.from(['1', '2', '3']);
  const w = sink(t, 'w', { fail: '2' });
  t.trace(r, 'r', EV); t.trace(w, 'w', EV);
  pipeline(r, w, (err) => { t.log('cb', err); });
  setTimeout(() => t.done(), 8);
});

add('dest-premature-close', (t) => {
  const { Readable, pipeline } = t.stream;
  const r = new Readable({ read() {} });
  const w = sink(t, 'w');
  t.trace(r, 'r', EV); t.trace(w, 'w', EV);
  pipeline(r, w, (err) => { t.log('cb', err); });
  r.push('x');
  setTimeout(() => w.destroy(), 2);
  setTimeout(() => t.done(), 8);
});

add('source-premature-close', (t) => {
  const { Readable, pipeline } = t.stream;
  const r = new Readable({ read() {} });
  const w = sink(t, 'w');
  t.trace(r, 'r', EV); t.trace(w, 'w', EV);
  pipeline(r, w, (err) => { t.log('cb', err); });
  setTimeout(() => r.destroy(), 2);
  setTimeout(() => t.done(), 8);
});

add('generator-source', (t) => {
  const { pipeline } = t.stream;
  pipeline(function* () { yield 'a'; yield 'b'; }, sink(t, 'w'), (err, v) => { t.log('cb', err, v); t.done(); });
});

add('async-generator-source-fn', (t) => {
  const { pipeline } = t.stream;
  pipeline(async function* ({ signal }) { t.log('signal', typeof signal, signal.aborted); yield 'a'; await t.delay(1); yield 'b'; },
           sink(t, 'w'), (err) => { t.log('cb', err); t.done(); });
});

add('async-generator-transform', (t) => {
  const { Readable, pipeline } = t.stream;
  pipeline(
    Readable.from(['a', 'b', 'c']),
    async function* (source, { signal }) {
      for await (const chunk of source) yield `${chunk}!`;
      t.log('transform done', signal.aborted);
    },
    sink(t, 'w'),
    (err) => { t.log('cb', err); t.done(); });
});

add('async-fn-destination-value', (t) => {
  const { Readable, pipeline } = t.stream;
  pipeline(
    Readable.from(['1', '2', '3']),
    async function (source) {
      let sum = 0;
      for await (const c of source) sum += Number(c);
      return sum;
    },
    (err, value) => { t.log('cb', err, value); t.done(); });
});

add('async-generator-destination', (t) => {
  const { Readable, pipeline } = t.stream;
  pipeline(
    Readable.from(['a', 'b']),
    async function* (source) { for await (const c of source) yield String(c).repeat(2); },
    async function* (source) { for await (const c of source) t.log('dest got', c); },
    (err, value) => { t.log('cb', err, value); t.done(); });
});

add('generator-throws', (t) => {
  const { Readable, pipeline } = t.stream;
  const r = Readable.from(['a', 'b', 'c']);
  t.trace(r, 'r', EV);
  pipeline(
    r,
    async function* (source) { for await (const c of source) { if (String(c) === 'b') throw new Error('gen threw'); yield c; } },
    sink(t, 'w'),
    (err) => { t.log('cb', err); });
  setTimeout(() => t.done(), 8);
});

add('async-fn-destination-rejects', (t) => {
  const { Readable, pipeline } = t.stream;
  const r = Readable.from(['a', 'b', 'c']);
  t.trace(r, 'r', EV);
  pipeline(r, async function (source) { for await (const c of source) { if (String(c) === 'b') throw new Error('dest rejected'); } },
           (err) => { t.log('cb', err); });
  setTimeout(() => t.done(), 8);
});

add('iterable-source-array', (t) => {
  const { pipeline } = t.stream;
  pipeline(['x', 'y'], sink(t, 'w'), (err) => { t.log('cb', err); t.done(); });
});

add('string-source', (t) => {
  const { pipeline } = t.stream;
  pipeline('strsource', sink(t, 'w'), (err) => { t.log('cb', err); t.done(); });
});

add('object-mode-sink-from-generator', (t) => {
  const { pipeline } = t.stream;
  pipeline(function* () { yield { a: 1 }; yield 2; }, sink(t, 'w', { objectMode: true }), (err) => { t.log('cb', err); t.done(); });
});

add('generator-source-to-byte-sink-type-error', (t) => {
  const { pipeline } = t.stream;
  pipeline(function* () { yield 1; }, sink(t, 'w'), (err) => { t.log('cb', err); });
  setTimeout(() => t.done(), 5);
});

add('signal-abort-mid', (t) => {
  const { Readable, pipeline } = t.stream;
  const ac = new AbortController();
  const r = new Readable({ read() {} });
  const w = sink(t, 'w');
  t.trace(r, 'r', EV); t.trace(w, 'w', EV);
  t.promises.pipeline(r, w, { signal: ac.signal }).then(() => t.log('resolved'), (e) => t.log('rejected', e));
  r.push('a');
  setTimeout(() => ac.abort(), 2);
  setTimeout(() => t.done(), 8);
  void pipeline;
});

add('signal-pre-aborted', (t) => {
  const { Readable } = t.stream;
  const r = Readable.from(['a']);
  const w = sink(t, 'w');
  t.trace(r, 'r', EV); t.trace(w, 'w', EV);
  t.promises.pipeline(r, w, { signal: AbortSignal.abort() }).then(() => t.log('resolved'), (e) => t.log('rejected', e));
  setTimeout(() => t.done(), 8);
});

add('promise-pipeline-value', async (t) => {
  const { Readable } = t.stream;
  const v = await t.promises.pipeline(Readable.from([1, 2, 3]), async (source) => {
    const out = [];
    for await (const c of source) out.push(c);
    return out;
  });
  t.log('value', v);
});

add('promise-pipeline-end-false', async (t) => {
  const { Readable } = t.stream;
  const w = sink(t, 'w');
  t.trace(w, 'w', EV);
  await t.promises.pipeline(Readable.from(['a']), w, { end: false });
  t.log('resolved', w.writableEnded);
  w.end('z');
  await t.delay(3);
});

add('promise-pipeline-reject', async (t) => {
  const { Readable } = t.stream;
  try {
    await t.promises.pipeline(Readable.from(['a']), async function* (s) { for await (const c of s) throw new Error(`bad ${c}`); }, sink(t, 'w'));
  } catch (e) {
    t.log('rejected', e);
  }
});

add('validation', (t) => {
  const { Readable, pipeline } = t.stream;
  for (const args of [[], [() => {}], [Readable.from(['a']), () => {}], [Readable.from(['a']), sink(t, 'w')], [1, 2, () => {}]]) {
    try { pipeline(...args); t.log('ok'); } catch (e) { t.log('threw', e); }
  }
  setTimeout(() => t.done(), 5);
});

add('invalid-source-fn-return', (t) => {
  const { pipeline } = t.stream;
  try { pipeline(() => 42, sink(t, 'w'), () => {}); } catch (e) { t.log('threw', e); }
  try { pipeline(['a'], (s) => 42, sink(t, 'w'), () => {}); } catch (e) { t.log('threw', e); }
  try { pipeline(['a'], (s) => 42, () => {}); } catch (e) { t.log('threw', e); }
  setTimeout(() => t.done(), 5);
});

add('transform-stream-last-readable', (t) => {
  const { Readable, PassThrough, pipeline } = t.stream;
  const last = new PassThrough();
  pipeline(Readable.from(['q']), last, (err) => { t.log('cb', err, last.readableLength); last.on('data', (c) => t.log('data', c)); setTimeout(() => t.done(), 3); });
  t.trace(last, 'last', EV);
});

add('pipeline-error-after-finish-last-readable', (t) => {
  const { Readable, PassThrough, pipeline } = t.stream;
  const last = new PassThrough();
  pipeline(Readable.from(['q']), last, (err) => { t.log('cb', err); });
  setTimeout(() => { t.log('listeners', last.listenerCount('error')); last.on('error', (e) => t.log('late error', e)); last.destroy(new Error('late')); }, 5);
  setTimeout(() => t.done(), 10);
});

add('pipeline-long-chain-backpressure', (t) => {
  const { Readable, Transform, pipeline } = t.stream;
  let n = 0;
  const r = new Readable({ objectMode: true, highWaterMark: 2, read() { n++; t.log('_read', n); this.push(n > 6 ? null : n); } });
  const mk = (k) => new Transform({ objectMode: true, highWaterMark: 1, transform(c, e, cb) { setImmediate(() => cb(null, c * k)); } });
  pipeline(r, mk(2), mk(3), sink(t, 'w', { objectMode: true, hwm: 1, async: true }), (err) => { t.log('cb', err); t.done(); });
});

add('pipeline-duplex-middle', (t) => {
  const { Readable, Duplex, pipeline } = t.stream;
  const d = Duplex.from(async function* (source) { for await (const c of source) yield `[${c}]`; });
  pipeline(Readable.from(['a', 'b']), d, sink(t, 'w'), (err) => { t.log('cb', err); t.done(); });
});

add('pipeline-same-stream-error-handlers', (t) => {
  const { Readable, PassThrough, pipeline } = t.stream;
  const r = Readable.from(['a']);
  const p = new PassThrough();
  const w = sink(t, 'w');
  pipeline(r, p, w, () => {
    t.log('listeners after', r.listenerCount('error'), p.listenerCount('error'), w.listenerCount('error'),
          r.listenerCount('close'), p.listenerCount('close'), w.listenerCount('close'));
    t.done();
  });
});

add('compose-basic', (t) => {
  const { Readable, Transform, compose, pipeline } = t.stream;
  const up = new Transform({ transform(c, e, cb) { cb(null, String(c).toUpperCase()); } });
  const ex = new Transform({ transform(c, e, cb) { cb(null, `${c}!`); } });
  const c = compose(up, ex);
  t.trace(c, 'c', EV);
  pipeline(Readable.from(['a', 'b']), c, sink(t, 'w'), (err) => { t.log('cb', err); t.done(); });
});

add('compose-generators', (t) => {
  const { Readable, compose } = t.stream;
  const c = compose(async function* (s) { for await (const x of s) yield x * 2; }, async function* (s) { for await (const x of s) yield x + 1; });
  t.trace(c, 'c', EV);
  Readable.from([1, 2, 3]).pipe(c).on('data', (d) => t.log('data', d));
  c.on('end', () => t.done());
});

add('compose-readable-first', (t) => {
  const { Readable, compose, PassThrough } = t.stream;
  const c = compose(Readable.from(['x', 'y']), new PassThrough());
  t.log('readable', c.readable, 'writable', c.writable);
  c.on('data', (d) => t.log('data', d));
  t.trace(c, 'c', EV);
  c.on('close', () => t.done());
});

add('compose-writable-last', (t) => {
  const { compose, PassThrough } = t.stream;
  const c = compose(new PassThrough(), sink(t, 'w'));
  t.log('readable', c.readable, 'writable', c.writable);
  t.trace(c, 'c', EV);
  c.end('into');
  c.on('close', () => t.done());
});

add('compose-error', (t) => {
  const { compose, PassThrough, Transform } = t.stream;
  const bad = new Transform({ transform(c, e, cb) { cb(new Error('compose inner')); } });
  const c = compose(new PassThrough(), bad);
  t.trace(c, 'c', EV);
  c.resume();
  c.write('x');
  c.on('close', () => setTimeout(() => t.done(), 2));
});

add('compose-destroy', (t) => {
  const { compose, PassThrough } = t.stream;
  const a = new PassThrough();
  const b = new PassThrough();
  const c = compose(a, b);
  t.trace(c, 'c', EV); t.trace(a, 'a', EV); t.trace(b, 'b', EV);
  c.destroy();
  c.on('close', () => setTimeout(() => t.done(), 3));
});

add('compose-validation', (t) => {
  const { compose, Readable, Writable, PassThrough } = t.stream;
  try { compose(); } catch (e) { t.log('threw', e); }
  // (the message ends in util.inspect() of the stream: compare its start)
  try { compose(new Writable(), new PassThrough()); } catch (e) { t.log('threw', e.name, e.code, e.message.split('Received')[0]); }
  try { compose(new PassThrough(), new Readable()); } catch (e) { t.log('threw', e.name, e.code, e.message.split('Received')[0]); }
  const one = compose(new PassThrough());
  t.log('single', one.constructor.name);
  t.done();
});

add('readable-compose-operator', (t) => {
  const { Readable } = t.stream;
  const out = Readable.from([1, 2, 3]).compose(async function* (s) { for await (const x of s) yield x * 10; });
  t.log(out.constructor.name);
  out.on('data', (d) => t.log('data', d));
  out.on('end', () => t.done());
});

module.exports = S;
