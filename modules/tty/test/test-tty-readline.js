'use strict';
// readline in terminal mode over tty streams on a pseudo-terminal.
const assert = require('assert');
const tty = require('tty');

const testing = require('./fixtures/pty').ptyTestingOrSkip();
const readline = require('readline');

const [master, slave] = testing.openpty();
testing.setWindowSize(master, 80, 24);
const input = new tty.ReadStream(slave);
const output = new tty.WriteStream(slave);
const keyboard = new tty.WriteStream(master);
const screen = new tty.ReadStream(master);
let shown = '';
screen.on('data', (d) => { shown += d.toString(); });

const rl = readline.createInterface({ input, output, prompt: '$ ' });
assert.strictEqual(rl.terminal, true);
assert.strictEqual(input.isRaw, true);
const lines = [];
rl.on('line', (line) => {
  lines.push(line);
  if (line === 'exit') rl.close(); else rl.prompt();
});
rl.on('close', () => {
  assert.strictEqual(input.isRaw, false);
  assert.deepStrictEqual(lines, ['helXlo', 'exit']);
  setTimeout(() => {
    assert.ok(shown.includes('$ helXlo'), JSON.stringify(shown));
    for (const s of [input, output, keyboard, screen]) s.destroy();
    setTimeout(() => {
      testing.closeFd(master);
      testing.closeFd(slave);
    }, 20);
  }, 50);
});
rl.prompt();
keyboard.write('hello');
setTimeout(() => keyboard.write('\x1b[D\x1b[DX'), 20);
setTimeout(() => keyboard.write('\r'), 40);
setTimeout(() => keyboard.write('exit\r'), 60);
