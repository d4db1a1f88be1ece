'use strict';
// A _flush() error reaches 'error' and the end() callback.
const common = require('./fixtures/common');
const { Transform } = require('stream');

const t = new Transform({
  transform(c, e, cb) { cb(); },
  flush(cb) { cb(new Error('flush failed')); },
});
t.on('error', common.expectsError({ message: 'flush failed' }));
t.on('finish', common.mustNotCall());
t.resume();
t.end('x');
