'use strict';
// Breaking out of for await destroys the stream (unless destroyOnReturn
// is false).
const common = require('./fixtures/common');
const assert = require('assert');
const { Readable } = require('stream');

(async () => {
  const r = Readable.from([1, 2, 3, 4]);
  r.on('close', common.mustCall());
  for await (const n of r) {
    if (n === 2) break;
  }
  assert.strictEqual(r.destroyed, true);

  const keep = Readable.from([1, 2, 3]);
  for await (const n of keep.iterator({ destroyOnReturn: false })) {
    assert.strictEqual(n, 1);
    break;
  }
  assert.strictEqual(keep.destroyed, false);
  const rest = [];
  for await (const n of keep) rest.push(n);
  assert.deepStrictEqual(rest, [2, 3]);
})().then(common.mustCall());
