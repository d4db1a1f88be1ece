'use strict';
// Readable: push/read semantics, 'readable', flowing/paused, encodings,
// unshift, end/close ordering.

const S = [];
const add = (name, fn, opts) => S.push({ name, fn, ...opts });

const EV = ['error', 'end', 'close', 'pause', 'resume'];

add('push-sync-data-end-close', (t) => {
  const { Readable } = t.stream;
  const r = t.trace(new Readable({ read() {} }), 'r', EV);
  r.on('data', (d) => t.log('data', d));
  r.push('a'); r.push('b'); r.push(null);
  t.log('sync', t.state(r));
  t.done();
});

add('push-return-values-hwm', (t) => {
  const { Readable } = t.stream;
  const r = new Readable({ highWaterMark: 5, read() {} });
  for (const c of ['ab', 'cd', 'e', 'f', '', 'g']) t.log(c, r.push(c), r.readableLength);
  t.log('null', r.push(null), r.readableLength);
  t.done();
});

add('push-return-values-object', (t) => {
  const { Readable } = t.stream;
  const r = new Readable({ objectMode: true, highWaterMark: 2, read() {} });
  for (const c of [1, 'x', {}, 0, false, undefined]) t.log(fmtSafe(c), r.push(c), r.readableLength);
  t.done();
});
function fmtSafe(c) { return typeof c === 'object' && c ? 'obj' : String(c); }

add('read-n-semantics', (t) => {
  const { Readable } = t.stream;
  const r = new Readable({ read() {} });
  r.push('hello'); r.push('world');
  t.log(r.read(3), r.readableLength);
  t.log(r.read(4), r.readableLength);
  t.log(r.read(10), r.readableLength);
  t.log(r.read(0), r.readableLength);
  t.log(r.read(), r.readableLength);
  r.push(null);
  t.log(r.read(10), r.readableLength);
  t.log(r.read(), r.readableLength);
  t.trace(r, 'r');
  t.done();
});

add('read-n-exceeds-hwm', (t) => {
  const { Readable } = t.stream;
  let calls = 0;
  const r = new Readable({ highWaterMark: 4, read(n) { calls++; t.log('_read', n); if (calls < 4) this.push('xyz'); } });
  t.log(r.read(10), r.readableHighWaterMark);
  setTimeout(() => { t.log(r.read(10), r.readableHighWaterMark, r.readableLength); t.done(); }, 5);
});

add('read-string-arg', (t) => {
  const { Readable } = t.stream;
  const r = new Readable({ read() {} });
  r.push('abcdef');
  t.log(r.read('2'), r.read('x'), r.read(1.5));
  t.done();
});

add('readable-event-sequence', (t) => {
  const { Readable } = t.stream;
  let n = 0;
  const r = new Readable({
    highWaterMark: 4,
    read() {
      n++;
      t.log('_read', n);
      if (n <= 3) setTimeout(() => this.push(`c${n}`), 1);
      else setTimeout(() => this.push(null), 1);
    },
  });
  t.trace(r, 'r', EV);
  r.on('readable', () => {
    t.log('readable', r.readableLength);
    let c;
    while ((c = r.read()) !== null) t.log('got', c);
  });
  r.on('end', () => t.done());
});

add('readable-read-one-byte', (t) => {
  const { Readable } = t.stream;
  const r = new Readable({ read() {} });
  r.push('abc');
  r.push(null);
  r.on('readable', () => {
    let c;
    while ((c = r.read(1)) !== null) t.log('got', c);
    t.log('after', r.readableLength, r.readableEnded);
  });
  t.trace(r, 'r');
  r.on('close', () => t.done());
});

add('readable-no-read-in-handler', (t) => {
  const { Readable } = t.stream;
  const r = new Readable({ read() {} });
  let count = 0;
  r.on('readable', () => { count++; t.log('readable', count, r.readableLength); if (count === 3) { r.read(); } });
  r.push('a');
  setTimeout(() => r.push('b'), 2);
  setTimeout(() => r.push('c'), 4);
  setTimeout(() => { r.push(null); }, 6);
  setTimeout(() => { t.log('state', count, r.readableLength); r.read(); }, 10);
  t.trace(r, 'r');
  r.on('close', () => t.done());
});

