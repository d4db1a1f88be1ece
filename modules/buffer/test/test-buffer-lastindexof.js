'use strict';
// buf.lastIndexOf searches backwards from byteOffset (default: the end).
const assert = require('assert');
const { Buffer } = require('buffer');

const buf = Buffer.from('abcabcabc');
assert.strictEqual(buf.lastIndexOf('abc'), 6);
assert.strictEqual(buf.lastIndexOf('abc', 5), 3);
assert.strictEqual(buf.lastIndexOf('abc', 6), 6);
assert.strictEqual(buf.lastIndexOf('abc', -4), 3);
assert.strictEqual(buf.lastIndexOf('abc', -100), -1);
assert.strictEqual(buf.lastIndexOf('abc', 100), 6);
assert.strictEqual(buf.lastIndexOf('abc', null), 0);    // null -> 0
assert.strictEqual(buf.lastIndexOf('abc', {}), 6);      // NaN -> whole buffer
assert.strictEqual(buf.lastIndexOf(0x62), 7);
assert.strictEqual(buf.lastIndexOf(0x62, 3), 1);
assert.strictEqual(buf.lastIndexOf(Buffer.from('ca')), 5);
assert.strictEqual(buf.lastIndexOf(''), 9);
assert.strictEqual(buf.lastIndexOf('', 4), 4);
assert.strictEqual(buf.lastIndexOf('zz'), -1);
assert.strictEqual(buf.lastIndexOf('616263', 'hex'), 6);
assert.strictEqual(Buffer.from('a€a€').lastIndexOf('€'), 5);
const long = Buffer.concat([Buffer.from('needle'), Buffer.alloc(100000, 'ab')]);
assert.strictEqual(long.lastIndexOf('needle'), 0);
assert.strictEqual(long.lastIndexOf('abab'), 100002);
