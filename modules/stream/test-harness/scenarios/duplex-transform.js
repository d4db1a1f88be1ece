'use strict';
// Duplex, Transform, PassThrough, duplexPair.

const S = [];
const add = (name, fn, opts) => S.push({ name, fn, ...opts });

const EV = ['error', 'end', 'finish', 'close', 'prefinish'];

add('duplex-basic', (t) => {
  const { Duplex } = t.stream;
  const d = new Duplex({
    read() {},
    write(c, e, cb) { t.log('_write', c); this.push(String(c).toUpperCase()); cb(); },
    final(cb) { t.log('_final'); this.push(null); cb(); },
  });
  t.trace(d, 'd', EV);
  d.on('data', (c) => t.log('data', c));
  d.write('a'); d.write('b'); d.end('c');
  d.on('close', () => t.done());
});

add('duplex-allow-half-open-false', (t) => {
  const { Duplex } = t.stream;
  const d = new Duplex({
    allowHalfOpen: false,
    read() {},
    write(c, e, cb) { t.log('_write', c); cb(); },
  });
  t.trace(d, 'd', EV);
  d.resume();
  d.push('x'); d.push(null);
  d.on('close', () => { t.log(d.writableEnded, d.writableFinished); t.done(); });
});

add('duplex-half-open-default', (t) => {
  const { Duplex } = t.stream;
  const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
  t.trace(d, 'd', EV);
  d.resume();
  d.push(null);
  setTimeout(() => { t.log('after end', d.writable, d.destroyed); d.end(); }, 3);
  d.on('close', () => t.done());
});

add('duplex-readable-false', (t) => {
  const { Duplex } = t.stream;
  const d = new Duplex({ readable: false, write(c, e, cb) { t.log('_write', c); cb(); } });
  t.trace(d, 'd', EV);
  t.log(d.readable, d.writable, d.readableEnded);
  d.end('x');
  d.on('close', () => t.done());
});

add('duplex-writable-false', (t) => {
  const { Duplex } = t.stream;
  const d = new Duplex({ writable: false, read() { this.push('r'); this.push(null); } });
  t.trace(d, 'd', EV);
  t.log(d.readable, d.writable, d.writableEnded, d.writableFinished);
  d.on('data', (c) => t.log('data', c));
  d.on('close', () => t.done());
});

add('duplex-object-modes', (t) => {
  const { Duplex } = t.stream;
  const d = new Duplex({
    readableObjectMode: true,
    writableHighWaterMark: 5,
    read() {},
    write(c, e, cb) { this.push({ len: c.length }); cb(); },
  });
  t.log(d.readableObjectMode, d.writableObjectMode, d.readableHighWaterMark, d.writableHighWaterMark);
  d.on('data', (c) => t.log('data', c));
  d.write('hello');
  d.end();
  setTimeout(() => { d.push(null); }, 2);
  t.trace(d, 'd', EV);
  d.on('close', () => t.done());
});

add('duplex-hwm-options', (t) => {
  const { Duplex, Transform } = t.stream;
  const show = (d) => t.log(d.readableHighWaterMark, d.writableHighWaterMark, d.readableObjectMode, d.writableObjectMode);
  show(new Duplex({ highWaterMark: 3, readableHighWaterMark: 5, writableHighWaterMark: 7 }));
  show(new Duplex({ readableHighWaterMark: 5, writableHighWaterMark: 7 }));
  show(new Duplex({ objectMode: true }));
  show(new Duplex({ writableObjectMode: true, readableHighWaterMark: 0 }));
  show(new Transform({ readableHighWaterMark: 0 }));
  show(new Transform({ readableHighWaterMark: 0, writableHighWaterMark: 4 }));
  show(new Transform({ highWaterMark: 0 }));
  t.done();
});

add('duplex-destroyed-accessor', (t) => {
  const { Duplex } = t.stream;
  const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
  t.log(d.destroyed);
  d._readableState.destroyed = true;
  t.log(d.destroyed);
  d.destroyed = true;
  t.log(d.destroyed, d._writableState.destroyed);
  d.destroyed = false;
  t.log(d.destroyed, d._readableState.destroyed);
  t.done();
});

