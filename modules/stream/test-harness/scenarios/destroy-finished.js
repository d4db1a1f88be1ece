'use strict';
// destroy(), error/close ordering, stream.destroy(), finished() (eos),
// addAbortSignal, utility predicates.

const S = [];
const add = (name, fn, opts) => S.push({ name, fn, ...opts });

const EV = ['error', 'end', 'finish', 'close'];

function makers(t) {
  const { Readable, Writable, Duplex, Transform, PassThrough } = t.stream;
  return {
    readable: (o) => new Readable({ read() {}, ...o }),
    writable: (o) => new Writable({ write(c, e, cb) { cb(); }, ...o }),
    duplex: (o) => new Duplex({ read() {}, write(c, e, cb) { cb(); }, ...o }),
    transform: (o) => new Transform({ transform(c, e, cb) { cb(null, c); }, ...o }),
    passthrough: (o) => new PassThrough(o),
  };
}

for (const kind of ['readable', 'writable', 'duplex', 'transform', 'passthrough']) {
  add(`destroy-${kind}-no-error`, (t) => {
    const s = makers(t)[kind]();
    t.trace(s, kind, EV);
    s.destroy();
    t.log('sync', s.destroyed, s.closed, s.errored);
    s.on('close', () => { t.log('close', s.destroyed, s.closed); t.done(); });
  });
  add(`destroy-${kind}-error`, (t) => {
    const s = makers(t)[kind]();
    t.trace(s, kind, EV);
    s.destroy(new Error('E'));
    t.log('sync', s.destroyed, s.closed, s.errored);
    s.on('close', () => { t.log('close', s.destroyed, s.closed, s.errored); t.done(); });
  });
  add(`destroy-${kind}-error-no-listener`, (t) => {
    const s = makers(t)[kind]();
    s.destroy(new Error('unhandled E'));
    s.on('close', () => t.log('close'));
    setTimeout(() => { t.log(s.closed, s.destroyed); t.done(); }, 3);
  });
  add(`destroy-${kind}-emitclose-false`, (t) => {
    const s = makers(t)[kind]({ emitClose: false });
    t.trace(s, kind, EV);
    s.destroy(new Error('E2'));
    setTimeout(() => { t.log(s.destroyed, s.closed); t.done(); }, 3);
  });
  add(`destroy-${kind}-custom-destroy-async`, (t) => {
    const s = makers(t)[kind]({ destroy(err, cb) { t.log('_destroy', err); setTimeout(() => cb(err), 1); } });
    t.trace(s, kind, EV);
    s.destroy(new Error('E3'), t.cb('destroy'));
    t.log('sync closed', s.closed);
    s.on('close', () => t.done());
  });
  add(`destroy-${kind}-swallow-error`, (t) => {
    const s = makers(t)[kind]({ destroy(err, cb) { cb(); } });
    t.trace(s, kind, EV);
    s.destroy(new Error('swallowed'));
    s.on('close', () => { t.log('errored', s.errored); t.done(); });
  });
  add(`stream-destroy-util-${kind}`, (t) => {
    const s = makers(t)[kind]();
    t.trace(s, kind, EV);
    t.stream.destroy(s);
    s.on('close', () => t.done());
  });
  add(`finished-${kind}-normal`, (t) => {
    const s = makers(t)[kind]();
    t.trace(s, kind, EV);
    t.stream.finished(s, t.cb('finished'));
    if (s.write) s.end('x');
    if (s.push && kind !== 'transform' && kind !== 'passthrough') s.push(null);
    if (s.resume) s.resume();
    setTimeout(() => t.done(), 5);
  });
  add(`finished-${kind}-destroyed-early`, (t) => {
    const s = makers(t)[kind]();
    t.trace(s, kind, EV);
    t.stream.finished(s, t.cb('finished'));
    s.destroy();
    setTimeout(() => t.done(), 5);
  });
  add(`finished-${kind}-after-close`, (t) => {
    const s = makers(t)[kind]();
    s.destroy();
    s.on('close', () => {
      t.stream.finished(s, t.cb('finished-late'));
      setTimeout(() => t.done(), 3);
    });
  });
  add(`finished-${kind}-error`, (t) => {
    const s = makers(t)[kind]();
    t.stream.finished(s, t.cb('finished'));
    s.on('error', () => {});
    s.destroy(new Error('fin err'));
    setTimeout(() => t.done(), 5);
  });
}

add('destroy-twice-cb', (t) => {
  const { Readable } = t.stream;
  const r = new Readable({ read() {} });
  t.trace(r, 'r', EV);
  r.destroy(null, t.cb('first'));
  r.destroy(new Error('second'), t.cb('second'));
  r.on('close', () => t.done());
});

