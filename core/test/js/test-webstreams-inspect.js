// Web streams print as node prints them (type and state, not the
// implementation's fields). Output recorded from node.
const rs = new ReadableStream({ start(c) { c.enqueue('a'); } });
console.log(rs);
console.log(new ReadableStream({ type: 'bytes' }));
const ws = new WritableStream();
console.log(ws);
console.log(new TransformStream());
const reader = rs.getReader();
reader.read();
console.log(reader);
console.log(rs);
console.log(ws.getWriter());
console.log({ a: { b: { c: rs } } });
console.log(new TextEncoderStream(), new TextDecoderStream());
console.log(new CountQueuingStrategy({ highWaterMark: 3 }), new ByteLengthQueuingStrategy({ highWaterMark: 3 }));
new ReadableStream({ start(c) { console.log(c); } });
new WritableStream({ start(c) { console.log(c); } });
new TransformStream({ start(c) { console.log(c); } });
console.log(new ReadableStream({ start(c) { c.error(new Error('x')); } }));
let byteController;
const bytes = new ReadableStream({ type: 'bytes', start(c) { byteController = c; } });
const byob = bytes.getReader({ mode: 'byob' });
console.log(byteController, byob);
byob.read(new Uint8Array(4));
console.log(byteController.byobRequest);
