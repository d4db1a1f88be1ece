'use strict';
// Writable: write() return values, 'drain', buffering, cork/uncork,
// _writev, _final, end() callbacks, errors, encodings.

const S = [];
const add = (name, fn, opts) => S.push({ name, fn, ...opts });

const WEV = ['error', 'finish', 'close', 'drain', 'prefinish'];

// Backpressure traces over a grid of parameters.
for (const hwm of [0, 1, 3, 16]) {
  for (const mode of ['sync', 'tick', 'immediate', 'timeout']) {
    for (const objectMode of [false, true]) {
      add(`bp-hwm${hwm}-${mode}-${objectMode ? 'obj' : 'bytes'}`, (t) => {
        const { Writable } = t.stream;
        const w = new Writable({
          highWaterMark: hwm,
          objectMode,
          write(chunk, enc, cb) {
            t.log('_write', chunk, enc, this.writableLength);
            if (mode === 'sync') cb();
            else if (mode === 'tick') process.nextTick(cb);
            else if (mode === 'immediate') setImmediate(cb);
            else setTimeout(cb, 1);
          },
        });
        t.trace(w, 'w', WEV);
        const chunks = objectMode ? [1, 'two', { three: 3 }, 4, 5] : ['a', 'bb', 'ccc', 'dddd', 'e'];
        for (let i = 0; i < chunks.length; i++) {
          const ret = w.write(chunks[i], t.cb(`write${i}`));
          t.log('write', i, ret, w.writableLength, w.writableNeedDrain);
        }
        w.end(t.cb('end'));
        t.log('after end', w.writableLength, w.writableEnded, w.writableFinished);
        w.on('close', () => t.done());
      });
    }
  }
}

add('write-after-end', (t) => {
  const { Writable } = t.stream;
  const w = new Writable({ write(c, e, cb) { cb(); } });
  t.trace(w, 'w', WEV);
  w.end();
  t.log('ret', w.write('x', t.cb('write')));
  w.on('close', () => t.done());
});

add('write-after-end-no-autodestroy', (t) => {
  const { Writable } = t.stream;
  const w = new Writable({ autoDestroy: false, write(c, e, cb) { cb(); } });
  t.trace(w, 'w', WEV);
  w.end();
  t.log('ret', w.write('x', t.cb('write')));
  setTimeout(() => t.done(), 5);
});

add('write-after-destroy', (t) => {
  const { Writable } = t.stream;
  const w = new Writable({ write(c, e, cb) { cb(); } });
  t.trace(w, 'w', WEV);
  w.destroy();
  t.log('ret', w.write('x', t.cb('write')));
  w.on('close', () => setTimeout(() => t.done(), 2));
});

add('write-null-throws', (t) => {
  const { Writable } = t.stream;
  const w = new Writable({ write(c, e, cb) { cb(); } });
  try { w.write(null); } catch (e) { t.log('threw', e); }
  try { w.write(undefined); } catch (e) { t.log('threw', e); }
  try { w.write(5); } catch (e) { t.log('threw', e); }
  try { w.write('x', 'bogus-enc'); } catch (e) { t.log('threw', e); }
  const o = new Writable({ objectMode: true, write(c, e, cb) { t.log('obj', c); cb(); } });
  try { o.write(null); } catch (e) { t.log('threw', e); }
  o.write(undefined); o.write(0); o.write(false);
  t.done();
});

add('write-encodings', (t) => {
  const { Writable } = t.stream;
  const w = new Writable({ write(c, e, cb) { t.log('_write', c, e); cb(); } });
  w.write('abc');
  w.write('616263', 'hex');
  w.write('YWJj', 'base64');
  w.write(t.Buffer.from('buf'), 'hex');
  w.write(new Uint8Array([120, 121]));
  w.write('x', null);
  w.write('y', 'buffer');
  w.end();
  w.on('finish', () => t.done());
});

add('decode-strings-false', (t) => {
  const { Writable } = t.stream;
  const w = new Writable({ decodeStrings: false, write(c, e, cb) { t.log('_write', typeof c, c, e); cb(); } });
  w.write('abc');
  w.write('616263', 'hex');
  w.write(t.Buffer.from('b'));
  w.end('last', 'latin1');
  w.on('finish', () => t.done());
});