add('flowing-pause-resume', (t) => {
  const { Readable } = t.stream;
  const r = new Readable({ read() {} });
  t.trace(r, 'r', EV);
  r.on('data', (d) => {
    t.log('data', d);
    if (String(d) === 'b') {
      r.pause();
      t.log('paused', r.isPaused(), r.readableFlowing);
      setTimeout(() => { r.resume(); t.log('resumed', r.isPaused(), r.readableFlowing); }, 2);
    }
  });
  r.push('a'); r.push('b'); r.push('c');
  setTimeout(() => r.push(null), 5);
  r.on('close', () => t.done());
});

add('flowing-state-transitions', (t) => {
  const { Readable } = t.stream;
  const r = new Readable({ read() {} });
  t.log(r.readableFlowing, r.isPaused());
  r.pause(); t.log(r.readableFlowing, r.isPaused());
  r.on('data', () => {}); t.log(r.readableFlowing, r.isPaused());
  r.resume(); t.log(r.readableFlowing, r.isPaused());
  r.removeAllListeners('data'); t.log(r.readableFlowing);
  r.on('readable', () => {}); t.log(r.readableFlowing, r.isPaused());
  r.resume(); t.log(r.readableFlowing);
  process.nextTick(() => { t.log('tick', r.readableFlowing); r.removeAllListeners('readable'); process.nextTick(() => { t.log('tick2', r.readableFlowing); t.done(); }); });
});

add('readable-and-data-together', (t) => {
  const { Readable } = t.stream;
  const r = new Readable({ read() {} });
  r.on('readable', () => { t.log('readable'); let c; while ((c = r.read()) !== null) t.log('read', c); });
  r.on('data', (d) => t.log('data', d));
  r.push('x'); r.push('y');
  setTimeout(() => { r.removeAllListeners('readable'); }, 3);
  setTimeout(() => { r.push('z'); r.push(null); }, 6);
  t.trace(r, 'r');
  r.on('close', () => t.done());
});

add('resume-without-listeners-drains', (t) => {
  const { Readable } = t.stream;
  let n = 0;
  const r = new Readable({ read() { n++; this.push(n > 3 ? null : String(n)); } });
  t.trace(r, 'r', EV);
  r.resume();
  r.on('close', () => { t.log('reads', n); t.done(); });
});

add('set-encoding-utf8-split', (t) => {
  const { Readable } = t.stream;
  const r = new Readable({ read() {} });
  r.setEncoding('utf8');
  const euro = t.Buffer.from('€');
  r.push(euro.subarray(0, 1)); r.push(euro.subarray(1)); r.push(t.Buffer.from('abc'));
  r.push(null);
  r.on('data', (d) => t.log('data', typeof d, d));
  t.trace(r, 'r');
  r.on('close', () => t.done());
});

add('set-encoding-after-buffered', (t) => {
  const { Readable } = t.stream;
  const r = new Readable({ read() {} });
  r.push('hello'); r.push(' world');
  r.setEncoding('hex');
  t.log(r.readableLength, r.readableEncoding, r.readableBuffer);
  t.log(r.read(4), r.read());
  t.done();
});

add('encoding-option-base64', (t) => {
  const { Readable } = t.stream;
  const r = new Readable({ encoding: 'base64', read() {} });
  r.push('ab'); r.push('c'); r.push('defg'); r.push(null);
  let all = '';
  r.on('data', (d) => { all += d; t.log('data', d); });
  r.on('end', () => { t.log('all', all); t.done(); });
});

add('push-string-with-encoding', (t) => {
  const { Readable } = t.stream;
  const r = new Readable({ read() {} });
  r.push('68656c6c6f', 'hex');
  r.push('d29ybGQ=', 'base64');
  t.log(r.read());
  const r2 = new Readable({ encoding: 'hex', read() {} });
  r2.push('abcd', 'hex');
  r2.push('zz');
  t.log(r2.read());
  t.done();
});

