'use strict';
// windows-1252 (latin1/ascii labels) outside 0x80-0x9F is ISO-8859-1.
// (Bytes 0x80-0x9F differ between Node 20's non-streaming decoder and the
// WHATWG table, so they are not checked here.)
const assert = require('./fixtures/assert');

const td = new TextDecoder('latin1');
const bytes = [];
for (let i = 0; i < 256; i++) if (i < 0x80 || i > 0x9F) bytes.push(i);
const s = td.decode(new Uint8Array(bytes));
assert.strictEqual(s.length, bytes.length);
for (let i = 0; i < bytes.length; i++) assert.strictEqual(s.charCodeAt(i), bytes[i]);
// Streaming mode uses the WHATWG table in both Node 20 and Mosaic.
assert.strictEqual(new TextDecoder('windows-1252').decode(new Uint8Array([0x80]), { stream: true }),
                   '\u20ac');
