'use strict';
// The global Buffer is the module's, also when the module is required
// before the global is first touched.
const assert = require('assert');
const buffer = require('buffer');

assert.strictEqual(globalThis.Buffer, buffer.Buffer);
assert.strictEqual(Buffer, buffer.Buffer);
assert.ok(Buffer.allocUnsafe(10000) instanceof Buffer);
