'use strict';
// buffer.isUtf8 / buffer.isAscii on typed arrays and ArrayBuffers.
const assert = require('assert');
const { Buffer, isUtf8, isAscii } = require('buffer');

assert.strictEqual(isUtf8(Buffer.from('héllo 😀')), true);
assert.strictEqual(isUtf8(Buffer.from([0xc3])), false);
assert.strictEqual(isUtf8(Buffer.from([0xed, 0xa0, 0x80])), false);   // surrogate
assert.strictEqual(isUtf8(Buffer.from([0xc0, 0x80])), false);         // overlong
assert.strictEqual(isUtf8(Buffer.from([0xf4, 0x90, 0x80, 0x80])), false);
assert.strictEqual(isUtf8(new Uint8Array(0)), true);
assert.strictEqual(isUtf8(new Uint16Array([0x6261])), true);
assert.strictEqual(isUtf8(Buffer.from('abc').buffer.slice(0, 3)), true);
assert.strictEqual(isUtf8(Buffer.alloc(10000, 'é')), true);
assert.strictEqual(isAscii(Buffer.from('hello')), true);
assert.strictEqual(isAscii(Buffer.from('héllo')), false);
assert.strictEqual(isAscii(Buffer.alloc(10000, 'a')), true);
assert.strictEqual(isAscii(new ArrayBuffer(0)), true);
for (const fn of [isUtf8, isAscii]) {
  assert.throws(() => fn('abc'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "input" argument must be an instance of ArrayBuffer, Buffer, or ' +
      'TypedArray. Received type string (\'abc\')',
  });
  assert.throws(() => fn(new DataView(new ArrayBuffer(1))), { code: 'ERR_INVALID_ARG_TYPE' });
}
