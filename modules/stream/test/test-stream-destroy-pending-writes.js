'use strict';
// destroy() fails queued writes and end() callbacks with
// ERR_STREAM_DESTROYED.
const common = require('./fixtures/common');
const assert = require('assert');
const { Writable } = require('stream');

const w = new Writable({ write(c, e, cb) { setTimeout(cb, 5); } });
w.write('in flight', common.mustCall());
w.write('queued', common.mustCall((err) => assert.strictEqual(err.code, 'ERR_STREAM_DESTROYED')));
w.end(common.mustCall((err) => assert.strictEqual(err.code, 'ERR_STREAM_DESTROYED')));
w.on('finish', common.mustNotCall());
w.destroy();
