'use strict';
// _destroy(err, cb) may replace or swallow the error; destroy(err, cb)
// gets what _destroy passed on.
const common = require('./fixtures/common');
const assert = require('assert');
const { Readable } = require('stream');

const swallow = new Readable({ read() {}, destroy(err, cb) { cb(); } });
swallow.on('error', common.mustNotCall());
swallow.on('close', common.mustCall());
swallow.destroy(new Error('gone'));

const replace = new Readable({ read() {}, destroy(err, cb) { setImmediate(cb, new Error('replaced')); } });
replace.on('error', common.expectsError({ message: 'replaced' }));
replace.destroy(null, common.mustCall((err) => assert.strictEqual(err.message, 'replaced')));
