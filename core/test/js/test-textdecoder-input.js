'use strict';
// decode() accepts ArrayBuffer, SharedArrayBuffer and any ArrayBufferView.
const assert = require('./fixtures/assert');

const td = new TextDecoder();
const ab = new ArrayBuffer(3);
new Uint8Array(ab).set([0x61, 0x62, 0x63]);
assert.strictEqual(td.decode(ab), 'abc');
assert.strictEqual(td.decode(new DataView(ab, 1)), 'bc');
assert.strictEqual(td.decode(new Uint8Array(ab, 2, 1)), 'c');
assert.strictEqual(td.decode(new SharedArrayBuffer(1)), '\u0000');
assert.strictEqual(td.decode(), '');
assert.strictEqual(td.decode(undefined), '');
for (const bad of [null, 1, 'abc', {}]) {
  assert.throws(() => td.decode(bad), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
}
