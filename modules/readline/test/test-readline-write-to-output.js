'use strict';
// Legacy hooks: overriding rl._writeToOutput (e.g. to hide a password)
// and rl._ttyWrite takes effect.
const assert = require('assert');
const EventEmitter = require('events');
const readline = require('readline');

class TtyInput extends EventEmitter {
  constructor() { super(); this.isTTY = true; }
  setRawMode() { return this; }
  pause() { return this; }
  resume() { return this; }
}
const output = new EventEmitter();
output.isTTY = true;
output.columns = 80;
output.data = '';
output.write = (d) => { output.data += d; return true; };

const input = new TtyInput();
const rl = readline.createInterface({ input, output });
let muted = false;
rl._writeToOutput = function(s) {
  const hide = muted && !s.startsWith('\x1b') && s !== '\r\n';
  output.write(hide ? '*'.repeat(s.length) : s);
};

let answer;
rl.question('Password: ', (a) => { answer = a; });
muted = true;
for (const ch of 'secret') input.emit('data', ch);
input.emit('data', '\r');
assert.strictEqual(answer, 'secret');
assert.ok(output.data.startsWith('\x1b[1G\x1b[0JPassword: '));
assert.ok(!output.data.includes('secret'));
assert.ok(output.data.includes('******\r\n'));

// _ttyWrite sees every key.
const seen = [];
const original = rl._ttyWrite;
rl._ttyWrite = function(s, key) {
  seen.push(key.name);
  return original.call(this, s, key);
};
input.emit('data', 'a');
input.emit('data', '\x1b[C');
assert.deepStrictEqual(seen, ['a', 'right']);

// The internal state is visible under the legacy names.
assert.strictEqual(rl._prompt, '> ');
assert.strictEqual(typeof rl._sawReturnAt, 'number');
rl.close();
