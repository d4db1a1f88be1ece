'use strict';
// Destroying a node stream made by fromWeb() cancels / aborts the web
// stream with the error. Output recorded from node.
const { Readable, Writable } = require('stream');
const r = Readable.fromWeb(new ReadableStream({ pull(c) { c.enqueue('x'); }, cancel(reason) { console.log('cancelled:', reason && reason.message); } }), { objectMode: true });
r.once('data', () => r.destroy(new Error('stop')));
r.on('error', (e) => console.log('readable error:', e.message));
r.on('close', () => {
  const w = Writable.fromWeb(new WritableStream({ write() {}, abort(reason) { console.log('aborted:', reason && reason.message); } }));
  w.on('error', (e) => console.log('writable error:', e.message));
  w.destroy(new Error('halt'));
});
