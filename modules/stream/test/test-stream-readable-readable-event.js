'use strict';
// 'readable' fires when data is available and once more at the end.
const common = require('./fixtures/common');
const assert = require('assert');
const { Readable } = require('stream');

let n = 0;
const r = new Readable({
  read() {
    n++;
    setImmediate(() => this.push(n <= 3 ? `c${n}` : null));
  },
});
const got = [];
r.on('readable', common.mustCallAtLeast(() => {
  let chunk;
  while ((chunk = r.read()) !== null) got.push(chunk.toString());
}, 2));
r.on('end', common.mustCall(() => {
  assert.deepStrictEqual(got.join(''), 'c1c2c3');
}));