add('duplex-construct', (t) => {
  const { Duplex } = t.stream;
  const d = new Duplex({
    construct(cb) { t.log('construct'); setTimeout(() => { t.log('constructed'); cb(); }, 2); },
    read() { t.log('_read'); this.push('r'); this.push(null); },
    write(c, e, cb) { t.log('_write', c); cb(); },
    final(cb) { t.log('_final'); cb(); },
  });
  t.trace(d, 'd', EV);
  d.write('w');
  d.end();
  d.on('data', (c) => t.log('data', c));
  d.on('close', () => t.done());
});

add('duplex-without-new', (t) => {
  const { Duplex } = t.stream;
  const d = Duplex({ read() {}, write(c, e, cb) { cb(); } });
  t.log(d instanceof Duplex, d.allowHalfOpen);
  t.done();
});

add('duplex-write-error-errors-readable', (t) => {
  const { Duplex } = t.stream;
  const d = new Duplex({ read() {}, write(c, e, cb) { cb(new Error('write err')); } });
  t.trace(d, 'd', EV);
  d.on('data', () => {});
  d.write('x');
  d.push('after');
  d.on('close', () => { t.log(d.readableAborted, d.writableAborted); t.done(); });
});

add('transform-basic', (t) => {
  const { Transform } = t.stream;
  const tr = new Transform({ transform(c, e, cb) { cb(null, String(c).toUpperCase()); } });
  t.trace(tr, 't', EV);
  tr.on('data', (c) => t.log('data', c));
  tr.write('a', t.cb('wa')); tr.write('b'); tr.end('c', t.cb('end'));
  tr.on('close', () => t.done());
});

add('transform-flush', (t) => {
  const { Transform } = t.stream;
  const tr = new Transform({
    transform(c, e, cb) { t.log('_transform', c); cb(); },
    flush(cb) { t.log('_flush'); setTimeout(() => cb(null, 'flushed'), 1); },
  });
  t.trace(tr, 't', EV);
  tr.on('data', (c) => t.log('data', c));
  tr.end('x');
  tr.on('close', () => t.done());
});

add('transform-flush-error', (t) => {
  const { Transform } = t.stream;
  const tr = new Transform({
    transform(c, e, cb) { cb(); },
    flush(cb) { cb(new Error('flush failed')); },
  });
  t.trace(tr, 't', EV);
  tr.resume();
  tr.end('x', t.cb('end'));
  tr.on('close', () => t.done());
});

add('transform-error', (t) => {
  const { Transform } = t.stream;
  const tr = new Transform({ transform(c, e, cb) { cb(new Error(`bad ${c}`)); } });
  t.trace(tr, 't', EV);
  tr.resume();
  tr.write('1', t.cb('1'));
  tr.write('2', t.cb('2'));
  tr.on('close', () => t.done());
});

add('transform-throws', (t) => {
  const { Transform } = t.stream;
  const tr = new Transform({ transform() { throw new Error('threw'); } });
  t.trace(tr, 't', EV);
  try { tr.write('x'); } catch (e) { t.log('caught', e); }
  setTimeout(() => t.done(), 3);
});

add('transform-not-implemented', (t) => {
  const { Transform } = t.stream;
  const tr = new Transform();
  t.trace(tr, 't', EV);
  try { tr.write('x'); } catch (e) { t.log('caught', e); }
  setTimeout(() => t.done(), 3);
});

add('transform-multiple-push', (t) => {
  const { Transform } = t.stream;
  const tr = new Transform({
    objectMode: true,
    transform(c, e, cb) { for (let i = 0; i < c; i++) this.push(`${c}.${i}`); cb(); },
  });
  tr.on('data', (c) => t.log('data', c));
  t.trace(tr, 't', EV);
  tr.write(1); tr.write(3); tr.write(0); tr.end(2);
  tr.on('close', () => t.done());
});

