'use strict';
// Buffers are Uint8Arrays with Buffer.prototype; typed-array methods that
// create arrays make Buffers; parent / offset; isBuffer.
const assert = require('assert');
const { Buffer } = require('buffer');

const b = Buffer.from('abc');
assert.ok(b instanceof Uint8Array);
assert.strictEqual(Object.getPrototypeOf(b), Buffer.prototype);
assert.strictEqual(b.constructor, Buffer);
assert.strictEqual(Object.getPrototypeOf(Buffer), Uint8Array);
assert.strictEqual(Object.prototype.toString.call(b), '[object Uint8Array]');
assert.ok(b.map((x) => x + 1) instanceof Buffer);
assert.strictEqual(b.map((x) => x + 1).toString(), 'bcd');
assert.ok(b.filter(() => true) instanceof Buffer);
assert.strictEqual(b.parent, b.buffer);
assert.strictEqual(b.offset, b.byteOffset);
assert.strictEqual(Buffer.isBuffer(b), true);
assert.strictEqual(Buffer.isBuffer(new Uint8Array(1)), false);
assert.strictEqual(Buffer.isBuffer('abc'), false);
assert.strictEqual(Buffer.name, 'Buffer');
assert.strictEqual(Buffer.length, 3);
assert.deepStrictEqual([...Buffer.of(1, 2, 300)], [1, 2, 44]);
assert.ok(Buffer.of(1) instanceof Buffer);
// A subclass keeps working.
class MyBuffer extends Buffer {}
const mine = Object.setPrototypeOf(Buffer.from('z'), MyBuffer.prototype);
assert.strictEqual(mine.toString(), 'z');
