'use strict';
// Calling the write callback twice is ERR_MULTIPLE_CALLBACK.
const common = require('./fixtures/common');
const { Writable } = require('stream');

const w = new Writable({ write(c, e, cb) { cb(); cb(); } });
w.on('error', common.expectsError({ code: 'ERR_MULTIPLE_CALLBACK' }));
w.write('x');