add('default-encoding', (t) => {
  const { Writable } = t.stream;
  const w = new Writable({ decodeStrings: false, defaultEncoding: 'hex', write(c, e, cb) { t.log('_write', c, e); cb(); } });
  w.write('aa');
  w.setDefaultEncoding('BASE64');
  w.write('bb');
  try { w.setDefaultEncoding('nope'); } catch (e) { t.log('threw', e); }
  t.log(w._writableState.defaultEncoding);
  w.end();
  w.on('finish', () => t.done());
});

add('default-encoding-invalid', (t) => {
  const { Writable, Readable, Duplex } = t.stream;
  for (const enc of ['bogus', '', false, 0, null, undefined, 'UTF-8', 'ucs2']) {
    try { t.log(String(enc), new Writable({ defaultEncoding: enc })._writableState.defaultEncoding); } catch (e) { t.log(String(enc), 'W threw', e); }
    try { t.log(String(enc), new Readable({ defaultEncoding: enc })._readableState.defaultEncoding); } catch (e) { t.log(String(enc), 'R threw', e); }
    try { const d = new Duplex({ defaultEncoding: enc }); t.log(String(enc), d._readableState.defaultEncoding, d._writableState.defaultEncoding); } catch (e) { t.log(String(enc), 'D threw', e); }
  }
  t.done();
});

add('cork-uncork-writev', (t) => {
  const { Writable } = t.stream;
  const w = new Writable({
    write(c, e, cb) { t.log('_write', c); cb(); },
    writev(chunks, cb) { t.log('_writev', chunks.map((x) => x.chunk), chunks.map((x) => x.encoding), chunks.allBuffers); cb(); },
  });
  t.trace(w, 'w', WEV);
  w.cork();
  w.write('a', t.cb('a'));
  w.write('b');
  w.write('c', 'hex', t.cb('c'));
  t.log('corked', w.writableCorked, w.writableLength, w.writableBuffer.length);
  w.uncork();
  t.log('uncorked', w.writableCorked, w.writableLength);
  w.cork(); w.cork();
  w.write('d'); w.write('e');
  w.uncork();
  t.log('still corked', w.writableCorked);
  process.nextTick(() => { w.uncork(); w.end(); });
  w.on('close', () => t.done());
});

add('writev-all-noop', (t) => {
  const { Writable } = t.stream;
  const w = new Writable({
    decodeStrings: false,
    writev(chunks, cb) { t.log('_writev', chunks.length, chunks.allBuffers, chunks.map((x) => x.encoding)); setTimeout(cb, 1); },
  });
  t.trace(w, 'w', WEV);
  for (let i = 0; i < 4; i++) t.log(w.write(`s${i}`));
  w.write(t.Buffer.from('b'));
  w.end();
  w.on('close', () => t.done());
});

add('writev-only-single-write', (t) => {
  const { Writable } = t.stream;
  const w = new Writable({ writev(chunks, cb) { t.log('_writev', chunks.map((x) => x.chunk)); cb(); } });
  w.write('solo', t.cb('solo'));
  w.end();
  t.trace(w, 'w', WEV);
  w.on('close', () => t.done());
});

add('writev-error', (t) => {
  const { Writable } = t.stream;
  const w = new Writable({
    write(c, e, cb) { setTimeout(cb, 1); },
    writev(chunks, cb) { cb(new Error('writev failed')); },
  });
  t.trace(w, 'w', WEV);
  w.write('1', t.cb('1'));
  w.write('2', t.cb('2'));
  w.write('3', t.cb('3'));
  w.end(t.cb('end'));
  w.on('close', () => t.done());
});

add('end-with-chunk-and-cb', (t) => {
  const { Writable } = t.stream;
  const w = new Writable({ write(c, e, cb) { t.log('_write', c); setImmediate(cb); } });
  t.trace(w, 'w', WEV);
  w.end('last', t.cb('end'));
  t.log('ended', w.writableEnded, w.writable);
  w.on('close', () => t.done());
});

