'use strict';
// Module surface: exports, statics, descriptors, highWaterMark defaults,
// legacy aliases.

const S = [];
const add = (name, fn, opts) => S.push({ name, fn, ...opts });

add('exports-keys', (t) => {
  const s = t.stream;
  t.log(Object.keys(s).sort());
  t.log(Object.getOwnPropertyNames(s.Readable).sort());
  t.log(Object.getOwnPropertyNames(s.Writable).sort());
  t.log(Object.getOwnPropertyNames(s.Duplex).sort());
  t.log(Object.keys(t.promises).sort());
  t.log(s.promises === t.promises, s.Stream === s, typeof s.Readable.ReadableState, typeof s.Writable.WritableState);
  t.done();
});

add('prototype-chain', (t) => {
  const { Stream, Readable, Writable, Duplex, Transform, PassThrough } = t.stream;
  const P = Object.getPrototypeOf;
  t.log(P(Readable.prototype) === Stream.prototype, P(Writable.prototype) === Stream.prototype,
        P(Duplex.prototype) === Readable.prototype, P(Transform.prototype) === Duplex.prototype,
        P(PassThrough.prototype) === Transform.prototype, P(Readable) === Stream, P(Duplex) === Readable,
        P(Transform) === Duplex, P(PassThrough) === Transform);
  t.done();
});

add('prototype-methods', (t) => {
  const { Readable, Writable, Duplex, Transform, PassThrough, Stream } = t.stream;
  const names = (o) => Object.getOwnPropertyNames(o).filter((n) => n !== 'constructor').sort();
  t.log('Readable', names(Readable.prototype));
  t.log('Writable', names(Writable.prototype));
  t.log('Duplex', names(Duplex.prototype));
  t.log('Transform', names(Transform.prototype));
  t.log('PassThrough', names(PassThrough.prototype));
  t.log('Stream', names(Stream.prototype));
  t.log(Object.getOwnPropertySymbols(Readable.prototype).length, Object.getOwnPropertySymbols(Writable.prototype).length);
  t.log(Duplex.prototype.write === Writable.prototype.write, Duplex.prototype.destroy === Writable.prototype.destroy,
        Duplex.prototype.end === Writable.prototype.end, Duplex.prototype.on === Readable.prototype.on);
  t.done();
});

add('enumerable-props', (t) => {
  const { Readable, Writable } = t.stream;
  const enumR = [];
  for (const k in Readable.prototype) enumR.push(k);
  const enumW = [];
  for (const k in Writable.prototype) enumW.push(k);
  t.log(enumR.sort());
  t.log(enumW.sort());
  t.done();
});

add('default-hwm', (t) => {
  const s = t.stream;
  t.log(s.getDefaultHighWaterMark(false), s.getDefaultHighWaterMark(true));
  s.setDefaultHighWaterMark(false, 1024);
  s.setDefaultHighWaterMark(true, 3);
  t.log(new s.Readable().readableHighWaterMark, new s.Writable({ objectMode: true }).writableHighWaterMark,
        new s.Duplex({ readableObjectMode: true }).readableHighWaterMark, new s.Transform().writableHighWaterMark);
  for (const v of [-1, 1.5, '5', NaN]) { try { s.setDefaultHighWaterMark(false, v); } catch (e) { t.log('threw', e); } }
  s.setDefaultHighWaterMark(false, 16384);
  s.setDefaultHighWaterMark(true, 16);
  t.log(s.getDefaultHighWaterMark(false), s.getDefaultHighWaterMark(true));
  t.done();
});

add('hwm-validation', (t) => {
  const { Readable, Writable, Duplex } = t.stream;
  for (const v of [-1, 1.5, 'x', NaN, Infinity, null, undefined, 0, 2 ** 31]) {
    try { t.log(String(v), new Readable({ highWaterMark: v }).readableHighWaterMark); } catch (e) { t.log(String(v), 'threw', e); }
    try { t.log(String(v), new Writable({ highWaterMark: v }).writableHighWaterMark); } catch (e) { t.log(String(v), 'threw', e); }
    try { t.log(String(v), new Duplex({ writableHighWaterMark: v }).writableHighWaterMark); } catch (e) { t.log(String(v), 'threw', e); }
  }
  t.done();
});

add('read-size-limit', (t) => {
  const { Readable } = t.stream;
  const r = new Readable({ read() {} });
  try { r.read(2 ** 30 + 1); } catch (e) { t.log('threw', e); }
  r.read(2 ** 30);
  t.log(r.readableHighWaterMark);
  r.read(1000);
  t.log(r.readableHighWaterMark);
  t.done();
});

