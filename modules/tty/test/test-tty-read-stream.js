'use strict';
// tty.ReadStream on a pseudo-terminal: raw mode, data, pause.
const assert = require('assert');
const tty = require('tty');

const testing = require('./fixtures/pty').ptyTestingOrSkip();

const [master, slave] = testing.openpty();
const input = new tty.ReadStream(slave);
const keyboard = new tty.WriteStream(master);
assert.strictEqual(input.isTTY, true);
assert.strictEqual(input.isRaw, false);
assert.strictEqual(input.readableHighWaterMark, 0);
assert.strictEqual(input.readableFlowing, null);  // not reading until asked
assert.strictEqual(tty.ReadStream(slave, {}) instanceof tty.ReadStream, true);

assert.strictEqual(input.setRawMode(true), input);
assert.strictEqual(input.isRaw, true);

const chunks = [];
input.on('data', (chunk) => {
  assert.ok(Buffer.isBuffer(chunk));
  chunks.push(chunk.toString());
  if (chunks.join('') === 'x\x1b[A\x03') {
    // Raw mode: control characters arrive as bytes, no line buffering.
    input.pause();
    assert.strictEqual(input.isPaused(), true);
    input.setRawMode(false);
    assert.strictEqual(input.isRaw, false);
    setTimeout(step2, 20);
  }
});
keyboard.write('x\x1b[A\x03');

function step2() {
  // Cooked mode: nothing until a full line.
  const lines = [];
  input.removeAllListeners('data');
  input.on('data', (chunk) => {
    lines.push(chunk.toString());
    input.destroy();
    keyboard.destroy();
  });
  input.on('close', () => {
    assert.deepStrictEqual(lines, ['line one\n']);
    testing.closeFd(master);
    testing.closeFd(slave);
  });
  keyboard.write('line ');
  setTimeout(() => keyboard.write('one\n'), 20);
}