add('end-twice', (t) => {
  const { Writable } = t.stream;
  const w = new Writable({ write(c, e, cb) { cb(); } });
  t.trace(w, 'w', WEV);
  w.end(t.cb('end1'));
  w.end(t.cb('end2'));
  w.on('finish', () => { w.end(t.cb('end3')); });
  w.on('close', () => { w.end(t.cb('end4')); setTimeout(() => t.done(), 2); });
});

add('end-chunk-after-end', (t) => {
  const { Writable } = t.stream;
  const w = new Writable({ write(c, e, cb) { cb(); } });
  t.trace(w, 'w', WEV);
  w.end();
  w.end('more', t.cb('end2'));
  w.on('close', () => setTimeout(() => t.done(), 2));
});

add('final-sync-async', (t) => {
  const { Writable } = t.stream;
  const w = new Writable({
    write(c, e, cb) { t.log('_write'); cb(); },
    final(cb) { t.log('_final'); setTimeout(() => { t.log('_final done'); cb(); }, 2); },
  });
  t.trace(w, 'w', WEV);
  w.write('x');
  w.end(t.cb('end'));
  t.log('after end', w.writableFinished);
  w.on('close', () => t.done());
});

add('final-sync-cb', (t) => {
  const { Writable } = t.stream;
  const w = new Writable({
    write(c, e, cb) { cb(); },
    final(cb) { t.log('_final'); cb(); },
  });
  t.trace(w, 'w', WEV);
  w.end(t.cb('end'));
  t.log('sync after end');
  process.nextTick(() => t.log('tick'));
  w.on('close', () => t.done());
});

add('final-error', (t) => {
  const { Writable } = t.stream;
  const w = new Writable({
    write(c, e, cb) { cb(); },
    final(cb) { cb(new Error('final failed')); },
  });
  t.trace(w, 'w', WEV);
  w.end(t.cb('end'));
  w.on('close', () => t.done());
});

add('final-throws', (t) => {
  const { Writable } = t.stream;
  const w = new Writable({
    write(c, e, cb) { cb(); },
    final() { throw new Error('final threw'); },
  });
  t.trace(w, 'w', WEV);
  w.end(t.cb('end'));
  w.on('close', () => t.done());
});

add('final-double-callback', (t) => {
  const { Writable } = t.stream;
  const w = new Writable({
    write(c, e, cb) { cb(); },
    final(cb) { cb(); cb(); },
  });
  t.trace(w, 'w', WEV);
  w.end();
  setTimeout(() => t.done(), 5);
});

add('write-cb-error', (t) => {
  const { Writable } = t.stream;
  const w = new Writable({ write(c, e, cb) { cb(new Error(`bad ${c}`)); } });
  t.trace(w, 'w', WEV);
  t.log(w.write('1', t.cb('1')));
  t.log(w.write('2', t.cb('2')));
  w.end(t.cb('end'));
  w.on('close', () => t.done());
});

add('write-cb-error-async', (t) => {
  const { Writable } = t.stream;
  const w = new Writable({ write(c, e, cb) { setTimeout(() => cb(new Error(`bad ${c}`)), 1); } });
  t.trace(w, 'w', WEV);
  t.log(w.write('1', t.cb('1')));
  t.log(w.write('2', t.cb('2')));
  t.log(w.write('3', t.cb('3')));
  w.on('close', () => t.done());
});

add('write-cb-error-no-autodestroy', (t) => {
  const { Writable } = t.stream;
  const w = new Writable({ autoDestroy: false, write(c, e, cb) { cb(new Error('bad')); } });
  t.trace(w, 'w', WEV);
  w.write('1', t.cb('1'));
  w.write('2', t.cb('2'));
  setTimeout(() => { t.log(w.destroyed, w.writable, !!w.errored); t.done(); }, 5);
});

add('write-multiple-callback', (t) => {
  const { Writable } = t.stream;
  const w = new Writable({ write(c, e, cb) { cb(); cb(); } });
  t.trace(w, 'w', WEV);
  w.write('x', t.cb('x'));
  w.on('close', () => t.done());
});

