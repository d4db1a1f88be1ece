'use strict';
// ucs2 / utf16le: two bytes per code unit, little-endian; an odd trailing
// byte is ignored; surrogates pass through unchanged.
const assert = require('assert');
const { Buffer } = require('buffer');

for (const enc of ['ucs2', 'ucs-2', 'utf16le', 'utf-16le', 'UTF-16LE']) {
  assert.strictEqual(Buffer.from('a€', enc).toString('hex'), '6100ac20');
}
assert.strictEqual(Buffer.from('\ud800', 'ucs2').toString('hex'), '00d8');
assert.strictEqual(Buffer.from([0x61, 0x00, 0x62]).toString('ucs2'), 'a');
assert.strictEqual(Buffer.from([0x3d, 0xd8, 0x00, 0xde]).toString('ucs2'), '😀');
assert.strictEqual(Buffer.from([0x00, 0xd8]).toString('ucs2'), '\ud800');
assert.strictEqual(Buffer.byteLength('abc', 'ucs2'), 6);
// Unaligned views decode and encode correctly.
const odd = Buffer.alloc(9).subarray(1);
assert.strictEqual(odd.write('wxyz', 'ucs2'), 8);
assert.strictEqual(odd.toString('ucs2'), 'wxyz');
assert.strictEqual(Buffer.alloc(5).write('abc', 'ucs2'), 4);
const s = 'ü'.repeat(3000);
assert.strictEqual(Buffer.from(s, 'utf16le').toString('utf16le'), s);
