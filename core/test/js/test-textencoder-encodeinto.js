'use strict';
// TextEncoder.encodeInto() never writes a partial sequence; `read` counts
// UTF-16 code units.
const assert = require('./fixtures/assert');

const te = new TextEncoder();
const dest = new Uint8Array(3);
assert.deepStrictEqual(te.encodeInto('h\u00e9llo', dest), { read: 2, written: 3 });
assert.deepStrictEqual(Array.from(dest), [0x68, 0xC3, 0xA9]);
assert.deepStrictEqual(te.encodeInto('\ud83d\ude00a', new Uint8Array(3)), { read: 0, written: 0 });
assert.deepStrictEqual(te.encodeInto('\ud83d\ude00a', new Uint8Array(5)), { read: 3, written: 5 });
assert.deepStrictEqual(te.encodeInto('\ud800x', new Uint8Array(10)), { read: 2, written: 4 });

const big = new Uint8Array(6);
te.encodeInto('ab', big.subarray(2, 4));
assert.deepStrictEqual(Array.from(big), [0, 0, 0x61, 0x62, 0, 0]);

assert.throws(() => te.encodeInto('x', new Uint16Array(2)), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "dest" argument must be an instance of Uint8Array. ' +
           'Received an instance of Uint16Array',
});
assert.throws(() => te.encodeInto(1, new Uint8Array(2)), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "src" argument must be of type string. Received type number (1)',
});
