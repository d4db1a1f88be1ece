'use strict';
// stream/promises pipeline() resolves with the last function's value.
const common = require('./fixtures/common');
const assert = require('assert');
const { Readable } = require('stream');
const { pipeline } = require('stream/promises');

pipeline(Readable.from(['x', 'y']), async (source) => {
  const all = [];
  for await (const c of source) all.push(c);
  return all.join('');
}).then(common.mustCall((v) => assert.strictEqual(v, 'xy')));
