'use strict';
// objectMode: any value but null is one chunk; read(n) ignores n.
require('./fixtures/common');
const assert = require('assert');
const { Readable } = require('stream');

const r = new Readable({ objectMode: true, read() {} });
r.push({ a: 1 });
r.push('str');
r.push(0);
r.push(undefined);
assert.strictEqual(r.readableLength, 4);
assert.deepStrictEqual(r.read(100), { a: 1 });
assert.strictEqual(r.read(), 'str');
assert.strictEqual(r.read(), 0);
assert.strictEqual(r.read(), undefined);
assert.strictEqual(r.readableObjectMode, true);
