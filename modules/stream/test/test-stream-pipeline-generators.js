'use strict';
// Generator functions as source, transform and destination.
const common = require('./fixtures/common');
const assert = require('assert');
const { pipeline } = require('stream');

pipeline(
  function* () { yield 1; yield 2; yield 3; },
  async function* (source) {
    for await (const n of source) yield n * 10;
  },
  async function(source) {
    let sum = 0;
    for await (const n of source) sum += n;
    return sum;
  },
  common.mustSucceed((value) => assert.strictEqual(value, 60)),
);
