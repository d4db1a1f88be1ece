'use strict';
// Buffers from the shared pool cannot be detached by a transfer: listing the
// pool's ArrayBuffer copies it instead, so other pooled Buffers keep their
// bytes. A Buffer with its own memory is still transferred.
const assert = require('assert');

const a = Buffer.from('hello world');
const b = Buffer.from('hello world');
assert.strictEqual(a.buffer, b.buffer);
const clone = structuredClone(a, { transfer: [a.buffer] });
assert.strictEqual(a.length, 11);
assert.strictEqual(b.toString(), 'hello world');
assert.strictEqual(a.buffer.byteLength, Buffer.poolSize);
assert.strictEqual(Buffer.from(clone.buffer, clone.byteOffset, clone.length).toString(), 'hello world');

const own = Buffer.alloc(Buffer.poolSize);
own.write('moved');
const moved = structuredClone(own, { transfer: [own.buffer] });
assert.strictEqual(own.length, 0);
assert.strictEqual(own.buffer.byteLength, 0);
assert.strictEqual(Buffer.from(moved.buffer).toString('utf8', 0, 5), 'moved');
