'use strict';
// The classes work without `new`.
const common = require('./fixtures/common');
const assert = require('assert');
const stream = require('stream');

const w = stream.Writable({ write: common.mustCall((c, e, cb) => cb()) });
assert.ok(w instanceof stream.Writable);
w.write('x');
const r = stream.Readable({ read() {} });
assert.ok(r instanceof stream.Readable);
const d = stream.Duplex();
assert.ok(d instanceof stream.Duplex);
const p = stream.PassThrough();
assert.ok(p instanceof stream.PassThrough);
const t = stream.Transform({ transform(c, e, cb) { cb(null, c); } });
assert.ok(t instanceof stream.Transform);
