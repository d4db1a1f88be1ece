'use strict';
// readline.cursorTo / moveCursor / clearLine / clearScreenDown.
const assert = require('assert');
const readline = require('readline');

const writes = [];
const stream = {
  write(data, cb) {
    writes.push([data, typeof cb]);
    return 'written';
  },
};
function last() { return writes[writes.length - 1]; }

assert.strictEqual(readline.cursorTo(stream, 1), 'written');
assert.deepStrictEqual(last(), ['\x1b[2G', 'undefined']);
readline.cursorTo(stream, 1, 2);
assert.deepStrictEqual(last(), ['\x1b[3;2H', 'undefined']);
readline.cursorTo(stream, 0, () => {});
assert.deepStrictEqual(last(), ['\x1b[1G', 'function']);
assert.throws(() => readline.cursorTo(stream, 'a', 2), {
  code: 'ERR_INVALID_CURSOR_POS', name: 'TypeError',
  message: 'Cannot set cursor row without setting its column',
});
assert.throws(() => readline.cursorTo(stream, NaN), {
  code: 'ERR_INVALID_ARG_VALUE', message: 'The argument \'x\' is invalid. Received NaN',
});
assert.throws(() => readline.cursorTo(stream, 1, NaN), {
  code: 'ERR_INVALID_ARG_VALUE', message: 'The argument \'y\' is invalid. Received NaN',
});
assert.throws(() => readline.cursorTo(stream, 1, 2, 3), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "callback" argument must be of type function. Received type number (3)',
});
const count = writes.length;
assert.strictEqual(readline.cursorTo(null, 1), true);
assert.strictEqual(readline.cursorTo(stream, 'a'), true);  // no position: no-op
assert.strictEqual(writes.length, count);

readline.moveCursor(stream, -1, 2);
assert.deepStrictEqual(last(), ['\x1b[1D\x1b[2B', 'undefined']);
readline.moveCursor(stream, 3, -4);
assert.deepStrictEqual(last(), ['\x1b[3C\x1b[4A', 'undefined']);
assert.strictEqual(readline.moveCursor(stream, 0, 0), true);
assert.strictEqual(writes.length, count + 2);

readline.clearLine(stream);
assert.deepStrictEqual(last(), ['\x1b[2K', 'undefined']);
readline.clearLine(stream, -1);
assert.deepStrictEqual(last(), ['\x1b[1K', 'undefined']);
readline.clearLine(stream, 1);
assert.deepStrictEqual(last(), ['\x1b[0K', 'undefined']);
readline.clearScreenDown(stream);
assert.deepStrictEqual(last(), ['\x1b[0J', 'undefined']);
assert.throws(() => readline.clearScreenDown(stream, 1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => readline.clearLine(stream, 0, 'x'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => readline.moveCursor(stream, 1, 1, {}), { code: 'ERR_INVALID_ARG_TYPE' });

// Without a stream, callbacks still run (asynchronously, with null).
let calls = 0;
const cb = (err) => {
  assert.strictEqual(err, null);
  calls++;
};
assert.strictEqual(readline.clearLine(undefined, 0, cb), true);
assert.strictEqual(readline.clearScreenDown(null, cb), true);
assert.strictEqual(readline.moveCursor(null, 1, 1, cb), true);
assert.strictEqual(readline.cursorTo(null, 1, cb), true);
assert.strictEqual(calls, 0);
process.on('exit', () => assert.strictEqual(calls, 4));