add('push-uint8array', (t) => {
  const { Readable } = t.stream;
  const r = new Readable({ read() {} });
  r.push(new Uint8Array([65, 66, 67]));
  const u = new Uint8Array([1, 2, 3, 68, 69]).subarray(3);
  r.push(u);
  const c = r.read();
  t.log(c, t.Buffer.isBuffer(c));
  t.done();
});

add('push-invalid-type', (t) => {
  const { Readable } = t.stream;
  const r = new Readable({ read() {} });
  t.trace(r, 'r');
  t.log(r.push(42));
  t.log(r.destroyed, r.errored && r.errored.code);
  r.on('close', () => t.done());
});

add('push-invalid-type-no-autodestroy', (t) => {
  const { Readable } = t.stream;
  const r = new Readable({ autoDestroy: false, read() {} });
  t.trace(r, 'r');
  t.log(r.push({}));
  t.log(r.destroyed, r.errored && r.errored.code);
  setTimeout(() => t.done(), 3);
});

add('push-after-eof', (t) => {
  const { Readable } = t.stream;
  const r = new Readable({ read() {} });
  t.trace(r, 'r');
  r.push('a'); r.push(null);
  t.log(r.push('b'));
  r.on('close', () => t.done());
});

add('push-after-destroy', (t) => {
  const { Readable } = t.stream;
  const r = new Readable({ read() {} });
  t.trace(r, 'r');
  r.destroy();
  t.log(r.push('b'), r.readableLength);
  r.on('close', () => t.done());
});

add('push-empty-string-bytes', (t) => {
  const { Readable } = t.stream;
  let n = 0;
  const r = new Readable({ read() { n++; t.log('_read', n); if (n < 3) this.push(''); else this.push(null); } });
  t.trace(r, 'r');
  r.on('data', (d) => t.log('data', d));
  r.on('close', () => t.done());
});

add('push-empty-string-object', (t) => {
  const { Readable } = t.stream;
  const r = new Readable({ objectMode: true, read() {} });
  r.push(''); r.push(null);
  r.on('data', (d) => t.log('data', d));
  t.trace(r, 'r');
  r.on('close', () => t.done());
});

add('unshift-basic', (t) => {
  const { Readable } = t.stream;
  const r = new Readable({ read() {} });
  r.push('world');
  r.unshift('hello ');
  t.log(r.readableLength, r.read());
  r.unshift(t.Buffer.from('again'));
  t.log(r.read(2), r.read());
  t.done();
});

add('unshift-with-encoding', (t) => {
  const { Readable } = t.stream;
  const r = new Readable({ encoding: 'utf8', read() {} });
  r.push('def');
  r.unshift('616263', 'hex');
  t.log(r.read());
  t.done();
});

add('unshift-after-end', (t) => {
  const { Readable } = t.stream;
  const r = new Readable({ read() {} });
  t.trace(r, 'r');
  r.on('data', () => {});
  r.push(null);
  r.on('end', () => {
    t.log('unshift ret', r.unshift('x'));
  });
  r.on('close', () => t.done());
});

add('unshift-null', (t) => {
  const { Readable } = t.stream;
  const r = new Readable({ read() {} });
  t.trace(r, 'r');
  t.log(r.unshift(null));
  setTimeout(() => t.done(), 3);
});

add('unshift-in-readable-handler', (t) => {
  const { Readable } = t.stream;
  const r = new Readable({ read() {} });
  r.push('header:body');
  r.push(null);
  r.once('readable', () => {
    const all = String(r.read());
    const i = all.indexOf(':');
    r.unshift(all.slice(i + 1));
    t.log('header', all.slice(0, i));
    r.on('data', (d) => t.log('data', d));
  });
  t.trace(r, 'r');
  r.on('close', () => t.done());
});

add('object-mode-read', (t) => {
  const { Readable } = t.stream;
  const r = new Readable({ objectMode: true, read() {} });
  r.push({ a: 1 }); r.push([1, 2]); r.push('str'); r.push(0);
  t.log(r.readableLength, r.read(), r.read(5), r.read(0), r.readableLength);
  t.log(r.read(), r.read(), r.read());
  t.done();
});

