'use strict';
// WriteStream#hasColors([count][, env])
const assert = require('assert');
const tty = require('tty');

const { hasColors } = tty.WriteStream.prototype;
const env256 = { TERM: 'xterm-256color' };
assert.strictEqual(hasColors(env256), true);         // 16 colors
assert.strictEqual(hasColors(256, env256), true);
assert.strictEqual(hasColors(257, env256), false);
assert.strictEqual(hasColors(2, {}), true);
assert.strictEqual(hasColors(3, {}), false);
assert.strictEqual(hasColors({}), false);
assert.strictEqual(hasColors(2 ** 24, { COLORTERM: 'truecolor' }), true);
assert.strictEqual(hasColors(16, undefined), hasColors(16, process.env));
assert.strictEqual(hasColors(), hasColors(process.env));

assert.throws(() => hasColors(1), {
  code: 'ERR_OUT_OF_RANGE', name: 'RangeError',
  message: 'The value of "count" is out of range. It must be >= 2 && <= 9007199254740991. ' +
           'Received 1',
});
assert.throws(() => hasColors('x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "count" argument must be of type number. Received type string (\'x\')',
});
assert.throws(() => hasColors(null), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => hasColors(2.5), { code: 'ERR_OUT_OF_RANGE' });