add('destroy-in-destroy-cb-error', (t) => {
  const { Writable } = t.stream;
  const w = new Writable({ write(c, e, cb) { cb(); }, destroy(err, cb) { cb(new Error('from _destroy')); } });
  t.trace(w, 'w', EV);
  w.destroy(new Error('original'));
  w.on('close', () => { t.log('errored', w.errored); t.done(); });
});

add('destroy-after-end-emitted', (t) => {
  const { Readable } = t.stream;
  const r = new Readable({ autoDestroy: false, read() {} });
  t.trace(r, 'r', EV);
  r.resume();
  r.push(null);
  r.on('end', () => { r.destroy(); t.log('destroyed', r.destroyed); });
  r.on('close', () => t.done());
});

add('error-then-close-order-duplex', (t) => {
  const { Duplex } = t.stream;
  const d = new Duplex({ read() {}, write(c, e, cb) { cb(new Error('dw')); } });
  t.trace(d, 'd', ['error', 'end', 'finish', 'close', 'prefinish']);
  d.write('x', t.cb('write'));
  d.end(t.cb('end'));
  d.on('close', () => t.done());
});

add('finished-options-readable-false', (t) => {
  const { Duplex } = t.stream;
  const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
  t.stream.finished(d, { readable: false }, t.cb('writable-side'));
  t.stream.finished(d, { writable: false }, t.cb('readable-side'));
  t.stream.finished(d, t.cb('both'));
  d.end();
  setTimeout(() => { t.log('push null'); d.push(null); d.resume(); }, 3);
  setTimeout(() => t.done(), 8);
});

add('finished-error-false', (t) => {
  const { Readable } = t.stream;
  const r = new Readable({ read() {} });
  r.on('error', (e) => t.log('error listener', e));
  t.stream.finished(r, { error: false }, t.cb('finished'));
  r.destroy(new Error('ignored?'));
  setTimeout(() => t.done(), 5);
});

add('finished-cleanup', (t) => {
  const { Readable } = t.stream;
  const r = new Readable({ read() {} });
  const before = ['end', 'error', 'close', 'finish'].map((e) => r.listenerCount(e));
  const cleanup = t.stream.finished(r, t.cb('should not run'));
  const mid = ['end', 'error', 'close', 'finish'].map((e) => r.listenerCount(e));
  cleanup();
  const after = ['end', 'error', 'close', 'finish'].map((e) => r.listenerCount(e));
  t.log(before, mid, after);
  r.on('error', () => {});
  r.destroy(new Error('x'));
  setTimeout(() => t.done(), 3);
});

add('finished-signal', (t) => {
  const { Readable } = t.stream;
  const r = new Readable({ read() {} });
  const ac = new AbortController();
  t.stream.finished(r, { signal: ac.signal }, t.cb('finished'));
  ac.abort(new Error('reason!'));
  setTimeout(() => { t.log('r destroyed', r.destroyed); r.destroy(); setTimeout(() => t.done(), 2); }, 2);
});

add('finished-signal-pre-aborted', (t) => {
  const { Readable } = t.stream;
  const r = new Readable({ read() {} });
  t.stream.finished(r, { signal: AbortSignal.abort() }, t.cb('finished'));
  setTimeout(() => t.done(), 3);
});

add('finished-validation', (t) => {
  const { Readable } = t.stream;
  const r = new Readable({ read() {} });
  for (const args of [[r], [r, 'x'], [r, {}, 'y'], [{}, () => {}], [null, () => {}], [r, { signal: 1 }, () => {}], [r, 5, () => {}]]) {
    try { t.stream.finished(...args); t.log('ok'); } catch (e) { t.log('threw', e); }
  }
  t.done();
});

add('finished-legacy-stream', (t) => {
  const EE = Object.getPrototypeOf(t.stream.Stream);
  const s = new t.stream.Stream();
  s.writable = true;
  s.write = () => true;
  s.on = EE.prototype.on;
  t.stream.finished(s, t.cb('legacy finished'));
  s.writable = false;
  s.emit('close');
  setTimeout(() => t.done(), 3);
});

add('finished-premature-close-readable', (t) => {
  const { Readable } = t.stream;
  const r = new Readable({ read() {} });
  t.stream.finished(r, t.cb('finished'));
  r.push('data');
  r.emit('close');
  setTimeout(() => t.done(), 3);
});

add('finished-premature-close-writable', (t) => {
  const { Writable } = t.stream;
  const w = new Writable({ write(c, e, cb) { setTimeout(cb, 5); } });
  t.stream.finished(w, t.cb('finished'));
  w.write('x');
  w.emit('close');
  setTimeout(() => t.done(), 10);
});

add('finished-ended-not-consumed', (t) => {
  const { Readable } = t.stream;
  const r = new Readable({ read() {} });
  r.push('x');
  r.push(null);
  t.stream.finished(r, t.cb('finished'));
  setTimeout(() => { t.log('consume'); r.resume(); }, 3);
  setTimeout(() => t.done(), 8);
});