add('object-mode-flowing', (t) => {
  const { Readable } = t.stream;
  const items = [1, 2, 3, 4, 5];
  const r = new Readable({ objectMode: true, highWaterMark: 2, read() { t.log('_read', this.readableLength); this.push(items.length ? items.shift() : null); } });
  r.on('data', (d) => t.log('data', d));
  t.trace(r, 'r');
  r.on('close', () => t.done());
});

add('sync-read-loop-hwm', (t) => {
  const { Readable } = t.stream;
  let i = 0;
  const r = new Readable({ highWaterMark: 10, read(n) { i++; t.log('_read', n, this.readableLength); if (i > 6) this.push(null); else this.push('abc'); } });
  r.on('readable', () => { t.log('readable', r.readableLength); });
  setTimeout(() => { t.log('read all', r.read()); r.removeAllListeners('readable'); r.resume(); }, 5);
  t.trace(r, 'r');
  r.on('close', () => t.done());
});

add('async-read-pushes', (t) => {
  const { Readable } = t.stream;
  let i = 0;
  const r = new Readable({ highWaterMark: 3, read() { const k = ++i; t.log('_read', k); setImmediate(() => this.push(k > 4 ? null : `x${k}`)); } });
  r.on('data', (d) => t.log('data', d));
  t.trace(r, 'r', EV);
  r.on('close', () => t.done());
});

add('read-throws', (t) => {
  const { Readable } = t.stream;
  const r = new Readable({ read() { throw new Error('boom'); } });
  t.trace(r, 'r');
  r.on('data', () => {});
  r.on('close', () => t.done());
});

add('read-not-implemented', (t) => {
  const { Readable } = t.stream;
  const r = new Readable();
  t.trace(r, 'r');
  r.read();
  r.on('close', () => t.done());
});

add('hwm-zero', (t) => {
  const { Readable } = t.stream;
  let n = 0;
  const r = new Readable({ highWaterMark: 0, read() { n++; t.log('_read', n); if (n < 4) setTimeout(() => this.push(`c${n}`), 1); else this.push(null); } });
  r.on('readable', () => { let c; while ((c = r.read()) !== null) t.log('got', c); });
  t.trace(r, 'r');
  r.on('close', () => t.done());
});

add('end-without-consume-no-end-event', (t) => {
  const { Readable } = t.stream;
  const r = new Readable({ read() {} });
  t.trace(r, 'r');
  r.push('data'); r.push(null);
  setTimeout(() => { t.log('ended?', r.readableEnded, r.readableLength); r.resume(); }, 3);
  r.on('close', () => t.done());
});

add('end-empty-stream-readable', (t) => {
  const { Readable } = t.stream;
  const r = new Readable({ read() { this.push(null); } });
  r.on('readable', () => t.log('readable', r.read()));
  t.trace(r, 'r');
  r.on('close', () => t.done());
});

add('emit-close-false', (t) => {
  const { Readable } = t.stream;
  const r = new Readable({ emitClose: false, read() {} });
  t.trace(r, 'r');
  r.resume();
  r.push(null);
  setTimeout(() => { t.log('destroyed', r.destroyed, r.closed); t.done(); }, 5);
});

add('auto-destroy-false', (t) => {
  const { Readable } = t.stream;
  const r = new Readable({ autoDestroy: false, read() {} });
  t.trace(r, 'r');
  r.resume();
  r.push(null);
  setTimeout(() => { t.log('destroyed', r.destroyed, r.closed); r.destroy(); }, 5);
  r.on('close', () => t.done());
});

add('accessors', (t) => {
  const { Readable } = t.stream;
  const r = new Readable({ read() {}, highWaterMark: 7, encoding: 'latin1' });
  t.log(r.readable, r.readableHighWaterMark, r.readableEncoding, r.readableObjectMode, r.readableLength,
        r.readableFlowing, r.readableEnded, r.readableAborted, r.readableDidRead, r.destroyed, r.closed, r.errored);
  r.push('x');
  r.read();
  t.log(r.readableDidRead);
  r.destroy(new Error('e'));
  t.log(r.readable, r.readableAborted, r.destroyed, r.closed, r.errored);
  r.on('error', () => {});
  r.on('close', () => { t.log('close', r.closed, r.readable); t.done(); });
});

