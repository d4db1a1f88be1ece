'use strict';
// slice / subarray share memory, clamp and wrap their indices.
const assert = require('assert');
const { Buffer } = require('buffer');

const buf = Buffer.from('abcdef');
const sub = buf.subarray(1, 4);
assert.ok(sub instanceof Buffer);
assert.strictEqual(sub.toString(), 'bcd');
sub[0] = 0x42;
assert.strictEqual(buf.toString(), 'aBcdef');
assert.strictEqual(sub.buffer, buf.buffer);
assert.strictEqual(sub.byteOffset, buf.byteOffset + 1);

assert.strictEqual(buf.slice().toString(), 'aBcdef');
assert.strictEqual(buf.slice(-2).toString(), 'ef');
assert.strictEqual(buf.slice(-3, -1).toString(), 'de');
assert.strictEqual(buf.slice(4, 2).length, 0);
assert.strictEqual(buf.slice(1.9, 3.9).toString(), 'Bc');
assert.strictEqual(buf.slice('1', '3').toString(), 'Bc');
assert.strictEqual(buf.slice(NaN, 2).toString(), 'aB');
assert.strictEqual(buf.slice(0, 100).length, 6);
assert.strictEqual(buf.slice(-100).length, 6);
assert.strictEqual(buf.slice(2 ** 32).length, 0);
const s = buf.slice(1);
s[0] = 0x62;
assert.strictEqual(buf.toString(), 'abcdef');
