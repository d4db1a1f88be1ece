'use strict';
// A stream error rejects the iteration.
const common = require('./fixtures/common');
const assert = require('assert');
const { Readable } = require('stream');

(async () => {
  const r = new Readable({ read() {} });
  r.push('a');
  setTimeout(() => r.destroy(new Error('iteration failed')), 1);
  const seen = [];
  await assert.rejects(async () => {
    for await (const c of r) seen.push(c.toString());
  }, { message: 'iteration failed' });
  assert.deepStrictEqual(seen, ['a']);
})().then(common.mustCall());
