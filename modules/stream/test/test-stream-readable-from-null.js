'use strict';
// null values cannot go through Readable.from().
const common = require('./fixtures/common');
const { Readable } = require('stream');

const r = Readable.from([1, null]);
r.on('data', common.mustCall());
r.on('error', common.expectsError({ code: 'ERR_STREAM_NULL_VALUES' }));
