'use strict';
// unshift() after 'end' is an error.
const common = require('./fixtures/common');
const { Readable } = require('stream');

const r = new Readable({ read() {} });
r.on('error', common.expectsError({ code: 'ERR_STREAM_UNSHIFT_AFTER_END_EVENT' }));
r.on('end', common.mustCall(() => r.unshift('late')));
r.resume();
r.push(null);
