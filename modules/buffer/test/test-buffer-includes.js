'use strict';
// buf.includes(value[, byteOffset][, encoding]) is indexOf() !== -1.
const assert = require('assert');
const { Buffer } = require('buffer');

const buf = Buffer.from('hello wörld');
assert.strictEqual(buf.includes('wö'), true);
assert.strictEqual(buf.includes('wö', 7), false);
assert.strictEqual(buf.includes(Buffer.from('llo')), true);
assert.strictEqual(buf.includes(0x68), true);
assert.strictEqual(buf.includes(0x68, 1), false);
assert.strictEqual(buf.includes('776f', 'hex'), false);
assert.strictEqual(buf.includes('6c6c', 'hex'), true);
assert.strictEqual(buf.includes(''), true);
assert.strictEqual(Buffer.alloc(0).includes(''), true);
assert.strictEqual(Buffer.alloc(0).includes('a'), false);
