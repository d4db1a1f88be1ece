'use strict';
// Edge cases: re-entrancy, destroy races, odd option combinations.

const S = [];
const add = (name, fn, opts) => S.push({ name, fn, ...opts });

const EV = ['error', 'end', 'finish', 'close'];

add('destroy-again-before-destroy-cb', (t) => {
  const { Readable } = t.stream;
  const r = new Readable({ read() {}, destroy(err, cb) { t.log('_destroy', err); process.nextTick(cb, new Error('kaboom 1')); } });
  t.trace(r, 'r', EV);
  r.destroy();
  t.log(r.destroyed, r.errored);
  r.destroy(new Error('kaboom 2'));
  t.log(r.errored, r._readableState.errorEmitted);
  r.on('close', () => t.done());
});

add('destroy-push-null-in-destroy', (t) => {
  const { Readable } = t.stream;
  const r = new Readable({ read() {} });
  r.resume();
  r._destroy = function(err, cb) { process.nextTick(() => { this.push(null); cb(); }); };
  t.trace(r, 'r', EV);
  r.destroy();
  r.on('close', () => setTimeout(() => t.done(), 2));
});

add('destroyed-setter-before-construct', (t) => {
  const { Readable } = t.stream;
  function MyReadable() {
    t.log('before', this.destroyed);
    this.destroyed = false;
    Readable.call(this);
  }
  Object.setPrototypeOf(MyReadable.prototype, Readable.prototype);
  Object.setPrototypeOf(MyReadable, Readable);
  const m = new MyReadable();
  t.log('after', m.destroyed, Object.keys(m).includes('destroyed'));
  t.done();
});

add('destroyed-set-true-then-destroy', (t) => {
  const { Readable } = t.stream;
  const r = new Readable({ read() {} });
  r.resume();
  r.destroyed = true;
  t.trace(r, 'r', EV);
  r.destroy(null, t.cb('destroy'));
  setTimeout(() => t.done(), 3);
});

add('destroy-cb-no-error-event', (t) => {
  const { Readable } = t.stream;
  const r = new Readable({ read() {} });
  t.trace(r, 'r', EV);
  r.destroy(new Error('with cb'), t.cb('destroy'));
  t.log(r._readableState.errorEmitted, r.errored);
  r.on('close', () => { t.log('close', r._readableState.errorEmitted); t.done(); });
});

add('error-in-data-handler-propagates', (t) => {
  const { Readable } = t.stream;
  const r = new Readable({ read() {} });
  r.on('data', () => { throw new Error('handler threw'); });
  t.trace(r, 'r', EV);
  r.push('x');
  setTimeout(() => { t.log(r.destroyed, r.readableFlowing, r.readableLength); t.done(); }, 3);
});

add('push-in-end-listener', (t) => {
  const { Readable } = t.stream;
  const r = new Readable({ read() {} });
  t.trace(r, 'r', EV);
  r.on('end', () => { t.log('push in end', r.push('x')); });
  r.resume();
  r.push(null);
  r.on('close', () => t.done());
});

add('read-in-read', (t) => {
  const { Readable } = t.stream;
  let depth = 0;
  let n = 0;
  const r = new Readable({
    read() {
      depth++;
      t.log('_read depth', depth);
      if (++n < 4) { this.push(`c${n}`); this.read(0); } else this.push(null);
      depth--;
    },
  });
  r.on('data', (d) => t.log('data', d));
  t.trace(r, 'r', EV);
  r.on('close', () => t.done());
});

add('writable-write-in-write-cb', (t) => {
  const { Writable } = t.stream;
  let n = 0;
  const w = new Writable({ highWaterMark: 2, write(c, e, cb) { t.log('_write', c); cb(); } });
  const next = () => { if (++n <= 4) t.log('write', w.write(`w${n}`, next)); else w.end(); };
  next();
  t.trace(w, 'w', [...EV, 'drain']);
  w.on('close', () => t.done());
});