add('finished-promise', async (t) => {
  const { Readable } = t.stream;
  const r = Readable.from(['a']);
  r.resume();
  await t.promises.finished(r);
  t.log('resolved');
  const r2 = new Readable({ read() {} });
  r2.on('error', () => {});
  setTimeout(() => r2.destroy(new Error('p fail')), 1);
  try { await t.promises.finished(r2); } catch (e) { t.log('rejected', e); }
  const r3 = Readable.from(['a']);
  r3.resume();
  await t.promises.finished(r3, { cleanup: true });
  t.log('cleanup listeners', r3.listenerCount('end'), r3.listenerCount('error'));
});

add('finished-promisify', async (t) => {
  const util = require('util');
  const { Readable } = t.stream;
  const r = Readable.from(['a']);
  r.resume();
  const fin = util.promisify(t.stream.finished);
  await fin(r);
  t.log('promisified ok', util.promisify(t.stream.finished) === t.promises.finished, util.promisify(t.stream.pipeline) === t.promises.pipeline);
});

add('add-abort-signal-readable', (t) => {
  const { Readable, addAbortSignal } = t.stream;
  const ac = new AbortController();
  const r = addAbortSignal(ac.signal, new Readable({ read() {} }));
  t.trace(r, 'r', EV);
  ac.abort();
  r.on('close', () => t.done());
});

add('add-abort-signal-pre-aborted', (t) => {
  const { Writable, addAbortSignal } = t.stream;
  const w = new Writable({ write(c, e, cb) { cb(); } });
  t.trace(w, 'w', EV);
  addAbortSignal(AbortSignal.abort('why'), w);
  t.log('destroyed', w.destroyed);
  w.on('close', () => t.done());
});

add('add-abort-signal-validation', (t) => {
  const { Readable, addAbortSignal } = t.stream;
  try { addAbortSignal({}, new Readable()); } catch (e) { t.log('threw', e); }
  try { addAbortSignal(new AbortController().signal, {}); } catch (e) { t.log('threw', e); }
  try { addAbortSignal(null, new Readable()); } catch (e) { t.log('threw', e); }
  t.done();
});

add('signal-option-constructor', (t) => {
  const { Readable, Writable, Duplex } = t.stream;
  const ac = new AbortController();
  const r = new Readable({ read() {}, signal: ac.signal });
  const w = new Writable({ write(c, e, cb) { cb(); }, signal: ac.signal });
  const d = new Duplex({ read() {}, write(c, e, cb) { cb(); }, signal: ac.signal });
  t.trace(r, 'r', EV); t.trace(w, 'w', EV); t.trace(d, 'd', EV);
  ac.abort();
  setTimeout(() => t.done(), 4);
});

add('signal-after-finish-no-destroy', (t) => {
  const { Readable } = t.stream;
  const ac = new AbortController();
  const r = Readable.from(['a'], { signal: ac.signal });
  t.trace(r, 'r', EV);
  r.resume();
  r.on('close', () => { ac.abort(); t.log('aborted after close', r.errored); setTimeout(() => t.done(), 2); });
});

add('predicates', (t) => {
  const { Readable, Writable, Duplex, isReadable, isErrored, isDisturbed, isDestroyed, isWritable } = t.stream;
  const r = new Readable({ read() {} });
  const w = new Writable({ write(c, e, cb) { cb(); } });
  const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
  const show = (l) => t.log(l,
    [isReadable(r), isErrored(r), isDisturbed(r), isDestroyed && isDestroyed(r)],
    [isReadable(w), isWritable && isWritable(w), isErrored(w), isDestroyed && isDestroyed(w)],
    [isReadable(d), isWritable && isWritable(d), isErrored(d), isDisturbed(d)]);
  show('init');
  r.push('x'); r.read();
  w.end();
  d.push(null); d.resume();
  show('after ops');
  r.on('error', () => {});
  r.destroy(new Error('x'));
  show('r destroyed');
  t.log(isReadable({}), isErrored({}), isDisturbed({}), isReadable(null), isErrored(null), isDisturbed(null));
  setTimeout(() => { show('later'); t.done(); }, 4);
});

add('errored-property-sync', (t) => {
  const { Readable, Writable } = t.stream;
  const r = new Readable({ read() {} });
  const w = new Writable({ write(c, e, cb) { cb(); } });
  const err = new Error('shared');
  r.on('error', () => {}); w.on('error', () => {});
  r.destroy(err); w.destroy(err);
  t.log(r.errored === err, w.errored === err, r.readableAborted, w.writableAborted);
  t.done();
});

add('capture-rejections', async (t) => {
  const { Readable } = t.stream;
  const r = new Readable({ read() {}, captureRejections: true });
  t.trace(r, 'r', EV);
  r.on('data', async () => { throw new Error('async listener failed'); });
  r.push('x');
  await t.delay(5);
});

module.exports = S;
