'use strict';
// compose() makes one Duplex out of several stages.
const common = require('./fixtures/common');
const assert = require('assert');
const { compose, Transform, Readable } = require('stream');

const upper = new Transform({ transform(c, e, cb) { cb(null, c.toString().toUpperCase()); } });
const composed = compose(upper, async function* (source) {
  for await (const c of source) yield `<${c}>`;
});
let out = '';
composed.on('data', (d) => { out += d; });
composed.on('end', common.mustCall(() => assert.strictEqual(out, '<A><B>')));
Readable.from(['a', 'b']).pipe(composed);
assert.throws(() => compose(), { code: 'ERR_MISSING_ARGS' });
