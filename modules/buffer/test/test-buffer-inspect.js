'use strict';
// util.inspect(buffer): `<Buffer xx xx ... N more bytes>`, limited by
// buffer.INSPECT_MAX_BYTES, with own non-index properties appended.
const assert = require('assert');
const util = require('util');
const buffer = require('buffer');
const { Buffer } = buffer;

assert.strictEqual(util.inspect(Buffer.from('hi')), '<Buffer 68 69>');
assert.strictEqual(util.inspect(Buffer.alloc(0)), '<Buffer >');
assert.strictEqual(util.inspect(Buffer.alloc(51, 1)),
                   `<Buffer ${'01 '.repeat(50)}... 1 more byte>`);
assert.strictEqual(util.inspect(Buffer.alloc(52, 0xab)),
                   `<Buffer ${'ab '.repeat(50)}... 2 more bytes>`);
assert.strictEqual(Buffer.from('hi').inspect(), '<Buffer 68 69>');
assert.strictEqual(util.inspect({ a: Buffer.from('x') }), '{ a: <Buffer 78> }');

assert.strictEqual(buffer.INSPECT_MAX_BYTES, 50);
buffer.INSPECT_MAX_BYTES = 2;
assert.strictEqual(util.inspect(Buffer.from('abcd')), '<Buffer 61 62 ... 2 more bytes>');
buffer.INSPECT_MAX_BYTES = 50;
assert.throws(() => { buffer.INSPECT_MAX_BYTES = -1; }, { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => { buffer.INSPECT_MAX_BYTES = '1'; }, { code: 'ERR_INVALID_ARG_TYPE' });

const extra = Buffer.from('ab');
extra.foo = 1;
extra.bar = 'baz';
assert.strictEqual(util.inspect(extra), "<Buffer 61 62, foo: 1, bar: 'baz'>");
const empty = Buffer.alloc(0);
empty.x = true;
assert.strictEqual(util.inspect(empty), '<Buffer x: true>');
