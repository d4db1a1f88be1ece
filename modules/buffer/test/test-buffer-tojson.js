'use strict';
// toJSON / JSON.stringify: { type: 'Buffer', data: [...] }, and back.
const assert = require('assert');
const { Buffer } = require('buffer');

assert.deepStrictEqual(Buffer.from([1, 2, 255]).toJSON(), { type: 'Buffer', data: [1, 2, 255] });
assert.deepStrictEqual(Buffer.alloc(0).toJSON(), { type: 'Buffer', data: [] });
const text = JSON.stringify({ b: Buffer.from('hi') });
assert.strictEqual(text, '{"b":{"type":"Buffer","data":[104,105]}}');
assert.strictEqual(Buffer.from(JSON.parse(text).b).toString(), 'hi');
