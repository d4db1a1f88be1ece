'use strict';
// A stream closed before finishing reports ERR_STREAM_PREMATURE_CLOSE.
const common = require('./fixtures/common');
const { Readable, Writable, finished } = require('stream');

const r = new Readable({ read() {} });
finished(r, common.expectsError({ code: 'ERR_STREAM_PREMATURE_CLOSE', message: 'Premature close' }));
r.destroy();

const w = new Writable({ write(c, e, cb) { setTimeout(cb, 10); } });
finished(w, common.expectsError({ code: 'ERR_STREAM_PREMATURE_CLOSE' }));
w.write('x');
w.destroy();
