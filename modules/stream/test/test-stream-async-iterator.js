'use strict';
// for await...of over a Readable.
const common = require('./fixtures/common');
const assert = require('assert');
const { Readable } = require('stream');

(async () => {
  const r = new Readable({ read() {} });
  setTimeout(() => {
    r.push('a');
    r.push('b');
    r.push(null);
  }, 1);
  let out = '';
  for await (const chunk of r) out += chunk;
  assert.strictEqual(out, 'ab');
})().then(common.mustCall());
