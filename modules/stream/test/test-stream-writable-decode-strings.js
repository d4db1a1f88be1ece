'use strict';
// Strings become Buffers unless decodeStrings is false; defaultEncoding
// applies to strings written without an encoding.
const common = require('./fixtures/common');
const assert = require('assert');
const { Writable } = require('stream');

const seen = [];
const w = new Writable({
  write(c, e, cb) { seen.push([Buffer.isBuffer(c), e, c.toString()]); cb(); },
});
w.write('616263', 'hex');
w.setDefaultEncoding('base64');
w.write('ZGVm');
w.end(common.mustCall(() => {
  assert.deepStrictEqual(seen, [[true, 'buffer', 'abc'], [true, 'buffer', 'def']]);
}));

const raw = [];
const s = new Writable({ decodeStrings: false, write(c, e, cb) { raw.push([c, e]); cb(); } });
s.write('x');
s.write('79', 'hex');
assert.deepStrictEqual(raw, [['x', 'utf8'], ['79', 'hex']]);
assert.throws(() => s.setDefaultEncoding('bogus'), { code: 'ERR_UNKNOWN_ENCODING' });
