'use strict';
// TextEncoder.encode(): UTF-8, lone surrogates become U+FFFD.
const assert = require('./fixtures/assert');

const te = new TextEncoder();
assert.strictEqual(te.encoding, 'utf-8');
const bytes = (s) => Array.from(te.encode(s));
assert.deepStrictEqual(bytes(), []);
assert.deepStrictEqual(bytes(undefined), []);
assert.deepStrictEqual(bytes('A\u00e9\u20ac'), [0x41, 0xC3, 0xA9, 0xE2, 0x82, 0xAC]);
assert.deepStrictEqual(bytes('\ud83d\ude00'), [0xF0, 0x9F, 0x98, 0x80]);
assert.deepStrictEqual(bytes('\ud800'), [0xEF, 0xBF, 0xBD]);
assert.deepStrictEqual(bytes('a\udc00b'), [0x61, 0xEF, 0xBF, 0xBD, 0x62]);
assert.deepStrictEqual(bytes(null), [0x6E, 0x75, 0x6C, 0x6C]);
assert.ok(te.encode('x') instanceof Uint8Array);

const encodingGetter = Object.getOwnPropertyDescriptor(TextEncoder.prototype, 'encoding').get;
assert.throws(() => encodingGetter.call({}), {
  code: 'ERR_INVALID_THIS',
  message: 'Value of "this" must be of type TextEncoder',
});
