'use strict';
// A \r ending one chunk and a \n starting the next are one line ending only
// when the \n arrives within crlfDelay ms.
const assert = require('assert');
const EventEmitter = require('events');
const readline = require('readline');

class Input extends EventEmitter {
  pause() { return this; }
  resume() { return this; }
  write(chunk) { this.emit('data', chunk); }
}

function run(crlfDelay, wait) {
  return new Promise((resolve) => {
    const input = new Input();
    const rl = readline.createInterface({ input, crlfDelay });
    const lines = [];
    rl.on('line', (line) => lines.push(line));
    input.write('a\r');
    setTimeout(() => {
      input.write('\nb\n');
      rl.close();
      resolve(lines);
    }, wait);
  });
}

(async () => {
  // Default delay 100 ms: a \n 250 ms later is a new (empty) line.
  assert.deepStrictEqual(await run(undefined, 250), ['a', '', 'b']);
  // Well within the delay: one line ending.
  assert.deepStrictEqual(await run(1000, 20), ['a', 'b']);
  // Infinity: always joined.
  assert.deepStrictEqual(await run(Infinity, 150), ['a', 'b']);
})().then(() => { process.exitCode = process.exitCode || 0; });