add('write-throws-in-write', (t) => {
  const { Writable } = t.stream;
  const w = new Writable({ write() { throw new Error('write threw'); } });
  t.trace(w, 'w', WEV);
  try { w.write('x'); } catch (e) { t.log('caught', e); }
  setTimeout(() => t.done(), 3);
});

add('write-not-implemented', (t) => {
  const { Writable } = t.stream;
  const w = new Writable();
  t.trace(w, 'w', WEV);
  try { w.write('x'); } catch (e) { t.log('caught', e); }
  setTimeout(() => t.done(), 3);
});

add('destroy-with-pending-writes', (t) => {
  const { Writable } = t.stream;
  const w = new Writable({ write(c, e, cb) { t.log('_write', c); setTimeout(cb, 2); } });
  t.trace(w, 'w', WEV);
  w.write('1', t.cb('1'));
  w.write('2', t.cb('2'));
  w.write('3', t.cb('3'));
  w.end(t.cb('end'));
  w.destroy();
  t.log('destroyed', w.destroyed, w.writableLength);
  w.on('close', () => setTimeout(() => t.done(), 5));
});

add('destroy-with-error-pending', (t) => {
  const { Writable } = t.stream;
  const w = new Writable({ write(c, e, cb) { setTimeout(cb, 2); } });
  t.trace(w, 'w', WEV);
  w.write('1', t.cb('1'));
  w.write('2', t.cb('2'));
  w.destroy(new Error('kaput'));
  w.on('close', () => setTimeout(() => t.done(), 5));
});

add('accessors', (t) => {
  const { Writable } = t.stream;
  const w = new Writable({ highWaterMark: 3, write(c, e, cb) { setTimeout(cb, 1); } });
  const show = (l) => t.log(l, w.writable, w.writableEnded, w.writableFinished, w.writableLength, w.writableNeedDrain,
                              w.writableHighWaterMark, w.writableObjectMode, w.writableCorked, w.writableAborted, w.destroyed, w.closed, w.errored);
  show('init');
  w.write('abcd');
  show('after write');
  w.end();
  show('after end');
  w.on('finish', () => show('finish'));
  w.on('close', () => { show('close'); t.done(); });
});

add('writable-aborted', (t) => {
  const { Writable } = t.stream;
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.on('error', () => {});
  w.destroy(new Error('x'));
  t.log(w.writableAborted, w.writable);
  const w2 = new Writable({ write(c, e, cb) { cb(); } });
  w2.end();
  w2.on('finish', () => { w2.destroy(); t.log('w2', w2.writableAborted); t.done(); });
});

add('need-drain-semantics', (t) => {
  const { Writable } = t.stream;
  const w = new Writable({ highWaterMark: 2, write(c, e, cb) { setTimeout(cb, 1); } });
  t.trace(w, 'w', WEV);
  t.log(w.write('ab'), w.writableNeedDrain);
  w.once('drain', () => {
    t.log('drain', w.writableNeedDrain, w.writableLength);
    t.log(w.write('a'), w.writableNeedDrain);
    w.end();
  });
  w.on('close', () => t.done());
});

add('drain-not-emitted-when-ending', (t) => {
  const { Writable } = t.stream;
  const w = new Writable({ highWaterMark: 1, write(c, e, cb) { setTimeout(cb, 1); } });
  t.trace(w, 'w', WEV);
  w.write('ab');
  w.end();
  w.on('close', () => t.done());
});

add('construct-buffers-writes', (t) => {
  const { Writable } = t.stream;
  const w = new Writable({
    construct(cb) { t.log('construct'); setTimeout(() => { t.log('constructed'); cb(); }, 2); },
    write(c, e, cb) { t.log('_write', c); cb(); },
    final(cb) { t.log('_final'); cb(); },
  });
  t.trace(w, 'w', WEV);
  t.log(w.write('a'), w.write('b'), w.writableLength);
  w.end('c');
  w.on('close', () => t.done());
});

