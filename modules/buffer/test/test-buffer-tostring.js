'use strict';
// buf.toString([encoding[, start[, end]]]): ranges are clamped and
// truncated; an unknown encoding throws.
const assert = require('assert');
const { Buffer } = require('buffer');

const buf = Buffer.from('héllo');
assert.strictEqual(buf.toString(), 'héllo');
assert.strictEqual(buf.toString('utf8', 3), 'llo');
assert.strictEqual(buf.toString('utf8', 0, 2), 'h\ufffd');
assert.strictEqual(buf.toString(undefined, 1, 3), 'é');
assert.strictEqual(buf.toString('hex', -5, 100), '68c3a96c6c6f');
assert.strictEqual(buf.toString('hex', 1.9, 2.9), 'c3');
assert.strictEqual(buf.toString('hex', '1', '2'), 'c3');
assert.strictEqual(buf.toString('hex', 4, 2), '');
assert.strictEqual(buf.toString('hex', 100), '');
assert.strictEqual(buf.toString('latin1'), 'hÃ©llo');
assert.strictEqual(buf.toString('ascii'), 'hC)llo');
assert.strictEqual(buf.toString('base64'), 'aMOpbGxv');
assert.strictEqual(buf.toString('base64url'), 'aMOpbGxv');
assert.strictEqual(buf.toString('ucs2'), '\uc368\u6ca9\u6f6c');
assert.strictEqual(buf.toString('UTF-8'), 'héllo');
assert.strictEqual(buf.toLocaleString(), 'héllo');
assert.strictEqual(String(buf), 'héllo');
assert.strictEqual(`${Buffer.from([0xff, 0xfe])}`, '\ufffd\ufffd');

assert.throws(() => buf.toString('utf9'), {
  code: 'ERR_UNKNOWN_ENCODING',
  message: 'Unknown encoding: utf9',
});
assert.throws(() => buf.toString(null), {
  code: 'ERR_UNKNOWN_ENCODING',
  message: 'Unknown encoding: null',
});
