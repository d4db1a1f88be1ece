'use strict';
// A destination closed early fails the pipeline with
// ERR_STREAM_PREMATURE_CLOSE.
const common = require('./fixtures/common');
const { Readable, Writable, pipeline } = require('stream');

const src = new Readable({ read() {} });
const dst = new Writable({ write(c, e, cb) { cb(); } });
pipeline(src, dst, common.expectsError({ code: 'ERR_STREAM_PREMATURE_CLOSE' }));
src.push('x');
setImmediate(() => dst.destroy());
