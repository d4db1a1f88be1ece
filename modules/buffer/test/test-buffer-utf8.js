'use strict';
// UTF-8: malformed input decodes to U+FFFD per maximal subpart; lone
// surrogates encode as U+FFFD; byteLength counts the same way.
const assert = require('assert');
const { Buffer } = require('buffer');

const dec = (bytes) => Buffer.from(bytes).toString('utf8');
assert.strictEqual(dec([0xc3, 0xa9]), 'é');
assert.strictEqual(dec([0xe2, 0x82, 0xac]), '€');
assert.strictEqual(dec([0xf0, 0x9f, 0x98, 0x80]), '😀');
assert.strictEqual(dec([0x80]), '\ufffd');
assert.strictEqual(dec([0xc3]), '\ufffd');
assert.strictEqual(dec([0xe2, 0x82]), '\ufffd');
assert.strictEqual(dec([0xe2, 0x82, 0x41]), '\ufffdA');
assert.strictEqual(dec([0xc0, 0x80]), '\ufffd\ufffd');            // overlong
assert.strictEqual(dec([0xed, 0xa0, 0x80]), '\ufffd\ufffd\ufffd');  // surrogate
assert.strictEqual(dec([0xf4, 0x90, 0x80, 0x80]), '\ufffd\ufffd\ufffd\ufffd');
assert.strictEqual(dec([0xf0, 0x9f, 0x98]), '\ufffd');
assert.strictEqual(dec([0xef, 0xbb, 0xbf, 0x61]), '\ufeffa');      // BOM kept

const enc = (s) => Buffer.from(s, 'utf8').toString('hex');
assert.strictEqual(enc('\ud800'), 'efbfbd');
assert.strictEqual(enc('\udc00\ud800'), 'efbfbdefbfbd');
assert.strictEqual(enc('a\ud83d\ude00b'), '61f09f988062');
assert.strictEqual(Buffer.byteLength('\ud800'), 3);
assert.strictEqual(Buffer.byteLength('😀'), 4);
assert.strictEqual(Buffer.byteLength('€'.repeat(1000)), 3000);

// Long text, ASCII and not.
const text = 'Grüße, 世界! 😀 '.repeat(500);
assert.strictEqual(Buffer.from(text).toString(), text);
assert.strictEqual(Buffer.from(text).length, Buffer.byteLength(text));
