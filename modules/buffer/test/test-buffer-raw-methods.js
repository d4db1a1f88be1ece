'use strict';
// The raw per-encoding methods (utf8Slice, hexWrite, ...) other modules use:
// argument handling like Node's native ones.
const assert = require('assert');
const { Buffer } = require('buffer');

const buf = Buffer.from('héllo');
assert.strictEqual(buf.utf8Slice(), 'héllo');
assert.strictEqual(buf.utf8Slice(1, 3), 'é');
assert.strictEqual(buf.latin1Slice(0, 1), 'h');
assert.strictEqual(buf.hexSlice(1, 3), 'c3a9');
assert.strictEqual(buf.base64Slice(), 'aMOpbGxv');
assert.strictEqual(buf.asciiSlice(1, 2), 'C');
assert.strictEqual(buf.ucs2Slice(0, 2), '\uc368');
assert.strictEqual(buf.utf8Slice(3, 1), '');
assert.throws(() => buf.hexSlice(0, 100), {
  code: 'ERR_OUT_OF_RANGE', name: 'RangeError', message: 'Index out of range',
});
assert.throws(() => buf.hexSlice(-1), { message: 'Index out of range' });

const out = Buffer.alloc(6, '.');
assert.strictEqual(out.utf8Write('ab'), 2);
assert.strictEqual(out.latin1Write('cd', 2), 2);
assert.strictEqual(out.hexWrite('6566', 4), 2);
assert.strictEqual(out.toString(), 'abcdef');
assert.strictEqual(out.base64Write('aGk=', 0, 1), 1);
assert.strictEqual(out.ucs2Write('x', 4, 2), 2);
assert.strictEqual(out.toString('latin1'), 'hbcdx\u0000');
assert.throws(() => out.utf8Write('a', 7), {
  code: 'ERR_BUFFER_OUT_OF_BOUNDS',
  message: '"offset" is outside of buffer bounds',
});
assert.throws(() => out.utf8Write(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'argument must be a string',
});
assert.strictEqual(Buffer.prototype.utf8Write.length, 0);
