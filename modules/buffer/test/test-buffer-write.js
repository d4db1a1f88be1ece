'use strict';
// buf.write(string[, offset[, length]][, encoding]): whole characters only,
// returns bytes written, validates offset and length.
const assert = require('assert');
const { Buffer } = require('buffer');

let buf = Buffer.alloc(8, '.');
assert.strictEqual(buf.write('abc'), 3);
assert.strictEqual(buf.toString(), 'abc.....');
assert.strictEqual(buf.write('xyz', 6), 2);
assert.strictEqual(buf.toString(), 'abc...xy');
assert.strictEqual(buf.write('12345', 2, 2), 2);
assert.strictEqual(buf.toString(), 'ab12..xy');
assert.strictEqual(buf.write('6869', 'hex'), 2);
assert.strictEqual(buf.toString(), 'hi12..xy');
assert.strictEqual(buf.write('6869', 4, 'hex'), 2);
assert.strictEqual(buf.write('6869', 6, 1, 'hex'), 1);
assert.strictEqual(buf.toString(), 'hi12hihy');

// Characters are never split: '€' needs 3 bytes.
buf = Buffer.alloc(4, 0);
assert.strictEqual(buf.write('a€'), 4);
assert.strictEqual(buf.write('ab€'), 2);
assert.strictEqual(buf.write('😀', 1), 0);
assert.strictEqual(buf.write('😀'), 4);
assert.strictEqual(buf.write('\ud800'), 3);   // lone surrogate -> U+FFFD
assert.strictEqual(buf.toString('hex'), 'efbfbd80');
assert.strictEqual(Buffer.alloc(3).write('abc', 0, 3, 'ucs2'), 2);

assert.throws(() => buf.write(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: 'argument must be a string',
});
assert.throws(() => buf.write('a', 5), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "offset" is out of range. It must be >= 0 && <= 4. Received 5',
});
assert.throws(() => buf.write('a', 0, 5), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => buf.write('a', 1.5), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => buf.write('a', 'bogus'), { code: 'ERR_UNKNOWN_ENCODING' });