add('readable-setter', (t) => {
  const { Readable } = t.stream;
  const r = new Readable({ read() {} });
  r.readable = false;
  t.log(r.readable);
  r.readable = true;
  t.log(r.readable);
  r.readableFlowing = false;
  t.log(r.readableFlowing, r.isPaused());
  r.destroyed = true;
  t.log(r.destroyed);
  t.done();
});

add('construct-then-read', (t) => {
  const { Readable } = t.stream;
  const r = new Readable({
    construct(cb) { t.log('construct'); setTimeout(() => { t.log('constructed'); cb(); }, 2); },
    read() { t.log('_read'); this.push('x'); this.push(null); },
  });
  t.log('sync after new', r._readableState.constructed);
  r.on('data', (d) => t.log('data', d));
  t.trace(r, 'r');
  r.on('close', () => t.done());
});

add('construct-sync-cb-timing', (t) => {
  const { Readable } = t.stream;
  const r = new Readable({
    construct(cb) { t.log('construct'); cb(); },
    read() { t.log('_read'); this.push(null); },
  });
  process.nextTick(() => t.log('tick1', r._readableState.constructed));
  Promise.resolve().then(() => t.log('micro'));
  setImmediate(() => t.log('immediate', r._readableState.constructed));
  r.read(0);
  t.log('read0');
  t.trace(r, 'r');
  r.resume();
  r.on('close', () => t.done());
});

add('construct-error', (t) => {
  const { Readable } = t.stream;
  const r = new Readable({
    construct(cb) { cb(new Error('nope')); },
    read() { t.log('_read'); },
  });
  t.trace(r, 'r');
  r.resume();
  r.on('close', () => t.done());
});

add('construct-throws', (t) => {
  const { Readable } = t.stream;
  const r = new Readable({
    construct() { throw new Error('thrown'); },
    read() {},
  });
  t.trace(r, 'r');
  r.on('close', () => t.done());
});

add('construct-double-callback', (t) => {
  const { Readable } = t.stream;
  const r = new Readable({
    construct(cb) { cb(); cb(); },
    read() { this.push(null); },
  });
  t.trace(r, 'r');
  r.resume();
  setTimeout(() => t.done(), 5);
});

add('destroy-during-construct', (t) => {
  const { Readable } = t.stream;
  const r = new Readable({
    construct(cb) { t.log('construct'); setTimeout(() => { t.log('construct cb'); cb(); }, 2); },
    read() { t.log('_read'); },
    destroy(err, cb) { t.log('_destroy', err); cb(err); },
  });
  t.trace(r, 'r');
  r.destroy(new Error('early'), t.cb('destroy'));
  t.log('destroyed', r.destroyed);
  r.on('close', () => t.done());
});

add('without-new', (t) => {
  const { Readable } = t.stream;
  const r = Readable({ read() { this.push('q'); this.push(null); } });
  t.log(r instanceof Readable, r.constructor === Readable);
  r.on('data', (d) => t.log('data', d));
  r.on('end', () => t.done());
});

add('subclass-es6', (t) => {
  const { Readable } = t.stream;
  class Counter extends Readable {
    constructor(opt) { super(opt); this._max = 3; this._index = 1; }
    _read() { const i = this._index++; if (i > this._max) this.push(null); else this.push(String(i)); }
  }
  const c = new Counter();
  c.on('data', (d) => t.log('data', d));
  t.trace(c, 'c');
  c.on('close', () => t.done());
});

add('subclass-legacy-inherits', (t) => {
  const { Readable } = t.stream;
  const util = require('util');
  function Legacy(opts) { Readable.call(this, opts); this.n = 0; }
  util.inherits(Legacy, Readable);
  Legacy.prototype._read = function() { this.push(this.n++ < 2 ? 'L' : null); };
  const l = new Legacy();
  l.on('data', (d) => t.log('data', d));
  t.trace(l, 'l');
  l.on('close', () => t.done());
});

