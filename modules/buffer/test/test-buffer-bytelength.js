'use strict';
// Buffer.byteLength(string | view | ArrayBuffer[, encoding]).
const assert = require('assert');
const { Buffer } = require('buffer');

assert.strictEqual(Buffer.byteLength('héllo'), 6);
assert.strictEqual(Buffer.byteLength('héllo', 'utf8'), 6);
assert.strictEqual(Buffer.byteLength('héllo', 'latin1'), 5);
assert.strictEqual(Buffer.byteLength('héllo', 'ucs2'), 10);
assert.strictEqual(Buffer.byteLength('aGk=', 'base64'), 2);
assert.strictEqual(Buffer.byteLength('abcd', 'hex'), 2);
assert.strictEqual(Buffer.byteLength('héllo', 'bogus'), 6);   // unknown: utf8
assert.strictEqual(Buffer.byteLength(''), 0);
assert.strictEqual(Buffer.byteLength(new Uint16Array(3)), 6);
assert.strictEqual(Buffer.byteLength(new DataView(new ArrayBuffer(5))), 5);
assert.strictEqual(Buffer.byteLength(new ArrayBuffer(7)), 7);
assert.strictEqual(Buffer.byteLength(new SharedArrayBuffer(2)), 2);
assert.throws(() => Buffer.byteLength(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "string" argument must be of type string or an instance of Buffer or ' +
    'ArrayBuffer. Received type number (5)',
});