add('end-in-write', (t) => {
  const { Writable } = t.stream;
  const w = new Writable({ write(c, e, cb) { t.log('_write', c); this.end(); cb(); } });
  t.trace(w, 'w', [...EV, 'prefinish']);
  w.write('a', t.cb('a'));
  w.write('b', t.cb('b'));
  w.on('close', () => setTimeout(() => t.done(), 2));
});

add('destroy-in-write', (t) => {
  const { Writable } = t.stream;
  const w = new Writable({ write(c, e, cb) { t.log('_write', c); this.destroy(); cb(); } });
  t.trace(w, 'w', EV);
  w.write('a', t.cb('a'));
  w.write('b', t.cb('b'));
  w.end(t.cb('end'));
  w.on('close', () => setTimeout(() => t.done(), 2));
});

add('destroy-in-final', (t) => {
  const { Writable } = t.stream;
  const w = new Writable({ write(c, e, cb) { cb(); }, final(cb) { this.destroy(); cb(); } });
  t.trace(w, 'w', [...EV, 'prefinish']);
  w.end('x', t.cb('end'));
  w.on('close', () => setTimeout(() => t.done(), 2));
});

add('destroy-in-flush', (t) => {
  const { Transform } = t.stream;
  const tr = new Transform({ transform(c, e, cb) { cb(null, c); }, flush(cb) { this.destroy(); cb(); } });
  t.trace(tr, 't', [...EV, 'prefinish']);
  tr.resume();
  tr.end('x');
  tr.on('close', () => setTimeout(() => t.done(), 2));
});

add('error-after-end-emitted', (t) => {
  const { Readable } = t.stream;
  const r = new Readable({ autoDestroy: false, read() {} });
  t.trace(r, 'r', EV);
  r.resume();
  r.push(null);
  r.on('end', () => { r.destroy(new Error('after end')); });
  r.on('close', () => t.done());
});

add('duplex-destroy-readable-side-only-ended', (t) => {
  const { Duplex } = t.stream;
  const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
  t.trace(d, 'd', EV);
  d.resume();
  d.push(null);
  d.on('end', () => setTimeout(() => { t.log('writable still', d.writable); d.end('bye'); }, 1));
  d.on('close', () => t.done());
});

add('transform-end-while-pending', (t) => {
  const { Transform } = t.stream;
  const tr = new Transform({ transform(c, e, cb) { setTimeout(() => cb(null, c), 2); } });
  tr.on('data', (d) => t.log('data', d));
  t.trace(tr, 't', [...EV, 'prefinish']);
  tr.write('a');
  tr.end('b', t.cb('end'));
  tr.on('close', () => t.done());
});

add('transform-final-option', (t) => {
  const { Transform } = t.stream;
  const tr = new Transform({
    transform(c, e, cb) { cb(null, c); },
    flush(cb) { t.log('_flush'); cb(null, 'F'); },
    final(cb) { t.log('_final option'); cb(); },
  });
  tr.on('data', (d) => t.log('data', d));
  t.trace(tr, 't', [...EV, 'prefinish']);
  tr.end('x');
  setTimeout(() => t.done(), 5);
});

add('transform-callback-undefined-vs-null', (t) => {
  const { Transform } = t.stream;
  const tr = new Transform({ objectMode: true, transform(c, e, cb) { if (c === 1) cb(null, undefined); else if (c === 2) cb(null, null); else if (c === 3) cb(null, 0); else cb(null, false); } });
  tr.on('data', (d) => t.log('data', d));
  tr.write(1); tr.write(2); tr.write(3); tr.end(4);
  tr.on('end', () => t.done());
});

add('pipe-then-destroy-source-mid', (t) => {
  const { Readable, Writable } = t.stream;
  let n = 0;
  const r = new Readable({ read() { n++; setTimeout(() => this.push(`x${n}`), 1); } });
  let writes = 0;
  const w = new Writable({ write(c, e, cb) { t.log('_write', c); cb(); if (++writes === 3) r.destroy(new Error('src died')); } });
  r.pipe(w);
  t.trace(r, 'r', EV); t.trace(w, 'w', EV);
  r.on('close', () => setImmediate(() => { t.log('w state', w.writableEnded, w.destroyed); t.done(); }));
});