add('readable-wrap-old-stream', (t) => {
  const { Readable } = t.stream;
  const EE = require('events');
  const old = new EE();
  old.pause = () => t.log('old pause');
  old.resume = () => t.log('old resume');
  old.customFn = function() { return 'custom'; };
  const r = new Readable({ highWaterMark: 2 }).wrap(old);
  t.log('customFn', typeof r.customFn);
  r.on('data', (d) => t.log('data', d));
  t.trace(r, 'r');
  old.emit('data', t.Buffer.from('ab'));
  old.emit('data', t.Buffer.from('cd'));
  setTimeout(() => { old.emit('end'); }, 3);
  r.on('close', () => t.done());
});

add('readable-wrap-error', (t) => {
  const { Readable } = t.stream;
  const EE = require('events');
  const old = new EE();
  const r = new Readable().wrap(old);
  t.trace(r, 'r');
  old.emit('error', new Error('old fail'));
  r.on('close', () => t.done());
});

add('remove-readable-listener-resumes', (t) => {
  const { Readable } = t.stream;
  const r = new Readable({ read() {} });
  const onReadable = () => t.log('readable');
  r.on('readable', onReadable);
  r.on('data', (d) => t.log('data', d));
  r.push('1');
  setTimeout(() => { r.removeListener('readable', onReadable); t.log('removed', r.readableFlowing); }, 2);
  setTimeout(() => { t.log('later', r.readableFlowing); r.push('2'); r.push(null); }, 5);
  t.trace(r, 'r');
  r.on('close', () => t.done());
});

add('resume-then-readable', (t) => {
  const { Readable } = t.stream;
  const r = new Readable({ read() {} });
  r.resume();
  r.on('readable', () => { t.log('readable'); r.read(); });
  r.push('a');
  r.push(null);
  t.trace(r, 'r', EV);
  r.on('close', () => t.done());
});

add('pause-in-data-readable-length', (t) => {
  const { Readable } = t.stream;
  const r = new Readable({ objectMode: true, read() {} });
  r.on('data', (d) => { t.log('data', d, r.readableLength); r.pause(); setTimeout(() => r.resume(), 1); });
  for (let i = 0; i < 4; i++) r.push(i);
  r.push(null);
  t.trace(r, 'r', EV);
  r.on('close', () => t.done());
});

add('once-data', (t) => {
  const { Readable } = t.stream;
  const r = new Readable({ objectMode: true, read() {} });
  r.push(1); r.push(2); r.push(3);
  r.once('data', (d) => t.log('once', d, r.readableFlowing));
  setTimeout(() => { t.log('flowing', r.readableFlowing, r.readableLength); t.done(); }, 3);
});

add('readable-length-multi-byte', (t) => {
  const { Readable } = t.stream;
  const r = new Readable({ encoding: 'utf8', read() {} });
  r.push(t.Buffer.from('héllo wörld'));
  t.log(r.readableLength, r.read(3), r.readableLength);
  t.done();
});

add('destroy-then-read', (t) => {
  const { Readable } = t.stream;
  const r = new Readable({ read() { t.log('_read'); } });
  r.push('abc');
  r.destroy();
  t.log('read', r.read(), r.readableLength);
  t.trace(r, 'r');
  r.on('close', () => t.done());
});

add('error-stops-data', (t) => {
  const { Readable } = t.stream;
  const r = new Readable({ read() {} });
  r.on('data', (d) => t.log('data', d));
  t.trace(r, 'r');
  r.push('a');
  r.destroy(new Error('x'));
  r.push('b');
  r.on('close', () => t.done());
});

add('error-emitted-once', (t) => {
  const { Readable } = t.stream;
  const r = new Readable({ read() {} });
  t.trace(r, 'r');
  r.destroy(new Error('first'));
  r.destroy(new Error('second'));
  r.on('close', () => { t.log(r.errored); t.done(); });
});

add('listener-count-data-flowing', (t) => {
  const { Readable } = t.stream;
  const r = new Readable({ read() {} });
  const f = () => {};
  r.on('data', f);
  t.log(r.readableFlowing);
  r.off('data', f);
  t.log(r.readableFlowing);
  r.pause();
  r.on('data', f);
  t.log(r.readableFlowing);
  process.nextTick(() => { t.log('tick', r.readableFlowing); t.done(); });
});

