'use strict';
// Duplex streams are instanceof Writable (though they inherit Readable).
require('./fixtures/common');
const assert = require('assert');
const { Writable, Readable, Duplex, Transform, PassThrough } = require('stream');

assert.ok(new Duplex() instanceof Writable);
assert.ok(new Transform() instanceof Writable);
assert.ok(new PassThrough() instanceof Writable);
assert.ok(!(new Readable() instanceof Writable));
class Sub extends Writable {}
assert.ok(new Sub() instanceof Sub);
assert.ok(!(new Duplex() instanceof Sub));
