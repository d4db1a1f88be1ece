'use strict';
// finished() calls back once a stream is done (or failed).
const common = require('./fixtures/common');
const assert = require('assert');
const { Readable, Writable, finished } = require('stream');

const r = Readable.from(['a']);
finished(r, common.mustSucceed());
r.resume();

const w = new Writable({ write(c, e, cb) { cb(); } });
finished(w, common.mustSucceed());
w.end('x');

const bad = new Readable({ read() {} });
bad.on('error', () => {});
finished(bad, common.mustCall((err) => assert.strictEqual(err.message, 'bad')));
bad.destroy(new Error('bad'));
