'use strict';
// buf.equals(other): same bytes; Uint8Arrays accepted; others rejected.
const assert = require('assert');
const { Buffer } = require('buffer');

const a = Buffer.from('abc');
assert.strictEqual(a.equals(Buffer.from('abc')), true);
assert.strictEqual(a.equals(a), true);
assert.strictEqual(a.equals(Buffer.from('abd')), false);
assert.strictEqual(a.equals(Buffer.from('ab')), false);
assert.strictEqual(a.equals(new Uint8Array([97, 98, 99])), true);
assert.strictEqual(Buffer.alloc(0).equals(new Uint8Array(0)), true);
assert.strictEqual(Buffer.alloc(5000, 1).equals(Buffer.alloc(5000, 1)), true);
assert.throws(() => a.equals('abc'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "otherBuffer" argument must be an instance of Buffer or Uint8Array. ' +
    'Received type string (\'abc\')',
});
assert.throws(() => a.equals(new Uint16Array(2)), { code: 'ERR_INVALID_ARG_TYPE' });
