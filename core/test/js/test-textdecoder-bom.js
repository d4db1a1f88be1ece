'use strict';
// The BOM is removed at the start of each stream unless ignoreBOM.
const assert = require('./fixtures/assert');

const withBOM = new Uint8Array([0xEF, 0xBB, 0xBF, 0x41]);
assert.strictEqual(new TextDecoder().decode(withBOM), 'A');
assert.strictEqual(new TextDecoder('utf-8', { ignoreBOM: true }).decode(withBOM), '\ufeffA');

const td = new TextDecoder();
assert.strictEqual(td.decode(withBOM, { stream: true }), 'A');
assert.strictEqual(td.decode(withBOM, { stream: true }), '\ufeffA');  // mid-stream
assert.strictEqual(td.decode(), '');
assert.strictEqual(td.decode(withBOM), 'A');  // a new stream

const split = new TextDecoder();
assert.strictEqual(split.decode(new Uint8Array([0xEF, 0xBB]), { stream: true }), '');
assert.strictEqual(split.decode(new Uint8Array([0xBF, 0x42])), 'B');

assert.strictEqual(new TextDecoder('utf-16le').decode(new Uint8Array([0xFF, 0xFE, 0x41, 0x00])), 'A');
assert.strictEqual(new TextDecoder('utf-16be').decode(new Uint8Array([0xFE, 0xFF, 0x00, 0x41])), 'A');
assert.strictEqual(new TextDecoder('latin1').decode(new Uint8Array([0xEF, 0xBB, 0xBF])), '\u00ef\u00bb\u00bf');
