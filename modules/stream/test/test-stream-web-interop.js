'use strict';
// stream/web, stream/consumers and the node <-> web stream conversions
// (Readable/Writable/Duplex fromWeb/toWeb), Blob.stream(). Output
// recorded from node (CompressionStream/DecompressionStream left out:
// Mosaic has no zlib yet).
const { Readable, Writable, Duplex, PassThrough } = require('stream');
const consumers = require('stream/consumers');
const web = require('stream/web');
(async () => {
  console.log(Object.keys(web).filter((k) => !/ompression/.test(k)).sort().join());
  console.log(web.ReadableStream === ReadableStream);
  const r = Readable.fromWeb(new ReadableStream({ start(c) { c.enqueue('x'); c.enqueue('y'); c.close(); } }), { objectMode: true });
  const got = []; for await (const c of r) got.push(c); console.log('fromWeb', got);
  const rs = Readable.toWeb(Readable.from([Buffer.from('ab'), Buffer.from('cd')], { objectMode: false }));
  const parts = []; for await (const c of rs) parts.push(c.constructor.name + ':' + Buffer.from(c).toString()); console.log('toWeb', parts);
  const sink = []; const ws = Writable.toWeb(new Writable({ write(c, e, cb) { sink.push(c.toString()); cb(); } }));
  const w = ws.getWriter(); await w.write('p'); await w.write('q'); await w.close(); console.log('Writable.toWeb', sink);
  const out = []; const nw = Writable.fromWeb(new WritableStream({ write(c) { out.push(typeof c === 'string' ? c : Buffer.from(c).toString()); } }));
  nw.write('m'); nw.end('n', () => console.log('Writable.fromWeb', out));
  await new Promise((res) => nw.on('finish', res));
  console.log('text', await consumers.text(Readable.from(['a', 'b'])));
  console.log('json', await consumers.json(new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode('{"k":1}')); c.close(); } })));
  console.log('buffer', await consumers.buffer(Readable.from([Buffer.from('hi')])));
  console.log('arrayBuffer', (await consumers.arrayBuffer(Readable.from([Buffer.from('hey')]))).byteLength);
  console.log('blob', (await consumers.blob(Readable.from(['xyz']))).size);
  console.log('Blob.stream', await consumers.text(new Blob(['from blob']).stream()));
  const failing = Readable.fromWeb(new ReadableStream({ start(c) { c.error(new Error('web boom')); } }));
  failing.on('error', (e) => console.log('fromWeb error:', e.message));
  const pt = new PassThrough(); const { readable, writable } = Duplex.toWeb(pt);
  const wr = writable.getWriter(); wr.write(new TextEncoder().encode('duplex')); wr.close();
  console.log('Duplex.toWeb', await consumers.text(readable));
})();
