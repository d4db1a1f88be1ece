'use strict';
// buffer.File: a Blob with a name and lastModified.
const assert = require('assert');
const { Blob, File } = require('buffer');

const file = new File(['hello'], 'a.txt', { type: 'text/plain', lastModified: 42 });
assert.ok(file instanceof Blob);
assert.strictEqual(file.name, 'a.txt');
assert.strictEqual(file.lastModified, 42);
assert.strictEqual(file.size, 5);
assert.strictEqual(file.type, 'text/plain');
assert.strictEqual(new File([], 'x', { lastModified: 'nope' }).lastModified, 0);
assert.ok(Math.abs(new File([], 'x').lastModified - Date.now()) < 60000);
assert.throws(() => new File(['x']), {
  code: 'ERR_MISSING_ARGS',
  message: 'The "fileBits" and "fileName" arguments must be specified',
});
