'use strict';
// swap16 / swap32 / swap64 reverse byte order in place, short and long.
const assert = require('assert');
const { Buffer } = require('buffer');

const seq = (n) => Buffer.from(Array.from({ length: n }, (_, i) => i & 0xff));
assert.strictEqual(seq(4).swap16().toString('hex'), '01000302');
assert.strictEqual(seq(8).swap32().toString('hex'), '0302010007060504');
assert.strictEqual(seq(8).swap64().toString('hex'), '0706050403020100');
const b = seq(4);
assert.strictEqual(b.swap16(), b);
for (const n of [256, 1024, 4104]) {
  for (const [m, w] of [['swap16', 2], ['swap32', 4], ['swap64', 8]]) {
    const buf = seq(n);
    buf[m]();
    for (let i = 0; i < n; i += w) {
      for (let j = 0; j < w; j++) assert.strictEqual(buf[i + j], (i + w - 1 - j) & 0xff);
    }
    buf[m]();
    assert.ok(buf.equals(seq(n)));
  }
}
assert.throws(() => seq(3).swap16(), {
  code: 'ERR_INVALID_BUFFER_SIZE',
  name: 'RangeError',
  message: 'Buffer size must be a multiple of 16-bits',
});
assert.throws(() => seq(6).swap32(), { message: 'Buffer size must be a multiple of 32-bits' });
assert.throws(() => seq(12).swap64(), { message: 'Buffer size must be a multiple of 64-bits' });
