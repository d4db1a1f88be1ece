'use strict';
// The encoding option makes 'data' carry strings.
const common = require('./fixtures/common');
const assert = require('assert');
const { Readable } = require('stream');

const r = new Readable({ encoding: 'base64', read() {} });
r.push('abc');
r.push('de');
r.push(null);
let out = '';
r.on('data', (d) => { out += d; });
r.on('end', common.mustCall(() => {
  assert.strictEqual(Buffer.from(out, 'base64').toString(), 'abcde');
}));
assert.throws(() => new Readable({ encoding: 'nope' }), { code: 'ERR_UNKNOWN_ENCODING' });
