'use strict';
// A throwing async generator fails the pipeline and destroys the source.
const common = require('./fixtures/common');
const assert = require('assert');
const { Readable, Writable, pipeline } = require('stream');

const src = Readable.from(['a', 'b', 'c']);
pipeline(
  src,
  async function* (source) {
    for await (const c of source) {
      if (c === 'b') throw new Error('generator failed');
      yield c;
    }
  },
  new Writable({ write(c, e, cb) { cb(); } }),
  common.mustCall((err) => {
    assert.strictEqual(err.message, 'generator failed');
    assert.strictEqual(src.destroyed, true);
  }),
);
