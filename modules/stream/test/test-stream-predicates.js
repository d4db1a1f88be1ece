'use strict';
// isReadable/isErrored/isDisturbed/isDestroyed/isWritable.
const common = require('./fixtures/common');
const assert = require('assert');
const stream = require('stream');

const r = new stream.Readable({ read() {} });
assert.strictEqual(stream.isReadable(r), true);
assert.strictEqual(stream.isDisturbed(r), false);
r.push('x');
r.read();
assert.strictEqual(stream.isDisturbed(r), true);
r.on('error', common.mustCall(() => {
  // Errored once the error was emitted.
  assert.strictEqual(stream.isErrored(r), true);
}));
r.destroy(new Error('e'));
assert.strictEqual(stream.isReadable(r), false);
assert.strictEqual(stream.isErrored(r), false);
assert.strictEqual(stream.isDestroyed(r), true);
const w = new stream.Writable();
assert.strictEqual(stream.isWritable(w), true);
w.end();
assert.strictEqual(stream.isWritable(w), false);
assert.strictEqual(stream.isReadable({}), null);
