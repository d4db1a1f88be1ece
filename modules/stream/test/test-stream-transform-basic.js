'use strict';
// A Transform maps written chunks to read ones; _flush() adds a last one.
const common = require('./fixtures/common');
const assert = require('assert');
const { Transform } = require('stream');

const t = new Transform({
  transform(chunk, encoding, cb) { cb(null, chunk.toString().toUpperCase()); },
  flush(cb) { cb(null, '!'); },
});
let out = '';
t.on('data', (d) => { out += d; });
t.on('end', common.mustCall(() => assert.strictEqual(out, 'ABC!')));
t.write('a');
t.write('b');
t.end('c');
