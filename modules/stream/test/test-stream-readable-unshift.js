'use strict';
// unshift() puts data back in front of the buffer.
require('./fixtures/common');
const assert = require('assert');
const { Readable } = require('stream');

const r = new Readable({ read() {} });
r.push('body');
const first = r.read(2).toString();
assert.strictEqual(first, 'bo');
r.unshift(first);
r.unshift(Buffer.from('>'));
assert.strictEqual(r.read().toString(), '>body');

const o = new Readable({ objectMode: true, read() {} });
o.push(2);
o.read();
o.push(3);
o.unshift(1);
assert.strictEqual(o.read(), 1);
assert.strictEqual(o.read(), 3);