add('readable-buffer-inspect', (t) => {
  const { Readable } = t.stream;
  const r = new Readable({ objectMode: true, read() {} });
  r.push(1); r.push(2); r.push(3);
  r.read();
  t.log(r.readableBuffer.filter((x) => x !== null), r.readableLength);
  t.done();
});

add('many-chunks-read-all', (t) => {
  const { Readable } = t.stream;
  const r = new Readable({ highWaterMark: 1 << 20, read() {} });
  for (let i = 0; i < 2000; i++) r.push(`${i % 10}`);
  const all = r.read();
  t.log(all.length, String(all.subarray(0, 20)));
  for (let i = 0; i < 1500; i++) r.push('ab');
  let total = 0;
  let c;
  while ((c = r.read(7)) !== null) total += c.length;
  t.log('total', total, r.readableLength);
  t.done();
});

add('many-objects-read', (t) => {
  const { Readable } = t.stream;
  const r = new Readable({ objectMode: true, highWaterMark: 5000, read() {} });
  for (let i = 0; i < 3000; i++) r.push(i);
  let sum = 0;
  for (let i = 0; i < 2500; i++) sum += r.read();
  r.unshift(-1);
  t.log(sum, r.readableLength, r.read());
  t.done();
});

add('readable-destroy-in-data', (t) => {
  const { Readable } = t.stream;
  const r = new Readable({ objectMode: true, read() {} });
  r.on('data', (d) => { t.log('data', d); if (d === 2) r.destroy(); });
  r.push(1); r.push(2); r.push(3); r.push(null);
  t.trace(r, 'r');
  r.on('close', () => t.done());
});

add('read-in-end-handler', (t) => {
  const { Readable } = t.stream;
  const r = new Readable({ read() {} });
  r.push('a'); r.push(null);
  r.on('data', (d) => t.log('data', d));
  r.on('end', () => t.log('read in end', r.read()));
  t.trace(r, 'r');
  r.on('close', () => t.done());
});

add('data-listener-after-end', (t) => {
  const { Readable } = t.stream;
  const r = new Readable({ read() {} });
  r.push(null);
  r.resume();
  r.on('end', () => {
    setTimeout(() => {
      r.on('data', (d) => t.log('late data', d));
      r.on('readable', () => t.log('late readable'));
      t.log('flowing', r.readableFlowing);
      setTimeout(() => t.done(), 3);
    }, 1);
  });
  t.trace(r, 'r');
});

add('push-in-readable-event', (t) => {
  const { Readable } = t.stream;
  const r = new Readable({ read() {} });
  let n = 0;
  r.on('readable', () => {
    const c = r.read();
    t.log('readable', c);
    if (++n < 4) r.push(`more${n}`);
    else r.push(null);
  });
  r.push('start');
  t.trace(r, 'r');
  r.on('close', () => t.done());
});

add('removeAllListeners-no-arg', (t) => {
  const { Readable } = t.stream;
  const r = new Readable({ read() {} });
  r.on('readable', () => {});
  r.on('data', () => {});
  r.removeAllListeners();
  process.nextTick(() => { t.log(r.readableFlowing, r._readableState.readableListening); t.done(); });
});

add('read-0-after-end-pushed', (t) => {
  const { Readable } = t.stream;
  const r = new Readable({ read() {} });
  t.trace(r, 'r');
  r.push(null);
  t.log(r.read(0));
  setTimeout(() => { t.log('after', r.readableEnded); r.resume(); }, 2);
  r.on('close', () => t.done());
});

add('dispose-readable', async (t) => {
  const { Readable } = t.stream;
  const sym = Symbol.asyncDispose || Object.getOwnPropertySymbols(Readable.prototype).find((s) => String(s).includes('asyncDispose'));
  const r = new Readable({ read() {} });
  t.trace(r, 'r');
  await r[sym]();
  t.log('disposed', r.destroyed, r.errored && r.errored.name);
});

module.exports = S;
