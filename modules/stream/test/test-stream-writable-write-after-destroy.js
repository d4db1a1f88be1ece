'use strict';
// write() after destroy() fails with ERR_STREAM_DESTROYED.
const common = require('./fixtures/common');
const { Writable } = require('stream');

const w = new Writable({ write: common.mustNotCall() });
w.destroy();
w.on('error', common.mustNotCall());
w.write('x', common.expectsError({ code: 'ERR_STREAM_DESTROYED', message: 'Cannot call write after a stream was destroyed' }));
