'use strict';
// WHATWG streams as globals (core, no plugins): readers, writers, async
// iteration, TransformStream, TextEncoderStream/TextDecoderStream, errors,
// pipeTo and tee. Output recorded from node.
(async () => {
  const rs = new ReadableStream({ start(c) { c.enqueue('a'); c.enqueue('b'); c.close(); } });
  const chunks = []; for await (const c of rs) chunks.push(c); console.log(chunks);
  const { readable, writable } = new TransformStream({ transform(chunk, c) { c.enqueue(chunk.toUpperCase()); } });
  const w = writable.getWriter(); w.write('x'); w.write('y'); w.close();
  const r = readable.getReader(); let s = ''; for (;;) { const { value, done } = await r.read(); if (done) break; s += value; } console.log(s);
  const enc = new TextEncoderStream(); const encW = enc.writable.getWriter(); encW.write('hé😀'); encW.close();
  const bytes = []; for await (const b of enc.readable) bytes.push(...b); console.log(bytes.join(','));
  const dec = new TextDecoderStream(); const dW = dec.writable.getWriter(); dW.write(new Uint8Array([0x68, 0xc3])); dW.write(new Uint8Array([0xa9])); dW.close();
  let t = ''; for await (const x of dec.readable) t += x; console.log(t, dec.encoding);
  console.log(typeof WritableStream, typeof CountQueuingStrategy, new CountQueuingStrategy({ highWaterMark: 3 }).highWaterMark, Object.prototype.toString.call(new ReadableStream()));
  const ws = new WritableStream({ write(chunk) { console.log('wrote', chunk); } }); const ww = ws.getWriter(); await ww.write(1); await ww.close(); console.log('closed');
  const errored = new ReadableStream({ start(c) { c.error(new Error('boom')); } });
  try { await errored.getReader().read(); } catch (e) { console.log('error:', e.message); }
  const piped = []; await new ReadableStream({ start(c) { c.enqueue(1); c.enqueue(2); c.close(); } }).pipeTo(new WritableStream({ write(v) { piped.push(v); } })); console.log('piped', piped);
  const [a, b] = new ReadableStream({ start(c) { c.enqueue('t'); c.close(); } }).tee(); console.log((await a.getReader().read()).value, (await b.getReader().read()).value);
})();
