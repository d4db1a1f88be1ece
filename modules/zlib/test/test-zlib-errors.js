'use strict';
// Corrupt and truncated input fail with node's zlib errors; the constants
// and codes tables.
const assert = require('assert');
const zlib = require('zlib');

assert.throws(() => zlib.inflateSync(Buffer.from('garbage')), {
  code: 'Z_DATA_ERROR', errno: -3, message: 'incorrect header check',
});
assert.throws(() => zlib.gunzipSync(zlib.gzipSync('hello').subarray(0, 10)), {
  code: 'Z_BUF_ERROR', errno: -5, message: 'unexpected end of file',
});
assert.throws(() => zlib.deflateSync(42), { code: 'ERR_INVALID_ARG_TYPE' });
assert.strictEqual(zlib.codes.Z_DATA_ERROR, -3);
assert.strictEqual(zlib.codes['-3'], 'Z_DATA_ERROR');
assert.strictEqual(zlib.constants.Z_BEST_COMPRESSION, 9);
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(zlib.constants, 'Z_OK'),
                       { value: 0, writable: false, enumerable: true, configurable: false });
assert.strictEqual(Object.getPrototypeOf(zlib.constants), null);
