'use strict';
// unpipe() detaches the destination, emits 'unpipe' and pauses the source
// when it was the last one.
const common = require('./fixtures/common');
const assert = require('assert');
const { Readable, Writable } = require('stream');

const src = new Readable({ read() {} });
const dst = new Writable({ write(c, e, cb) { cb(); } });
dst.on('pipe', common.mustCall((s) => assert.strictEqual(s, src)));
dst.on('unpipe', common.mustCall((s) => assert.strictEqual(s, src)));
src.pipe(dst);
assert.strictEqual(src.listenerCount('data'), 1);
src.unpipe(dst);
assert.strictEqual(src.listenerCount('data'), 0);
assert.strictEqual(dst.listenerCount('unpipe'), 1);  // ours only
assert.strictEqual(src.readableFlowing, false);
assert.strictEqual(src._readableState.pipes.length, 0);