add('transform-backpressure-no-reader', (t) => {
  const { Transform } = t.stream;
  const tr = new Transform({ highWaterMark: 2, objectMode: true, transform(c, e, cb) { t.log('_transform', c); cb(null, c); } });
  t.trace(tr, 't', ['drain', 'finish', 'end', 'close']);
  for (let i = 0; i < 8; i++) t.log('write', i, tr.write(i), tr.readableLength, tr.writableLength);
  setTimeout(() => {
    t.log('reading');
    let c;
    while ((c = tr.read()) !== null) t.log('read', c);
    setTimeout(() => { tr.on('data', (d) => t.log('data', d)); tr.end(); }, 2);
  }, 3);
  tr.on('close', () => t.done());
});

add('transform-async-transform', (t) => {
  const { Transform } = t.stream;
  const tr = new Transform({ transform(c, e, cb) { setTimeout(() => cb(null, c), 1); } });
  tr.on('data', (c) => t.log('data', c));
  t.trace(tr, 't', EV);
  t.log(tr.write('a'), tr.write('b'), tr.write('c'));
  tr.end();
  tr.on('close', () => t.done());
});

add('transform-push-null-in-transform', (t) => {
  const { Transform } = t.stream;
  const tr = new Transform({ transform(c, e, cb) { this.push(c); this.push(null); cb(); } });
  tr.on('data', (c) => t.log('data', c));
  t.trace(tr, 't', EV);
  tr.write('x', t.cb('x'));
  tr.write('y', t.cb('y'));
  tr.end(t.cb('end'));
  tr.on('close', () => t.done());
});

add('transform-subclass-with-final', (t) => {
  const { Transform } = t.stream;
  class T extends Transform {
    _transform(c, e, cb) { cb(null, c); }
    _flush(cb) { t.log('_flush'); cb(null, 'F'); }
    _final(cb) { t.log('_final'); cb(); }
  }
  const tr = new T();
  tr.on('data', (c) => t.log('data', c));
  t.trace(tr, 't', EV);
  tr.end('x');
  tr.on('close', () => t.done());
});

add('transform-without-new-seed', (t) => {
  const stream = t.stream;
  const tr = stream.Transform({ transform(c, e, cb) { cb(null, `<${c}>`); } });
  t.log(tr instanceof stream.Transform, tr instanceof stream.Duplex, tr instanceof stream.Readable, tr instanceof stream.Writable);
  tr.on('data', (c) => t.log('data', c));
  tr.end('seed');
  tr.on('end', () => t.done());
});

add('transform-decodeStrings-false', (t) => {
  const { Transform } = t.stream;
  const tr = new Transform({ decodeStrings: false, transform(c, e, cb) { t.log('_transform', typeof c, e); cb(null, c); } });
  tr.setEncoding('utf8');
  tr.on('data', (c) => t.log('data', typeof c, c));
  tr.write('str'); tr.write('6869', 'hex'); tr.write(t.Buffer.from('buf'));
  tr.end();
  tr.on('end', () => t.done());
});

add('transform-object-to-bytes', (t) => {
  const { Transform } = t.stream;
  const tr = new Transform({ writableObjectMode: true, transform(c, e, cb) { cb(null, JSON.stringify(c)); } });
  tr.on('data', (c) => t.log('data', c));
  tr.write({ a: 1 }); tr.write([2]);
  tr.end();
  tr.on('end', () => t.done());
});

add('transform-destroy-mid', (t) => {
  const { Transform } = t.stream;
  const tr = new Transform({ transform(c, e, cb) { setTimeout(() => cb(null, c), 2); } });
  t.trace(tr, 't', EV);
  tr.on('data', (c) => t.log('data', c));
  tr.write('a', t.cb('a'));
  tr.write('b', t.cb('b'));
  setTimeout(() => tr.destroy(), 1);
  tr.on('close', () => setTimeout(() => t.done(), 5));
});

