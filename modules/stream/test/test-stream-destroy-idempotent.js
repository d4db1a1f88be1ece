'use strict';
// A second destroy() is a no-op (its callback still runs).
const common = require('./fixtures/common');
const { Writable } = require('stream');

const w = new Writable({ write(c, e, cb) { cb(); }, destroy: common.mustCall((err, cb) => cb(err)) });
w.on('error', common.expectsError({ message: 'first' }));
w.on('close', common.mustCall());
w.destroy(new Error('first'));
w.destroy(new Error('second'), common.mustCall());
