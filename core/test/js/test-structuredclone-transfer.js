'use strict';
// The transfer option moves ArrayBuffers (the originals are detached).
const assert = require('./fixtures/assert');

const buffer = new ArrayBuffer(4);
new Uint8Array(buffer).set([1, 2, 3, 4]);
const clone = structuredClone({ buffer, view: new Uint8Array(buffer, 1, 2) },
                              { transfer: [buffer] });
assert.strictEqual(buffer.byteLength, 0);
assert.strictEqual(clone.buffer.byteLength, 4);
assert.deepStrictEqual(Array.from(clone.view), [2, 3]);
assert.strictEqual(clone.view.buffer, clone.buffer);

// Any iterable works.
const b2 = new ArrayBuffer(1);
structuredClone(b2, { transfer: new Set([b2]) });
assert.strictEqual(b2.byteLength, 0);

assert.throws(() => structuredClone(1, { transfer: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'Optional transferList argument must be an iterable',
});
assert.throws(() => structuredClone(1, { transfer: [{}] }), {
  code: 'ERR_INVALID_TRANSFER_OBJECT',
  message: 'Found invalid object in transferList',
});
const dup = new ArrayBuffer(1);
assert.throws(() => structuredClone(1, { transfer: [dup, dup] }), {
  name: 'DataCloneError',
  message: 'Transfer list contains duplicate ArrayBuffer',
});
