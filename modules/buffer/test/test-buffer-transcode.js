'use strict';
// buffer.transcode between utf8, utf16le, latin1 and ascii.
const assert = require('assert');
const { Buffer, transcode } = require('buffer');

const hex = (b) => b.toString('hex');
const src = Buffer.from('€aé');
assert.strictEqual(hex(transcode(src, 'utf8', 'ucs2')), 'ac206100e900');
assert.strictEqual(hex(transcode(src, 'utf8', 'latin1')), '3f61e9');
assert.strictEqual(hex(transcode(src, 'utf8', 'ascii')), '3f613f');
assert.strictEqual(transcode(Buffer.from('aé', 'ucs2'), 'ucs2', 'utf8').toString(), 'aé');
assert.strictEqual(hex(transcode(Buffer.from([0xe9]), 'latin1', 'utf8')), 'c3a9');
assert.strictEqual(hex(transcode(Buffer.from([0xe9]), 'ascii', 'utf8')), 'efbfbd');
assert.strictEqual(hex(transcode(Buffer.from('a\u00adb'), 'utf8', 'ascii')), '6162');
assert.ok(transcode(Buffer.from('x'), 'binary', 'utf16le') instanceof Buffer);
assert.strictEqual(transcode(Buffer.alloc(0), 'utf8', 'ucs2').length, 0);

assert.throws(() => transcode(Buffer.from([0xff]), 'utf8', 'ucs2'), {
  code: 'U_INVALID_CHAR_FOUND',
  errno: 10,
  message: 'Unable to transcode Buffer [U_INVALID_CHAR_FOUND]',
});
assert.throws(() => transcode(Buffer.from('a'), 'utf8', 'hex'), {
  code: 'U_ILLEGAL_ARGUMENT_ERROR',
  errno: 1,
  message: 'Unable to transcode Buffer [U_ILLEGAL_ARGUMENT_ERROR]',
});
assert.throws(() => transcode('a', 'utf8', 'ucs2'), { code: 'ERR_INVALID_ARG_TYPE' });
