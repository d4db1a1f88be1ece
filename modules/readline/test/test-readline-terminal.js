'use strict';
// Terminal mode: keypress-driven line editing drawn with ANSI sequences.
const assert = require('assert');
const EventEmitter = require('events');
const readline = require('readline');

class TtyInput extends EventEmitter {
  constructor() {
    super();
    this.isTTY = true;
    this.isRaw = false;
    this.rawCalls = [];
  }
  setRawMode(mode) { this.rawCalls.push(mode); this.isRaw = mode; return this; }
  pause() { return this; }
  resume() { return this; }
  type(text) { for (const ch of text) this.emit('data', ch); }
  key(seq) { this.emit('data', seq); }
}
class TtyOutput extends EventEmitter {
  constructor() {
    super();
    this.isTTY = true;
    this.columns = 20;
    this.data = '';
  }
  write(d) { this.data += d; return true; }
  take() { const d = this.data; this.data = ''; return d; }
}

const input = new TtyInput();
const output = new TtyOutput();
const completer = (line) => {
  const words = ['apple', 'apricot', 'banana'];
  const hits = words.filter((w) => w.startsWith(line));
  return [hits.length ? hits : words, line];
};
const rl = readline.createInterface({ input, output, prompt: '> ', completer,
                                      historySize: 5, removeHistoryDuplicates: true });
assert.strictEqual(rl.terminal, true);
assert.deepStrictEqual(input.rawCalls, [true]);
const lines = [];
const histories = [];
rl.on('line', (l) => lines.push(l));
rl.on('history', (h) => histories.push(h.slice()));

rl.prompt();
assert.strictEqual(output.take(), '\x1b[1G\x1b[0J> \x1b[3G');

input.type('hello');
assert.strictEqual(output.take(), 'hello');  // echoed as typed
assert.strictEqual(rl.line, 'hello');
assert.strictEqual(rl.cursor, 5);
input.key('\x1b[D');
input.key('\x1b[D');
assert.strictEqual(output.take(), '\x1b[1D\x1b[1D');
assert.strictEqual(rl.cursor, 3);
input.type('X');  // insert mid-line: redraw
assert.strictEqual(output.take(), '\x1b[1G\x1b[0J> helXlo\x1b[7G');
assert.strictEqual(rl.line, 'helXlo');
input.key('\x7f');  // backspace
assert.strictEqual(rl.line, 'hello');
assert.strictEqual(output.take(), '\x1b[1G\x1b[0J> hello\x1b[6G');
input.key('\x01');  // ^A
assert.strictEqual(rl.cursor, 0);
assert.strictEqual(output.take(), '\x1b[3D');
input.key('\x05');  // ^E
assert.strictEqual(rl.cursor, 5);
assert.strictEqual(output.take(), '\x1b[5C');
assert.deepStrictEqual(rl.getCursorPos(), { rows: 0, cols: 7 });
input.key('\r');
assert.deepStrictEqual(lines, ['hello']);
assert.strictEqual(output.take(), '\r\n');
assert.strictEqual(rl.line, '');
assert.deepStrictEqual(histories, [['hello']]);

// Word editing.
input.type('abc def ghi');
output.take();
input.key('\x1b[1;5D');  // ctrl+left: word left
assert.strictEqual(rl.cursor, 8);
input.key('\x0b');       // ^K: delete to end
assert.strictEqual(rl.line, 'abc def ');
input.key('\x17');       // ^W: delete word left
assert.strictEqual(rl.line, 'abc ');
input.key('\x15');       // ^U: delete to start
assert.strictEqual(rl.line, '');

// A long line wraps at 20 columns.
input.type('0123456789abcdefghijKLM');
assert.deepStrictEqual(rl.getCursorPos(), { rows: 1, cols: 5 });
input.key('\n');
assert.strictEqual(lines[1], '0123456789abcdefghijKLM');
output.take();

// History: up/down, with prefix search.
input.type('ab');
input.key('\r');
input.key('\x1b[A');
assert.strictEqual(rl.line, 'ab');
input.key('\x1b[A');
assert.strictEqual(rl.line, '0123456789abcdefghijKLM');
input.key('\x1b[B');
input.key('\x1b[B');
assert.strictEqual(rl.line, '');
input.type('he');
input.key('\x1b[A');
assert.strictEqual(rl.line, 'hello');
input.key('\x15');
assert.deepStrictEqual(rl.history, ['ab', '0123456789abcdefghijKLM', 'hello']);

// Tab completion: common prefix first, the list on a second tab.
output.take();
input.type('ap');
input.key('\t');
assert.strictEqual(rl.line, 'ap');
input.key('\t');
assert.strictEqual(output.take(),
                   'ap\r\napple    apricot\r\n\r\n\x1b[1G\x1b[0J> ap\x1b[5G');
input.type('p');
input.key('\t');
assert.strictEqual(rl.line, 'apple');
input.key('\x15');

// write() in terminal mode: text may hold several lines.
rl.write('typed\nmore');
assert.strictEqual(lines[lines.length - 1], 'typed');
assert.strictEqual(rl.line, 'more');
input.key('\x15');

// ^C emits SIGINT when listened to, ^D on an empty line closes.
let sigint = 0;
rl.on('SIGINT', () => sigint++);
input.key('\x03');
assert.strictEqual(sigint, 1);
assert.strictEqual(rl.closed, undefined);
let closed = false;
rl.on('close', () => { closed = true; });
input.type('x');
input.key('\x04');  // ^D with text: no close
assert.strictEqual(closed, false);
input.key('\x15');
input.key('\x04');
assert.strictEqual(closed, true);
assert.deepStrictEqual(input.rawCalls, [true, false]);
assert.strictEqual(input.listenerCount('keypress'), 0);

// resize redraws the line.
const input2 = new TtyInput();
const output2 = new TtyOutput();
const rl2 = readline.createInterface({ input: input2, output: output2, prompt: '$ ' });
input2.type('abc');
output2.take();
output2.columns = 4;
output2.emit('resize');
assert.strictEqual(output2.take(), '\x1b[1G\x1b[0J$ abc\x1b[2G');
// Without a SIGINT listener, ^C closes.
input2.key('\x03');
assert.strictEqual(rl2.closed, true);
