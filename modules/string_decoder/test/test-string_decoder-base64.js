'use strict';
// base64/base64url output only whole 3-byte groups until end().
const assert = require('assert');
const { StringDecoder } = require('string_decoder');

let d = new StringDecoder('base64');
assert.strictEqual(d.write(Buffer.from('ab')), '');
assert.strictEqual(d.lastNeed, 1);
assert.strictEqual(d.write(Buffer.from('cdef')), 'YWJjZGVm');
assert.strictEqual(d.write(Buffer.from('g')), '');
assert.strictEqual(d.end(), 'Zw==');

d = new StringDecoder('base64url');
assert.strictEqual(d.write(Buffer.from([0xfb, 0xff])), '');
assert.strictEqual(d.end(), '-_8');
assert.strictEqual(new StringDecoder('base64').end(Buffer.from([0xfb, 0xff, 0xbf, 0x01])), '+/+/AQ==');
