'use strict';
// reduce() with and without an initial value.
const common = require('./fixtures/common');
const assert = require('assert');
const { Readable } = require('stream');

(async () => {
  assert.strictEqual(await Readable.from([1, 2, 3]).reduce((a, b) => a + b), 6);
  assert.strictEqual(await Readable.from([1, 2, 3]).reduce((a, b) => a + b, 10), 16);
  assert.strictEqual(await Readable.from([]).reduce((a, b) => a + b, 'init'), 'init');
  await assert.rejects(Readable.from([]).reduce((a, b) => a + b), {
    code: 'ERR_MISSING_ARGS',
    message: 'Reduce of an empty stream requires an initial value',
  });
})().then(common.mustCall());
