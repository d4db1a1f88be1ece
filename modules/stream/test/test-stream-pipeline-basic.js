'use strict';
// pipeline() connects streams and calls back once the last one finished.
const common = require('./fixtures/common');
const assert = require('assert');
const { Readable, Transform, Writable, pipeline } = require('stream');

const out = [];
const last = new Writable({ write(c, e, cb) { out.push(c.toString()); cb(); } });
const ret = pipeline(
  Readable.from(['a', 'b']),
  new Transform({ transform(c, e, cb) { cb(null, c.toString().toUpperCase()); } }),
  last,
  common.mustSucceed(() => assert.deepStrictEqual(out, ['A', 'B'])),
);
assert.strictEqual(ret, last);
