'use strict';
// util.styleText: ANSI styles; plain text for a stream without colours
// unless validateStream is false.
const assert = require('assert');
const util = require('util');

assert.strictEqual(util.styleText('red', 'x', { validateStream: false }), '\u001b[31mx\u001b[39m');
assert.strictEqual(util.styleText(['bold', 'red'], 'x', { validateStream: false }),
                   '\u001b[1m\u001b[31mx\u001b[39m\u001b[22m');
const noColors = { isTTY: false, write() {}, on() {} };
if (process.env.FORCE_COLOR === undefined) {
  assert.strictEqual(util.styleText('red', 'x', { stream: noColors }), 'x');
}
assert.throws(() => util.styleText('nope', 'x'), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => util.styleText('red', 1), {
  message: 'The "text" argument must be of type string. Received type number (1)',
});
assert.throws(() => util.styleText('red', 'x', { stream: {} }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "stream" argument must be an instance of ReadableStream, WritableStream, or Stream. ' +
    'Received an instance of Object',
});
