'use strict';
// push() after push(null) errors the stream.
const common = require('./fixtures/common');
const assert = require('assert');
const { Readable } = require('stream');

const r = new Readable({ read() {} });
r.on('error', common.expectsError({ code: 'ERR_STREAM_PUSH_AFTER_EOF', message: 'stream.push() after EOF' }));
r.on('close', common.mustCall(() => assert.strictEqual(r.destroyed, true)));
r.push(null);
assert.strictEqual(r.push('more'), false);