add('transform-cb-twice', (t) => {
  const { Transform } = t.stream;
  const tr = new Transform({ transform(c, e, cb) { cb(null, c); cb(null, c); } });
  t.trace(tr, 't', EV);
  tr.on('data', (c) => t.log('data', c));
  tr.write('x');
  setTimeout(() => t.done(), 5);
});

add('transform-end-without-data', (t) => {
  const { Transform } = t.stream;
  const tr = new Transform({ transform(c, e, cb) { cb(); } });
  t.trace(tr, 't', EV);
  tr.end();
  setTimeout(() => { t.log('state', tr.writableFinished, tr.readableEnded); tr.resume(); }, 3);
  tr.on('close', () => t.done());
});

add('transform-hwm0', (t) => {
  const { Transform } = t.stream;
  const tr = new Transform({ readableHighWaterMark: 0, transform(c, e, cb) { t.log('_transform', c); cb(null, c); } });
  t.trace(tr, 't', ['drain', 'finish', 'end', 'close']);
  for (let i = 0; i < 3; i++) t.log('write', tr.write(`w${i}`), tr.writableLength, tr.readableLength);
  tr.end();
  setTimeout(() => { tr.on('data', (c) => t.log('data', c)); }, 2);
  tr.on('close', () => t.done());
});

add('passthrough-basic', (t) => {
  const { PassThrough } = t.stream;
  const p = new PassThrough();
  t.trace(p, 'p', EV);
  p.write('a'); p.write(t.Buffer.from('b'));
  t.log(p.read(), p.readableLength);
  p.end('c');
  p.on('data', (c) => t.log('data', c));
  p.on('close', () => t.done());
});

add('passthrough-object', (t) => {
  const { PassThrough } = t.stream;
  const p = new PassThrough({ objectMode: true });
  p.write(1); p.write({ x: 2 }); p.end(null === 1 ? 0 : 3);
  p.on('data', (c) => t.log('data', c));
  p.on('end', () => t.done());
});

add('passthrough-without-new', (t) => {
  const { PassThrough } = t.stream;
  const p = PassThrough();
  t.log(p instanceof PassThrough);
  t.done();
});

add('passthrough-setencoding', (t) => {
  const { PassThrough } = t.stream;
  const p = new PassThrough({ encoding: 'hex' });
  p.end('hi');
  p.on('data', (c) => t.log('data', c));
  p.on('end', () => t.done());
});

add('duplexpair-basic', (t) => {
  const { duplexPair } = t.stream;
  if (typeof duplexPair !== 'function') { t.log('no duplexPair'); t.done(); return; }
  const [a, b] = duplexPair();
  t.trace(a, 'a', EV); t.trace(b, 'b', EV);
  b.on('data', (c) => t.log('b data', c));
  a.on('data', (c) => t.log('a data', c));
  a.write('ping', t.cb('a write'));
  b.write('pong');
  a.end();
  setTimeout(() => b.end(), 3);
  let closed = 0;
  const onClose = () => { if (++closed === 2) t.done(); };
  a.on('close', onClose); b.on('close', onClose);
});

add('duplexpair-empty-write', (t) => {
  const { duplexPair } = t.stream;
  if (typeof duplexPair !== 'function') { t.log('no duplexPair'); t.done(); return; }
  const [a, b] = duplexPair();
  a.write('', t.cb('empty'));
  b.on('data', (c) => t.log('data', c));
  a.write('x', t.cb('x'));
  setTimeout(() => t.done(), 3);
});

add('duplex-from-readable-writable-pair', (t) => {
  const { Duplex, Readable, Writable } = t.stream;
  const r = new Readable({ read() {} });
  const w = new Writable({ write(c, e, cb) { t.log('w got', c); cb(); } });
  const d = Duplex.from({ readable: r, writable: w });
  t.trace(d, 'd', EV);
  d.on('data', (c) => t.log('d data', c));
  d.write('to-w');
  r.push('from-r');
  r.push(null);
  d.end();
  d.on('close', () => t.done());
});

