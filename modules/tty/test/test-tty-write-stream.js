'use strict';
// tty.WriteStream on a pseudo-terminal: size, writes, cursor helpers,
// close. (Needs Mosaic's pty test hook and the stream plugin; skipped
// otherwise.)
const assert = require('assert');
const tty = require('tty');

const testing = require('./fixtures/pty').ptyTestingOrSkip();

const [master, slave] = testing.openpty();
assert.strictEqual(testing.setWindowSize(master, 100, 40), 0);

const out = new tty.WriteStream(slave);
assert.strictEqual(out.isTTY, true);
assert.strictEqual(out.columns, 100);
assert.strictEqual(out.rows, 40);
assert.deepStrictEqual(out.getWindowSize(), [100, 40]);
assert.strictEqual(out.writable, true);
assert.strictEqual(out.writableHighWaterMark, 16384);
assert.ok(out instanceof require('stream').Writable);
assert.strictEqual(tty.WriteStream(slave) instanceof tty.WriteStream, true);

// What the slave side writes comes out of the master.
const reader = new tty.ReadStream(master);
let received = '';
reader.on('data', (chunk) => {
  assert.ok(Buffer.isBuffer(chunk));
  received += chunk.toString('latin1');
});

let callbacks = 0;
assert.strictEqual(out.write('hello\n', () => callbacks++), true);
assert.strictEqual(out.writableLength, 0);  // written synchronously
out.write(Buffer.from('bytes\n'), () => callbacks++);
out.write(new Uint8Array([0x41, 0x0a]));
out.write('68690a', 'hex');
assert.strictEqual(out.cursorTo(2), true);
out.cursorTo(1, 3);
out.moveCursor(-1, 2);
out.moveCursor(0, 0);
out.clearLine(-1);
out.clearLine(0);
out.clearLine(1);
out.clearScreenDown(() => callbacks++);
assert.throws(() => out.cursorTo('a', 1), { code: 'ERR_INVALID_CURSOR_POS' });
assert.throws(() => out.cursorTo(NaN), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => out.clearLine(0, 'cb'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.ok(out.bytesWritten > 0);

setTimeout(() => {
  assert.strictEqual(callbacks, 3);
  // The terminal turns \n into \r\n on output.
  assert.strictEqual(received,
                     'hello\r\nbytes\r\nA\r\nhi\r\n' +
                     '\x1b[3G\x1b[4;2H\x1b[1D\x1b[2B\x1b[1K\x1b[2K\x1b[0K\x1b[0J');
  let closes = 0;
  out.on('close', (hadError) => {
    assert.strictEqual(hadError, false);
    closes++;
  });
  let finished = false;
  out.on('finish', () => {
    assert.strictEqual(out.writableFinished, true);
    finished = true;
  });
  out.end('bye\n');
  setTimeout(() => {
    // As in Node, ending the writable side alone does not close a TTY
    // stream (its readable side never ends); destroy() does.
    assert.strictEqual(finished, true);
    assert.strictEqual(out.destroyed, false);
    assert.strictEqual(closes, 0);
    out.destroy();
    reader.destroy();
  }, 20);
  setTimeout(() => {
    assert.strictEqual(closes, 1);
    assert.strictEqual(out.destroyed, true);
    testing.closeFd(master);
    testing.closeFd(slave);
  }, 80);
}, 100);
