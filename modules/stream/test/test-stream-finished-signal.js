'use strict';
// finished() with a signal calls back with an AbortError on abort.
const common = require('./fixtures/common');
const assert = require('assert');
const { Readable, finished } = require('stream');

const r = new Readable({ read() {} });
const ac = new AbortController();
finished(r, { signal: ac.signal }, common.mustCall((err) => {
  assert.strictEqual(err.name, 'AbortError');
  assert.strictEqual(r.destroyed, false);
}));
ac.abort();