add('construct-error-writable', (t) => {
  const { Writable } = t.stream;
  const w = new Writable({
    construct(cb) { setTimeout(() => cb(new Error('construct failed')), 1); },
    write(c, e, cb) { t.log('_write'); cb(); },
  });
  t.trace(w, 'w', WEV);
  w.write('a', t.cb('a'));
  w.end(t.cb('end'));
  w.on('close', () => setTimeout(() => t.done(), 2));
});

add('construct-destroy-writable', (t) => {
  const { Writable } = t.stream;
  const w = new Writable({
    construct(cb) { setTimeout(() => { t.log('construct done'); cb(); }, 1); },
    write(c, e, cb) { t.log('_write'); cb(); },
    destroy(err, cb) { t.log('_destroy', err); cb(err); },
  });
  t.trace(w, 'w', WEV);
  w.write('a', t.cb('a'));
  w.destroy();
  w.on('close', () => setTimeout(() => t.done(), 2));
});

add('without-new', (t) => {
  const { Writable } = t.stream;
  const w = Writable({ write(c, e, cb) { t.log('_write', c); cb(); } });
  t.log(w instanceof Writable);
  w.end('z');
  w.on('finish', () => t.done());
});

add('instanceof-duplex', (t) => {
  const { Writable, Duplex, Transform, PassThrough, Readable } = t.stream;
  t.log(new Duplex() instanceof Writable, new Transform() instanceof Writable, new PassThrough() instanceof Writable,
        new Readable() instanceof Writable, ({}) instanceof Writable);
  class MyW extends Writable {}
  t.log(new MyW() instanceof MyW, new Duplex() instanceof MyW);
  t.done();
});

add('pipe-from-writable-errors', (t) => {
  const { Writable } = t.stream;
  const w = new Writable({ write(c, e, cb) { cb(); } });
  t.trace(w, 'w', WEV);
  w.pipe(new Writable());
  w.on('close', () => t.done());
});

add('object-mode-write-various', (t) => {
  const { Writable } = t.stream;
  const w = new Writable({ objectMode: true, highWaterMark: 2, write(c, e, cb) { t.log('_write', c, e); cb(); } });
  t.log(w.write({ a: 1 }), w.write([1]), w.write('s'), w.write(42));
  w.end();
  w.on('finish', () => t.done());
});

add('sync-cb-batching', (t) => {
  const { Writable } = t.stream;
  const w = new Writable({ write(c, e, cb) { cb(); } });
  const cb = (err) => t.log('shared cb', err);
  w.write('a', cb); w.write('b', cb); w.write('c', t.cb('other')); w.write('d', cb);
  t.log('sync done');
  process.nextTick(() => t.log('tick'));
  w.end();
  w.on('finish', () => t.done());
});

add('uncork-in-nexttick', (t) => {
  const { Writable } = t.stream;
  const w = new Writable({
    highWaterMark: 5,
    write(c, e, cb) { t.log('_write', c); cb(); },
    writev(chunks, cb) { t.log('_writev', chunks.length, chunks.map((x) => x.chunk)); setImmediate(cb); },
  });
  t.trace(w, 'w', WEV);
  w.cork();
  for (let i = 0; i < 5; i++) t.log(w.write(`c${i}`));
  process.nextTick(() => w.uncork());
  w.on('drain', () => { w.end('fin'); });
  w.on('close', () => t.done());
});

add('end-uncorks', (t) => {
  const { Writable } = t.stream;
  const w = new Writable({
    write(c, e, cb) { t.log('_write', c); cb(); },
    writev(chunks, cb) { t.log('_writev', chunks.map((x) => x.chunk)); cb(); },
  });
  t.trace(w, 'w', WEV);
  w.cork(); w.cork();
  w.write('a'); w.write('b');
  w.end('c');
  t.log('corked', w.writableCorked);
  w.on('close', () => t.done());
});

add('emit-close-false-writable', (t) => {
  const { Writable } = t.stream;
  const w = new Writable({ emitClose: false, write(c, e, cb) { cb(); } });
  t.trace(w, 'w', WEV);
  w.end('x');
  setTimeout(() => { t.log(w.destroyed, w.closed); t.done(); }, 5);
});

