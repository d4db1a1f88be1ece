'use strict';
// require('stream').Transform({...}) without `new`.
const common = require('./fixtures/common');
const assert = require('assert');

const t = require('stream').Transform({
  objectMode: true,
  transform(n, encoding, cb) { cb(null, n * 2); },
});
const out = [];
t.on('data', (d) => out.push(d));
t.on('end', common.mustCall(() => assert.deepStrictEqual(out, [2, 4])));
t.write(1);
t.end(2);