add('iterate-then-pipe', async (t) => {
  const { Readable, Writable } = t.stream;
  const r = Readable.from(['a', 'b', 'c'], { objectMode: false });
  const it = r.iterator({ destroyOnReturn: false });
  t.log(String((await it.next()).value));
  await it.return();
  const w = new Writable({ write(c, e, cb) { t.log('_write', c); cb(); } });
  r.pipe(w);
  await new Promise((resolve) => w.on('finish', resolve));
  t.log('finished');
});

add('async-iterator-concurrent-next', async (t) => {
  const { Readable } = t.stream;
  const r = new Readable({ objectMode: true, read() {} });
  const it = r[Symbol.asyncIterator]();
  const p = Promise.all([it.next(), it.next(), it.next()]);
  setTimeout(() => { r.push(1); r.push(2); r.push(null); }, 1);
  t.log((await p).map((x) => [x.done, x.value]));
});

add('readable-listener-after-ended', (t) => {
  const { Readable } = t.stream;
  const r = new Readable({ read() {} });
  r.push('a');
  r.push(null);
  setTimeout(() => {
    r.on('readable', () => { t.log('readable', r.read()); });
    t.trace(r, 'r', EV);
  }, 1);
  setTimeout(() => t.done(), 6);
});

add('many-readable-listeners', (t) => {
  const { Readable } = t.stream;
  const r = new Readable({ read() {} });
  r.on('readable', () => t.log('L1'));
  r.on('readable', () => { t.log('L2', r.read()); });
  r.push('x');
  setTimeout(() => { r.push(null); r.read(); }, 2);
  t.trace(r, 'r', EV);
  r.on('close', () => t.done());
});

add('end-without-write-and-writev', (t) => {
  const { Writable } = t.stream;
  const w = new Writable({ writev(chunks, cb) { t.log('_writev', chunks.length); cb(); } });
  t.trace(w, 'w', [...EV, 'prefinish']);
  w.end();
  w.on('close', () => t.done());
});

add('write-empty-buffer', (t) => {
  const { Writable } = t.stream;
  const w = new Writable({ highWaterMark: 1, write(c, e, cb) { t.log('_write', c.length); setImmediate(cb); } });
  t.trace(w, 'w', [...EV, 'drain']);
  t.log(w.write(''), w.write(t.Buffer.alloc(0)), w.writableLength);
  w.end();
  w.on('close', () => t.done());
});

add('readable-push-empty-buffer-object', (t) => {
  const { Readable } = t.stream;
  const r = new Readable({ objectMode: true, read() {} });
  r.push(t.Buffer.alloc(0));
  r.push('');
  t.log(r.readableLength, r.read(), r.read());
  t.done();
});

add('object-mode-with-encoding', (t) => {
  const { Readable } = t.stream;
  const r = new Readable({ objectMode: true, encoding: 'utf8', read() {} });
  r.push(t.Buffer.from('buf'));
  r.push('str');
  t.log(r.read(), r.read());
  t.done();
});

add('pipe-to-self-chain-passthrough-ends', (t) => {
  const { PassThrough } = t.stream;
  const a = new PassThrough();
  const b = new PassThrough();
  a.pipe(b);
  b.on('data', (d) => t.log('b data', d));
  t.trace(a, 'a', EV); t.trace(b, 'b', EV);
  a.end('hello');
  b.on('close', () => t.done());
});

add('wrap-with-objectmode-false', (t) => {
  const { Readable } = t.stream;
  const EE = Object.getPrototypeOf(t.stream.Stream);
  const old = new EE();
  const r = Readable.wrap ? new Readable({ objectMode: false }).wrap(old) : null;
  r.on('data', (d) => t.log('data', d));
  t.trace(r, 'r', EV);
  old.emit('data', 'str');
  old.emit('end');
  r.on('close', () => t.done());
});

