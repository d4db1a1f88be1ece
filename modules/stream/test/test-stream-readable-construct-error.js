'use strict';
// A _construct() failure destroys the stream with that error.
const common = require('./fixtures/common');
const { Readable } = require('stream');

const r = new Readable({
  construct(cb) { cb(new Error('construct failed')); },
  read: common.mustNotCall(),
});
r.on('error', common.expectsError({ message: 'construct failed' }));
r.on('close', common.mustCall());
r.resume();
