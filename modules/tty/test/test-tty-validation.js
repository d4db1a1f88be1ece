'use strict';
// ReadStream / WriteStream argument checks and TTY initialisation errors.
const assert = require('assert');
const tty = require('tty');

let hasStreams = true;
try {
  require('stream');
  require('buffer');
} catch (err) {
  if (err.code !== 'ERR_MOSAIC_PLUGIN_MISSING') throw err;
  hasStreams = false;
}

for (const Ctor of [tty.ReadStream, tty.WriteStream]) {
  for (const fd of [-1, 1.5, '0', 2 ** 31, NaN, null]) {
    assert.throws(() => new Ctor(fd), {
      code: 'ERR_INVALID_FD', name: 'RangeError',
      message: `"fd" must be a positive integer: ${fd}`,
    });
  }
  // A descriptor that is not a terminal (not even open).
  if (hasStreams) {
    assert.throws(() => new Ctor(123456), (err) => {
      assert.strictEqual(err.name, 'SystemError');
      assert.strictEqual(err.code, 'ERR_TTY_INIT_FAILED');
      assert.strictEqual(err.message,
                         'TTY initialization failed: uv_tty_init returned EINVAL ' +
                         '(invalid argument)');
      assert.deepStrictEqual(err.info, {
        errno: -22, code: 'EINVAL', message: 'invalid argument', syscall: 'uv_tty_init',
      });
      assert.strictEqual(err.errno, -22);
      assert.strictEqual(err.syscall, 'uv_tty_init');
      return true;
    });
  } else {
    assert.throws(() => new Ctor(1), {
      code: 'ERR_MOSAIC_NOT_IMPLEMENTED',
      message: /in a runtime without the stream and buffer plugins is not implemented in Mosaic$/,
    });
  }
}
assert.strictEqual(tty.WriteStream.prototype.isTTY, true);
for (const name of ['getColorDepth', 'hasColors', 'cursorTo', 'moveCursor', 'clearLine',
                    'clearScreenDown', 'getWindowSize', '_refreshSize']) {
  assert.strictEqual(typeof tty.WriteStream.prototype[name], 'function', name);
}
assert.strictEqual(typeof tty.ReadStream.prototype.setRawMode, 'function');
