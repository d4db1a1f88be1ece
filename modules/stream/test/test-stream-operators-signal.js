'use strict';
// An aborted signal makes toArray() reject with an AbortError.
const common = require('./fixtures/common');
const assert = require('assert');
const { Readable } = require('stream');

const ac = new AbortController();
const r = new Readable({ objectMode: true, read() {} });
r.push(1);
r.toArray({ signal: ac.signal }).then(common.mustNotCall(), common.mustCall((err) => {
  assert.strictEqual(err.name, 'AbortError');
}));
setTimeout(() => {
  ac.abort();
  r.push(2);
}, 2);
