'use strict';
// Destroying a Readable.from() stream ends its generator.
const common = require('./fixtures/common');
const { Readable } = require('stream');

function* gen() {
  try {
    yield 1;
    yield 2;
  } finally {
    finallyRan();
  }
}
const finallyRan = common.mustCall();
const r = Readable.from(gen());
r.once('data', common.mustCall(() => r.destroy()));
r.on('close', common.mustCall());
