'use strict';
// map() with concurrency runs calls in parallel but keeps the order.
const common = require('./fixtures/common');
const assert = require('assert');
const { Readable } = require('stream');

let active = 0;
let peak = 0;
Readable.from([30, 1, 20, 1, 10]).map(async (ms) => {
  active++;
  peak = Math.max(peak, active);
  await new Promise((resolve) => setTimeout(resolve, ms));
  active--;
  return ms;
}, { concurrency: 3 }).toArray().then(common.mustCall((out) => {
  assert.deepStrictEqual(out, [30, 1, 20, 1, 10]);
  assert.strictEqual(peak, 3);
}));
