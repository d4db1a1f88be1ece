'use strict';
// pipe()/unpipe(): backpressure, cleanup, multiple destinations, errors,
// legacy Stream.prototype.pipe.

const S = [];
const add = (name, fn, opts) => S.push({ name, fn, ...opts });

const REV = ['error', 'end', 'close', 'pause', 'resume'];
const WEV = ['error', 'finish', 'close', 'drain', 'pipe', 'unpipe'];

// Backpressure traces: source of N chunks into a slow writer.
for (const whwm of [1, 4, 16]) {
  for (const rhwm of [1, 8]) {
    for (const speed of ['sync', 'immediate', 'timeout']) {
      add(`bp-pipe-w${whwm}-r${rhwm}-${speed}`, (t) => {
        const { Readable, Writable } = t.stream;
        let n = 0;
        const r = new Readable({
          highWaterMark: rhwm,
          read() { n++; t.log('_read', n, this.readableLength); this.push(n > 6 ? null : `c${n}`); },
        });
        const w = new Writable({
          highWaterMark: whwm,
          write(c, e, cb) {
            t.log('_write', c, this.writableLength);
            if (speed === 'sync') cb();
            else if (speed === 'immediate') setImmediate(cb);
            else setTimeout(cb, 1);
          },
        });
        t.trace(r, 'r', REV);
        t.trace(w, 'w', WEV);
        t.log('pipe ret', r.pipe(w) === w);
        w.on('close', () => t.done());
      });
    }
  }
}

add('pipe-object-mode-transform-chain', (t) => {
  const { Readable, Transform, Writable } = t.stream;
  const r = Readable.from([1, 2, 3, 4, 5], { highWaterMark: 2 });
  const tr = new Transform({ objectMode: true, highWaterMark: 1, transform(c, e, cb) { t.log('_transform', c); setImmediate(() => cb(null, c * 10)); } });
  const w = new Writable({ objectMode: true, highWaterMark: 1, write(c, e, cb) { t.log('_write', c); setImmediate(cb); } });
  t.trace(tr, 't', ['end', 'finish', 'close', 'drain', 'pause', 'resume']);
  t.trace(w, 'w', WEV);
  r.pipe(tr).pipe(w);
  w.on('close', () => t.done());
});

add('pipe-end-false', (t) => {
  const { Readable, Writable } = t.stream;
  const r = Readable.from(['a', 'b']);
  const w = new Writable({ write(c, e, cb) { t.log('_write', c); cb(); } });
  t.trace(r, 'r', REV);
  t.trace(w, 'w', WEV);
  r.pipe(w, { end: false });
  r.on('end', () => setTimeout(() => { t.log('w ended?', w.writableEnded); w.end('manual'); }, 2));
  w.on('close', () => t.done());
});

add('pipe-after-end', (t) => {
  const { Readable, Writable } = t.stream;
  const r = new Readable({ read() {} });
  r.push(null);
  r.resume();
  r.on('end', () => {
    const w = new Writable({ write(c, e, cb) { cb(); } });
    t.trace(w, 'w', WEV);
    r.pipe(w);
    w.on('close', () => t.done());
  });
});

add('unpipe-specific', (t) => {
  const { Readable, Writable } = t.stream;
  const r = new Readable({ read() {} });
  const w1 = new Writable({ write(c, e, cb) { t.log('w1', c); cb(); } });
  const w2 = new Writable({ write(c, e, cb) { t.log('w2', c); cb(); } });
  t.trace(r, 'r', REV);
  t.trace(w1, 'w1', WEV);
  t.trace(w2, 'w2', WEV);
  r.pipe(w1); r.pipe(w2);
  r.push('both');
  setTimeout(() => {
    r.unpipe(w1);
    t.log('pipes', r._readableState.pipes.length, r.readableFlowing);
    r.push('only-w2');
    setTimeout(() => { r.unpipe(w2); t.log('flowing', r.readableFlowing); r.push(null); setTimeout(() => { r.resume(); }, 2); }, 2);
  }, 2);
  r.on('close', () => setTimeout(() => t.done(), 2));
});

add('unpipe-all', (t) => {
  const { Readable, Writable } = t.stream;
  const r = new Readable({ read() {} });
  const ws = [1, 2, 3].map((i) => t.trace(new Writable({ write(c, e, cb) { t.log(`w${i}`, c); cb(); } }), `w${i}`, WEV));
  ws.forEach((w) => r.pipe(w));
  r.push('x');
  setTimeout(() => { r.unpipe(); t.log('after unpipe', r.readableFlowing, r._readableState.pipes.length); r.unpipe(); t.done(); }, 2);
});

add('unpipe-not-piped', (t) => {
  const { Readable, Writable } = t.stream;
  const r = new Readable({ read() {} });
  const w = new Writable({ write(c, e, cb) { cb(); } });
  t.log(r.unpipe(w) === r, r.unpipe() === r);
  const w2 = new Writable({ write(c, e, cb) { cb(); } });
  r.pipe(w2);
  t.log(r.unpipe(w) === r, r._readableState.pipes.length);
  t.done();
});

