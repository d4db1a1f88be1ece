'use strict';
// stream/promises pipeline() with an AbortSignal rejects with an
// AbortError and destroys the streams.
const common = require('./fixtures/common');
const assert = require('assert');
const { Readable, Writable } = require('stream');
const { pipeline } = require('stream/promises');

const ac = new AbortController();
const src = new Readable({ read() {} });
const dst = new Writable({ write(c, e, cb) { cb(); } });
pipeline(src, dst, { signal: ac.signal }).then(common.mustNotCall(), common.mustCall((err) => {
  assert.strictEqual(err.name, 'AbortError');
  assert.strictEqual(src.destroyed, true);
  assert.strictEqual(dst.destroyed, true);
}));
src.push('x');
setImmediate(() => ac.abort());
