'use strict';
// The _stream_* ids serve the same classes.
require('./fixtures/common');
const assert = require('assert');
const stream = require('stream');

assert.strictEqual(require('_stream_readable'), stream.Readable);
assert.strictEqual(require('_stream_writable'), stream.Writable);
assert.strictEqual(require('_stream_duplex'), stream.Duplex);
assert.strictEqual(require('_stream_transform'), stream.Transform);
assert.strictEqual(require('_stream_passthrough'), stream.PassThrough);
assert.strictEqual(require('node:stream'), stream);
assert.strictEqual(stream.Stream, stream);
