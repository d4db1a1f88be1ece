'use strict';
// Without a reader a Transform stops taking writes once its readable side
// is full; reading lets the writes through.
const common = require('./fixtures/common');
const assert = require('assert');
const { Transform } = require('stream');

let transformed = 0;
const t = new Transform({
  objectMode: true,
  highWaterMark: 2,
  transform(c, e, cb) { transformed++; cb(null, c); },
});
const rets = [];
for (let i = 0; i < 6; i++) rets.push(t.write(i));
assert.deepStrictEqual(rets, [true, true, false, false, false, false]);
setImmediate(common.mustCall(() => {
  assert.ok(transformed < 6);
  const out = [];
  t.on('data', (d) => out.push(d));
  t.on('end', common.mustCall(() => {
    assert.deepStrictEqual(out, [0, 1, 2, 3, 4, 5]);
    assert.strictEqual(transformed, 6);
  }));
  t.end();
}));
