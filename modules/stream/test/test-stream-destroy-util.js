'use strict';
// stream.destroy() destroys unfinished streams with an AbortError.
const common = require('./fixtures/common');
const assert = require('assert');
const stream = require('stream');

const r = new stream.Readable({ read() {} });
r.on('error', common.mustCall((err) => {
  assert.strictEqual(err.name, 'AbortError');
  assert.strictEqual(err.code, 'ABORT_ERR');
}));
r.on('close', common.mustCall());
stream.destroy(r);
assert.strictEqual(stream.isDestroyed(r), true);