add('pipe-multiple-dest-backpressure', (t) => {
  const { Readable, Writable } = t.stream;
  let n = 0;
  const r = new Readable({ highWaterMark: 2, read() { n++; this.push(n > 5 ? null : `d${n}`); } });
  const fast = new Writable({ highWaterMark: 100, write(c, e, cb) { t.log('fast', c); cb(); } });
  const slow = new Writable({ highWaterMark: 1, write(c, e, cb) { t.log('slow', c); setTimeout(cb, 2); } });
  t.trace(r, 'r', REV);
  t.trace(slow, 'slow', ['drain', 'finish']);
  t.trace(fast, 'fast', ['drain', 'finish']);
  r.pipe(fast); r.pipe(slow);
  slow.on('close', () => t.done());
});

add('pipe-dest-error-unpipes', (t) => {
  const { Readable, Writable } = t.stream;
  const r = new Readable({ read() {} });
  const w = new Writable({ write(c, e, cb) { cb(new Error('dest failed')); } });
  t.trace(r, 'r', REV);
  t.trace(w, 'w', WEV);
  r.pipe(w);
  r.push('x');
  setTimeout(() => { t.log('pipes', r._readableState.pipes.length, r.readableFlowing, r.destroyed); t.done(); }, 5);
});

add('pipe-dest-error-no-handler-throws', (t) => {
  const { Readable, Writable } = t.stream;
  const r = new Readable({ read() {} });
  const w = new Writable({ write(c, e, cb) { cb(new Error('unhandled dest')); } });
  t.trace(r, 'r', REV);
  r.pipe(w);
  r.push('x');
  setTimeout(() => t.done(), 5);
});

add('pipe-dest-close-unpipes', (t) => {
  const { Readable, Writable } = t.stream;
  const r = new Readable({ read() {} });
  const w = new Writable({ write(c, e, cb) { t.log('_write', c); cb(); } });
  t.trace(r, 'r', REV);
  t.trace(w, 'w', WEV);
  r.pipe(w);
  r.push('a');
  setTimeout(() => { w.destroy(); }, 2);
  setTimeout(() => { t.log('pipes', r._readableState.pipes.length, r.readableFlowing); r.push('b'); t.log(r.readableLength); t.done(); }, 5);
});

add('pipe-src-destroy-no-end', (t) => {
  const { Readable, Writable } = t.stream;
  const r = new Readable({ read() {} });
  const w = new Writable({ write(c, e, cb) { cb(); } });
  t.trace(r, 'r', REV);
  t.trace(w, 'w', WEV);
  r.pipe(w);
  r.push('a');
  setTimeout(() => r.destroy(), 2);
  setTimeout(() => { t.log('w', w.writableEnded, w.destroyed); t.done(); }, 6);
});

add('pipe-listener-cleanup', (t) => {
  const { Readable, Writable } = t.stream;
  const r = new Readable({ read() {} });
  const w = new Writable({ write(c, e, cb) { cb(); } });
  const counts = () => ['data', 'end', 'error', 'close', 'finish', 'drain', 'unpipe'].map((e) => `${e}:${r.listenerCount(e)}/${w.listenerCount(e)}`).join(' ');
  t.log('before', counts());
  r.pipe(w);
  t.log('piped', counts());
  r.unpipe(w);
  t.log('unpiped', counts());
  r.pipe(w);
  r.push(null);
  w.on('close', () => { t.log('after end', counts()); t.done(); });
});

add('pipe-returns-dest-chain', (t) => {
  const { Readable, PassThrough, Writable } = t.stream;
  const r = Readable.from(['x', 'y', 'z']);
  const a = new PassThrough();
  const b = new PassThrough();
  const out = [];
  const w = new Writable({ write(c, e, cb) { out.push(String(c)); cb(); } });
  r.pipe(a).pipe(b).pipe(w);
  t.trace(w, 'w', WEV);
  w.on('close', () => { t.log(out); t.done(); });
});

add('pipe-into-already-needs-drain', (t) => {
  const { Readable, Writable } = t.stream;
  const w = new Writable({ highWaterMark: 1, write(c, e, cb) { t.log('_write', c); setTimeout(cb, 2); } });
  w.write('prefill');
  t.log('needDrain', w.writableNeedDrain);
  const r = Readable.from(['a', 'b']);
  t.trace(r, 'r', REV);
  t.trace(w, 'w', WEV);
  r.pipe(w);
  w.on('close', () => t.done());
});

add('pipe-pause-in-data', (t) => {
  const { Readable, Writable } = t.stream;
  const r = Readable.from(['1', '2', '3', '4']);
  const w = new Writable({ write(c, e, cb) { t.log('_write', c); cb(); } });
  r.on('data', (c) => { if (String(c) === '2') { r.pause(); setTimeout(() => r.resume(), 3); } });
  t.trace(r, 'r', REV);
  t.trace(w, 'w', WEV);
  r.pipe(w);
  w.on('close', () => t.done());
});

