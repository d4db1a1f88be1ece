'use strict';
// Buffer.concat(list[, totalLength]): joins Buffers / Uint8Arrays, truncates
// or zero-pads to totalLength, validates its arguments.
const assert = require('assert');
const { Buffer } = require('buffer');

const a = Buffer.from('abc');
const b = new Uint8Array([0x64, 0x65]);
assert.strictEqual(Buffer.concat([a, b]).toString(), 'abcde');
assert.ok(Buffer.concat([a, b]) instanceof Buffer);
assert.strictEqual(Buffer.concat([]).length, 0);
assert.strictEqual(Buffer.concat([a, b], 4).toString(), 'abcd');
assert.deepStrictEqual([...Buffer.concat([a], 5)], [0x61, 0x62, 0x63, 0, 0]);
// A single buffer is still copied.
const one = Buffer.concat([a]);
one[0] = 0x7a;
assert.strictEqual(a.toString(), 'abc');
// Large inputs.
const big = Buffer.concat([Buffer.alloc(5000, 'x'), Buffer.alloc(7000, 'y')]);
assert.strictEqual(big.length, 12000);
assert.strictEqual(big.toString('latin1', 4998, 5002), 'xxyy');

assert.throws(() => Buffer.concat('abc'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "list" argument must be an instance of Array. Received type string (\'abc\')',
});
assert.throws(() => Buffer.concat([a, 'de']), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "list[1]" argument must be an instance of Buffer or Uint8Array. ' +
    'Received type string (\'de\')',
});
assert.throws(() => Buffer.concat([a], -1), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => Buffer.concat([a], 1.5), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "length" is out of range. It must be an integer. Received 1.5',
});
