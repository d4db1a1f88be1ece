'use strict';
// write(null) and non-byte chunks throw synchronously.
require('./fixtures/common');
const assert = require('assert');
const { Writable } = require('stream');

const w = new Writable({ write(c, e, cb) { cb(); } });
assert.throws(() => w.write(null), { code: 'ERR_STREAM_NULL_VALUES', name: 'TypeError' });
assert.throws(() => w.write(5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => w.write({}), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => w.write('x', 'no-such-encoding'), { code: 'ERR_UNKNOWN_ENCODING' });
const o = new Writable({ objectMode: true, write(c, e, cb) { cb(); } });
assert.throws(() => o.write(null), { code: 'ERR_STREAM_NULL_VALUES' });
assert.strictEqual(o.write(5), true);