add('pipe-data-listener-removed-then-drain', (t) => {
  const { Readable, Writable } = t.stream;
  let n = 0;
  const r = new Readable({ read() { n++; this.push(n > 4 ? null : `x${n}`); } });
  let first = true;
  const w = new Writable({
    highWaterMark: 1,
    write(c, e, cb) {
      t.log('_write', c);
      if (first) {
        first = false;
        r.removeAllListeners('data');
        t.log('removed data', r.readableFlowing);
      }
      setTimeout(cb, 2);
    },
  });
  t.trace(r, 'r', REV);
  t.trace(w, 'w', ['drain', 'finish']);
  r.pipe(w);
  r.on('close', () => { t.log('state', r.readableFlowing, r.readableLength); t.done(); });
});

add('legacy-stream-pipe', (t) => {
  const { Stream, Writable } = t.stream;
  const src = new Stream();
  src.readable = true;
  src.pause = () => t.log('src pause');
  src.resume = () => t.log('src resume');
  const w = new Writable({ highWaterMark: 1, write(c, e, cb) { t.log('_write', c); setTimeout(cb, 1); } });
  t.trace(w, 'w', WEV);
  src.pipe(w);
  src.emit('data', t.Buffer.from('a'));
  src.emit('data', t.Buffer.from('b'));
  setTimeout(() => src.emit('end'), 5);
  w.on('close', () => t.done());
});

add('legacy-stream-pipe-close', (t) => {
  const { Stream } = t.stream;
  const src = new Stream();
  const dest = new Stream();
  dest.writable = true;
  dest.write = (c) => { t.log('dest write', c); return true; };
  dest.end = () => t.log('dest end');
  dest.destroy = () => t.log('dest destroy');
  src.pipe(dest);
  src.emit('data', 'x');
  src.emit('close');
  src.emit('end');
  t.log('listeners', src.listenerCount('data'), dest.listenerCount('close'));
  t.done();
});

add('legacy-stream-pipe-error', (t) => {
  const { Stream } = t.stream;
  const src = new Stream();
  const dest = new Stream();
  dest.writable = true;
  dest.write = () => true;
  dest.end = () => {};
  src.pipe(dest);
  try { src.emit('error', new Error('legacy err')); } catch (e) { t.log('threw', e); }
  t.log('listeners', src.listenerCount('error'), dest.listenerCount('error'));
  t.done();
});

add('legacy-stream-basics', (t) => {
  const { Stream } = t.stream;
  const EE = Object.getPrototypeOf(Stream);
  const s = new Stream();
  t.log(s instanceof EE, typeof s.pipe, Stream.Stream === Stream, EE.name, typeof EE.prototype.emit);
  s.on('x', () => {});
  t.log(s.eventNames());
  const s2 = Stream({ captureRejections: true });
  t.log(s2 === undefined ? 'undefined' : typeof s2);
  t.done();
});

add('pipe-to-process-stdout-no-end', (t) => {
  const { Readable } = t.stream;
  const r = Readable.from([''], { objectMode: false });
  r.pipe(process.stdout);
  r.on('end', () => setTimeout(() => { t.log('stdout writable', process.stdout.writable); r.unpipe(process.stdout); t.done(); }, 2));
});

add('pipe-emits-pipe-event', (t) => {
  const { Readable, Writable } = t.stream;
  const r = new Readable({ read() {} });
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.on('pipe', (src) => t.log('pipe event', src === r));
  w.on('unpipe', (src) => t.log('unpipe event', src === r));
  r.pipe(w);
  r.unpipe(w);
  t.done();
});

add('pipe-same-dest-twice', (t) => {
  const { Readable, Writable } = t.stream;
  const r = Readable.from(['a', 'b']);
  const w = new Writable({ write(c, e, cb) { t.log('_write', c); cb(); } });
  r.pipe(w); r.pipe(w);
  t.trace(w, 'w', WEV);
  w.on('close', () => t.done());
});

add('pipe-readable-listener-and-pipe', (t) => {
  const { Readable, Writable } = t.stream;
  const r = new Readable({ read() {} });
  const w = new Writable({ write(c, e, cb) { t.log('_write', c); cb(); } });
  r.on('readable', () => t.log('readable'));
  r.pipe(w);
  r.push('a');
  t.log('flowing', r.readableFlowing);
  setTimeout(() => { t.log('len', r.readableLength); r.removeAllListeners('readable'); r.push(null); }, 3);
  t.trace(w, 'w', WEV);
  w.on('close', () => t.done());
});

add('pipe-large-bytes', (t) => {
  const { Readable, Writable } = t.stream;
  let sent = 0;
  const r = new Readable({ read(n) { if (sent >= 200000) { this.push(null); return; } const c = t.Buffer.alloc(Math.min(n, 200000 - sent), 97); sent += c.length; this.push(c); } });
  let got = 0;
  let writes = 0;
  const w = new Writable({ highWaterMark: 1000, write(c, e, cb) { got += c.length; writes++; setImmediate(cb); } });
  r.pipe(w);
  w.on('finish', () => { t.log('got', got, 'writes', writes); t.done(); });
});

module.exports = S;
