'use strict';
// readableFlowing: null (initial), true (data listener/resume), false
// (pause or a 'readable' listener).
require('./fixtures/common');
const assert = require('assert');
const { Readable } = require('stream');

const r = new Readable({ read() {} });
assert.strictEqual(r.readableFlowing, null);
assert.strictEqual(r.isPaused(), false);
r.on('data', () => {});
assert.strictEqual(r.readableFlowing, true);
r.pause();
assert.strictEqual(r.readableFlowing, false);
r.resume();
assert.strictEqual(r.readableFlowing, true);

const r2 = new Readable({ read() {} });
r2.on('readable', () => {});
assert.strictEqual(r2.readableFlowing, false);
r2.resume();  // 'readable' takes precedence
assert.strictEqual(r2.readableFlowing, false);
