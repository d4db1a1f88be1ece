'use strict';
// setEncoding() decodes through a StringDecoder: split characters survive
// and what is already buffered is re-decoded.
const common = require('./fixtures/common');
const assert = require('assert');
const { Readable } = require('stream');

const r = new Readable({ read() {} });
const euro = Buffer.from('\u20ac');
r.push(euro.subarray(0, 1));
r.setEncoding('utf8');
assert.strictEqual(r.readableEncoding, 'utf8');
r.push(euro.subarray(1));
r.push(null);
let out = '';
r.on('data', (d) => {
  assert.strictEqual(typeof d, 'string');
  out += d;
});
r.on('end', common.mustCall(() => assert.strictEqual(out, '\u20ac')));

const h = new Readable({ read() {} });
h.push('hi');
h.setEncoding('hex');
assert.strictEqual(h.readableLength, 4);
assert.strictEqual(h.read(), '6869');
