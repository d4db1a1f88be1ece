'use strict';
// end() uncorks however many times cork() was called.
const common = require('./fixtures/common');
const assert = require('assert');
const { Writable } = require('stream');

const written = [];
const w = new Writable({ write(c, e, cb) { written.push(c.toString()); cb(); } });
w.cork();
w.cork();
w.write('a');
w.end('b');
assert.strictEqual(w.writableCorked, 0);
w.on('finish', common.mustCall(() => assert.deepStrictEqual(written, ['a', 'b'])));
