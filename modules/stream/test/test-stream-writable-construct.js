'use strict';
// Writes made during _construct() are buffered until it completes.
const common = require('./fixtures/common');
const assert = require('assert');
const { Writable } = require('stream');

let ready = false;
const written = [];
const w = new Writable({
  construct(cb) { setTimeout(() => { ready = true; cb(); }, 2); },
  write(c, e, cb) {
    assert.strictEqual(ready, true);
    written.push(c.toString());
    cb();
  },
});
w.write('a');
w.write('b');
w.end('c');
w.on('finish', common.mustCall(() => assert.deepStrictEqual(written, ['a', 'b', 'c'])));