add('hwm-power-of-two-growth', (t) => {
  const { Readable } = t.stream;
  const r = new Readable({ read() {} });
  for (const n of [20000, 40000, 65537, 100]) { r.read(n); t.log(n, r.readableHighWaterMark); }
  t.done();
});

add('legacy-aliases', (t) => {
  const s = t.stream;
  t.log(t.builtin('_stream_readable') === s.Readable, t.builtin('_stream_writable') === s.Writable,
        t.builtin('_stream_duplex') === s.Duplex, t.builtin('_stream_transform') === s.Transform,
        t.builtin('_stream_passthrough') === s.PassThrough, t.builtin('stream/promises') === s.promises);
  t.done();
});

add('uint8-helpers', (t) => {
  const s = t.stream;
  const u = new Uint8Array([1, 2, 3, 4]).subarray(1, 3);
  const b = s._uint8ArrayToBuffer(u);
  t.log(s._isUint8Array(u), s._isUint8Array(t.Buffer.from('x')), s._isUint8Array(new Uint16Array(1)), s._isUint8Array([]),
        s._isArrayBufferView(new DataView(new ArrayBuffer(1))), s._isArrayBufferView({}));
  t.log(b, t.Buffer.isBuffer(b), b.buffer === u.buffer);
  t.done();
});

add('state-objects', (t) => {
  const { Readable, Writable } = t.stream;
  const r = new Readable();
  const w = new Writable();
  const rs = r._readableState;
  const ws = w._writableState;
  t.log(rs instanceof Readable.ReadableState, ws instanceof Writable.WritableState);
  t.log(['objectMode', 'highWaterMark', 'length', 'pipes', 'flowing', 'ended', 'endEmitted', 'reading', 'constructed', 'sync', 'needReadable',
    'emittedReadable', 'readableListening', 'resumeScheduled', 'errorEmitted', 'emitClose', 'autoDestroy', 'destroyed', 'errored',
    'closed', 'closeEmitted', 'defaultEncoding', 'awaitDrainWriters', 'multiAwaitDrain', 'readingMore', 'dataEmitted', 'decoder',
    'encoding', 'pipesCount', 'paused'].map((k) => `${k}=${typeof rs[k] === 'object' && rs[k] !== null ? 'obj' : rs[k]}`).join(' '));
  t.log(['objectMode', 'highWaterMark', 'finalCalled', 'needDrain', 'ending', 'ended', 'finished', 'destroyed', 'decodeStrings',
    'defaultEncoding', 'length', 'writing', 'corked', 'sync', 'bufferProcessing', 'writecb', 'writelen', 'afterWriteTickInfo',
    'pendingcb', 'constructed', 'prefinished', 'errorEmitted', 'emitClose', 'autoDestroy', 'errored', 'closed', 'closeEmitted',
    'allBuffers', 'allNoop', 'bufferedRequestCount'].map((k) => `${k}=${ws[k]}`).join(' '));
  t.log(typeof ws.onwrite, typeof ws.getBuffer, Array.isArray(ws.buffered));
  t.done();
});

add('new-state-direct', (t) => {
  const { Readable, Writable, Duplex } = t.stream;
  const d = new Duplex();
  const rs = new Readable.ReadableState({ objectMode: true }, d);
  const ws = new Writable.WritableState({ writableObjectMode: true }, d);
  t.log(rs.objectMode, rs.highWaterMark, ws.objectMode, ws.highWaterMark);
  const rs2 = new Readable.ReadableState({ readableObjectMode: true }, new Readable());
  t.log(rs2.objectMode);
  const rs3 = new Readable.ReadableState({ readableObjectMode: true }, {}, true);
  t.log(rs3.objectMode);
  t.done();
});

add('from-list', (t) => {
  const { Readable } = t.stream;
  const r = new Readable({ read() {} });
  r.push('abc'); r.push('def');
  const st = r._readableState;
  t.log(typeof Readable._fromList, Readable._fromList(4, st), st.length);
  t.done();
});

add('event-names-and-listeners', (t) => {
  const { Readable } = t.stream;
  const r = new Readable({ read() {} });
  t.log(r.eventNames());
  const f = () => {};
  r.on('data', f);
  r.on('end', f);
  r.off('end', f);
  t.log(r.eventNames(), r.listenerCount('data'), r.listenerCount('end'));
  t.done();
});

add('inspect-state-keys-nonempty', (t) => {
  const { Readable } = t.stream;
  const r = new Readable();
  t.log(typeof require('util').inspect(r), r.readableBuffer.length);
  t.done();
});

module.exports = S;
