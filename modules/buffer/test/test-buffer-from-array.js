'use strict';
// Buffer.from(array | array-like | typed array | {type: 'Buffer', data}):
// values are converted to bytes and copied.
const assert = require('assert');
const { Buffer } = require('buffer');

assert.deepStrictEqual([...Buffer.from([1, 2, 3])], [1, 2, 3]);
assert.deepStrictEqual([...Buffer.from([256, -1, 1.5, '7', null])], [0, 255, 1, 7, 0]);
assert.deepStrictEqual([...Buffer.from({ length: 2, 0: 9, 1: 8 })], [9, 8]);
assert.deepStrictEqual([...Buffer.from({ length: '2', 0: 9 })], []);
assert.deepStrictEqual([...Buffer.from(new Uint16Array([0x102, 3]))], [2, 3]);
assert.deepStrictEqual([...Buffer.from(new Float64Array([1.9, 300]))], [1, 44]);
assert.deepStrictEqual([...Buffer.from({ type: 'Buffer', data: [5, 6] })], [5, 6]);
const json = JSON.parse(JSON.stringify(Buffer.from('hi')));
assert.strictEqual(Buffer.from(json).toString(), 'hi');

// Copies, never shares.
const src = new Uint8Array([1, 2, 3]);
const copy = Buffer.from(src);
src[0] = 99;
assert.strictEqual(copy[0], 1);
const buf = Buffer.from('abc');
const bufCopy = Buffer.from(buf);
buf[0] = 0x7a;
assert.strictEqual(bufCopy.toString(), 'abc');
// A DataView has no length: an empty Buffer.
assert.strictEqual(Buffer.from(new DataView(new ArrayBuffer(4))).length, 0);