add('auto-destroy-false-writable', (t) => {
  const { Writable } = t.stream;
  const w = new Writable({ autoDestroy: false, write(c, e, cb) { cb(); } });
  t.trace(w, 'w', WEV);
  w.end('x');
  setTimeout(() => { t.log(w.destroyed, w.closed); w.destroy(); }, 5);
  w.on('close', () => t.done());
});

add('destroy-callback-and-custom', (t) => {
  const { Writable } = t.stream;
  const w = new Writable({
    write(c, e, cb) { cb(); },
    destroy(err, cb) { t.log('_destroy', err); setTimeout(() => cb(new Error('from destroy')), 1); },
  });
  t.trace(w, 'w', WEV);
  w.destroy(null, t.cb('destroy1'));
  w.destroy(null, t.cb('destroy2'));
  w.on('close', () => t.done());
});

add('destroy-throws', (t) => {
  const { Writable } = t.stream;
  const w = new Writable({ write(c, e, cb) { cb(); }, destroy() { throw new Error('destroy threw'); } });
  t.trace(w, 'w', WEV);
  w.destroy();
  w.on('close', () => t.done());
});

add('undestroy', (t) => {
  const { Writable } = t.stream;
  const w = new Writable({ write(c, e, cb) { t.log('_write', c); cb(); } });
  t.trace(w, 'w', WEV);
  w.destroy();
  w.once('close', () => {
    w._undestroy();
    t.log('undestroyed', w.destroyed, w.writable);
    w.end('again');
    w.once('close', () => t.done());
  });
});

add('write-in-finish-handler', (t) => {
  const { Writable } = t.stream;
  const w = new Writable({ write(c, e, cb) { cb(); } });
  t.trace(w, 'w', WEV);
  w.on('finish', () => { t.log('write ret', w.write('late', t.cb('late'))); });
  w.end();
  w.on('close', () => setTimeout(() => t.done(), 2));
});

add('highwatermark-large-write', (t) => {
  const { Writable } = t.stream;
  const w = new Writable({ highWaterMark: 10, write(c, e, cb) { t.log('_write', c.length); setImmediate(cb); } });
  t.trace(w, 'w', WEV);
  t.log(w.write(t.Buffer.alloc(9)), w.write(t.Buffer.alloc(0)), w.write(t.Buffer.alloc(1)), w.write(t.Buffer.alloc(100)));
  w.end();
  w.on('close', () => t.done());
});

add('writable-state-getbuffer', (t) => {
  const { Writable } = t.stream;
  const w = new Writable({ write(c, e, cb) { setTimeout(cb, 1); } });
  w.write('a'); w.write('b'); w.write('c');
  t.log(w._writableState.getBuffer().map((x) => x.chunk), w._writableState.bufferedRequestCount, w.writableBuffer.length);
  w.end();
  w.on('finish', () => t.done());
});

add('dispose-writable', async (t) => {
  const { Writable } = t.stream;
  const sym = Symbol.asyncDispose || Object.getOwnPropertySymbols(Writable.prototype).find((s) => String(s).includes('asyncDispose'));
  const w = new Writable({ write(c, e, cb) { cb(); } });
  t.trace(w, 'w', WEV);
  await w[sym]();
  t.log('disposed', w.destroyed, w.errored && w.errored.name);
});

add('end-after-error', (t) => {
  const { Writable } = t.stream;
  const w = new Writable({ autoDestroy: false, write(c, e, cb) { cb(new Error('werr')); } });
  t.trace(w, 'w', WEV);
  w.write('x');
  setTimeout(() => { w.end(t.cb('end')); }, 2);
  setTimeout(() => t.done(), 6);
});

add('write-cb-order-mixed', (t) => {
  const { Writable } = t.stream;
  let n = 0;
  const w = new Writable({ write(c, e, cb) { n++; if (n % 2) cb(); else setImmediate(cb); } });
  t.trace(w, 'w', WEV);
  for (let i = 0; i < 6; i++) w.write(String(i), t.cb(`w${i}`));
  w.end(t.cb('end'));
  w.on('close', () => t.done());
});

module.exports = S;