add('duplex-from-async-generator-fn', (t) => {
  const { Duplex } = t.stream;
  const d = Duplex.from(async function* (source) {
    for await (const chunk of source) yield String(chunk).toUpperCase();
  });
  t.trace(d, 'd', EV);
  d.on('data', (c) => t.log('data', c));
  d.write('a'); d.write('b'); d.end();
  d.on('close', () => t.done());
});

add('duplex-from-async-fn-promise', (t) => {
  const { Duplex } = t.stream;
  const d = Duplex.from(async function(source) {
    const got = [];
    for await (const chunk of source) got.push(String(chunk));
    t.log('consumed', got);
  });
  t.trace(d, 'd', EV);
  d.write('x'); d.end('y');
  d.on('close', () => t.done());
});

add('duplex-from-async-fn-returns-value', (t) => {
  const { Duplex } = t.stream;
  const d = Duplex.from(async function(source) {
    // eslint-disable-next-line no-unused-vars
    for await (const c of source);
    return 'value';
  });
  t.trace(d, 'd', EV);
  d.end('y');
  d.on('close', () => t.done());
});

add('duplex-from-iterable-and-string', (t) => {
  const { Duplex } = t.stream;
  const d = Duplex.from(['a', 'b']);
  d.on('data', (c) => t.log('data', c));
  t.log(d.writable, d.readable);
  t.trace(d, 'd', EV);
  d.on('close', () => {
    const d2 = Duplex.from('just a string');
    d2.on('data', (c) => t.log('d2 data', c));
    d2.on('end', () => t.done());
  });
});

add('duplex-from-promise', (t) => {
  const { Duplex } = t.stream;
  const d = Duplex.from(Promise.resolve('resolved'));
  d.on('data', (c) => t.log('data', c));
  t.trace(d, 'd', EV);
  const d2 = Duplex.from(Promise.reject(new Error('rejected')));
  t.trace(d2, 'd2', EV);
  d2.on('close', () => setTimeout(() => t.done(), 2));
});

add('duplex-from-invalid', (t) => {
  const { Duplex } = t.stream;
  for (const v of [1, null, 'x', {}, () => 42]) {
    try { const d = Duplex.from(v); t.log('ok', typeof v, d.constructor.name); d.destroy(); } catch (e) { t.log('threw', e); }
  }
  t.done();
});

add('duplex-from-duplex-identity', (t) => {
  const { Duplex, PassThrough, Readable, Writable } = t.stream;
  const p = new PassThrough();
  t.log(Duplex.from(p) === p);
  const r = Readable.from(['q']);
  const d = Duplex.from(r);
  t.log(d === r, d.readable, d.writable);
  d.on('data', (c) => t.log('data', c));
  const w = new Writable({ write(c, e, cb) { t.log('w', c); cb(); } });
  const dw = Duplex.from(w);
  t.log(dw.readable, dw.writable);
  dw.end('to-w');
  dw.on('finish', () => t.done());
});

add('duplex-from-error-propagation', (t) => {
  const { Duplex, Readable, Writable } = t.stream;
  const r = new Readable({ read() {} });
  const w = new Writable({ write(c, e, cb) { cb(); } });
  const d = Duplex.from({ readable: r, writable: w });
  t.trace(d, 'd', EV);
  t.trace(r, 'r', EV);
  t.trace(w, 'w', EV);
  r.destroy(new Error('readable side failed'));
  d.on('close', () => setTimeout(() => t.done(), 3));
});

add('duplex-from-destroy', (t) => {
  const { Duplex, Readable, Writable } = t.stream;
  const r = new Readable({ read() {} });
  const w = new Writable({ write(c, e, cb) { cb(); } });
  const d = Duplex.from({ readable: r, writable: w });
  t.trace(d, 'd', EV);
  t.trace(r, 'r', EV);
  t.trace(w, 'w', EV);
  d.destroy();
  d.on('close', () => setTimeout(() => t.done(), 3));
});

module.exports = S;
