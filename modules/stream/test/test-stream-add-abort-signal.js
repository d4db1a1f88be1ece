'use strict';
// addAbortSignal() and the signal option destroy with an AbortError.
const common = require('./fixtures/common');
const assert = require('assert');
const { Readable, Writable, addAbortSignal } = require('stream');

const ac = new AbortController();
const r = addAbortSignal(ac.signal, new Readable({ read() {} }));
r.on('error', common.mustCall((err) => assert.strictEqual(err.name, 'AbortError')));
r.on('close', common.mustCall());

const w = new Writable({ write(c, e, cb) { cb(); }, signal: ac.signal });
w.on('error', common.mustCall((err) => assert.strictEqual(err.name, 'AbortError')));
ac.abort();
assert.throws(() => addAbortSignal({}, new Readable()), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => addAbortSignal(ac.signal, {}), { code: 'ERR_INVALID_ARG_TYPE' });
