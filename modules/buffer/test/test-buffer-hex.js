'use strict';
// hex: lowercase output; input decodes pairs until the first invalid one;
// an odd trailing digit is ignored.
const assert = require('assert');
const { Buffer } = require('buffer');

assert.strictEqual(Buffer.from([0, 0x0f, 0xab, 0xff]).toString('hex'), '000fabff');
const dec = (s) => [...Buffer.from(s, 'hex')];
assert.deepStrictEqual(dec('DEADbeef'), [0xde, 0xad, 0xbe, 0xef]);
assert.deepStrictEqual(dec('abc'), [0xab]);
assert.deepStrictEqual(dec('abzz12'), [0xab]);
assert.deepStrictEqual(dec('zz12'), []);
assert.deepStrictEqual(dec('1g'), []);
assert.deepStrictEqual(dec(' ab'), []);
assert.strictEqual(Buffer.byteLength('abc', 'hex'), 1);
const buf = Buffer.alloc(4, 0xee);
assert.strictEqual(buf.write('0102zz', 'hex'), 2);
assert.deepStrictEqual([...buf], [1, 2, 0xee, 0xee]);
const bytes = Buffer.from(Array.from({ length: 1000 }, (_, i) => (i * 7) & 0xff));
assert.ok(Buffer.from(bytes.toString('hex'), 'hex').equals(bytes));
assert.ok(Buffer.from(bytes.toString('hex').toUpperCase(), 'hex').equals(bytes));