add('highwatermark-zero-readable-push', (t) => {
  const { Readable } = t.stream;
  const r = new Readable({ highWaterMark: 0, read() {} });
  t.log(r.push('a'), r.push('b'), r.readableLength);
  r.on('data', (d) => t.log('data', d));
  r.push(null);
  t.trace(r, 'r', EV);
  r.on('close', () => t.done());
});

add('set-encoding-twice', (t) => {
  const { Readable } = t.stream;
  const r = new Readable({ read() {} });
  r.setEncoding('utf8');
  r.push('abc');
  r.setEncoding('hex');
  t.log(r.readableEncoding, r.readableLength, r.read());
  t.done();
});

add('set-encoding-buffer-and-utf-8-alias', (t) => {
  const { Readable } = t.stream;
  const r = new Readable({ read() {} });
  r.setEncoding('UTF-8');
  t.log(r.readableEncoding);
  try { r.setEncoding('bogus'); } catch (e) { t.log('threw', e); }
  t.done();
});

add('readable-from-readable', async (t) => {
  const { Readable } = t.stream;
  const inner = Readable.from(['x', 'y']);
  const outer = Readable.from(inner);
  t.log(await outer.toArray());
});

add('finished-on-finished-writable-later', (t) => {
  const { Writable } = t.stream;
  const w = new Writable({ autoDestroy: false, write(c, e, cb) { cb(); } });
  w.end();
  w.on('finish', () => {
    t.stream.finished(w, t.cb('finished after finish'));
  });
  setTimeout(() => t.done(), 4);
});

add('finished-readable-ended-autodestroy-false', (t) => {
  const { Readable } = t.stream;
  const r = new Readable({ autoDestroy: false, read() {} });
  r.resume();
  r.push(null);
  r.on('end', () => t.stream.finished(r, t.cb('late finished')));
  setTimeout(() => t.done(), 4);
});

add('pipeline-readable-ended-before', (t) => {
  const { Readable, Writable, pipeline } = t.stream;
  const r = new Readable({ read() {} });
  r.push('a');
  r.push(null);
  const w = new Writable({ write(c, e, cb) { t.log('_write', c); cb(); } });
  pipeline(r, w, (err) => { t.log('cb', err); t.done(); });
});

add('pipeline-already-destroyed-source', (t) => {
  const { Readable, Writable, pipeline } = t.stream;
  const r = new Readable({ read() {} });
  r.destroy();
  const w = new Writable({ write(c, e, cb) { cb(); } });
  t.trace(w, 'w', EV);
  pipeline(r, w, (err) => { t.log('cb', err); });
  setTimeout(() => t.done(), 5);
});

add('compose-object-mode-flags', (t) => {
  const { compose, Transform, PassThrough } = t.stream;
  const c = compose(new Transform({ writableObjectMode: true, transform(c2, e, cb) { cb(null, String(c2)); } }), new PassThrough({ objectMode: true }));
  t.log(c.writableObjectMode, c.readableObjectMode);
  c.on('data', (d) => t.log('data', d));
  c.write({ toString() { return 'obj'; } });
  c.end();
  c.on('end', () => t.done());
});

add('duplex-from-blob', (t) => {
  const { Duplex } = t.stream;
  const { Blob } = require('buffer');
  const d = Duplex.from(new Blob(['blob ', 'data']));
  d.on('data', (c) => t.log('data', c.constructor.name, t.Buffer.from(c).toString()));
  t.trace(d, 'd', EV);
  d.on('close', () => t.done());
});

add('pipeline-blob-source', (t) => {
  const { Writable, pipeline } = t.stream;
  const { Blob } = require('buffer');
  const w = new Writable({ objectMode: true, write(c, e, cb) { t.log('_write', c.constructor.name, c.byteLength); cb(); } });
  pipeline(new Blob(['xyz']), w, (err) => { t.log('cb', err); t.done(); });
});

module.exports = S;
