'use strict';
// A _transform() error destroys the transform.
const common = require('./fixtures/common');
const assert = require('assert');
const { Transform } = require('stream');

const t = new Transform({ transform(c, e, cb) { cb(new Error('transform failed')); } });
t.on('error', common.expectsError({ message: 'transform failed' }));
t.on('close', common.mustCall(() => assert.strictEqual(t.destroyed, true)));
t.write('x', common.mustCall((err) => assert.strictEqual(err.message, 'transform failed')));
