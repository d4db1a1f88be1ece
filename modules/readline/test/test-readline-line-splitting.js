'use strict';
// Non-terminal line splitting: \n, \r\n and a lone \r end lines, also when
// they (or a multi-byte character) straddle chunk boundaries.
const assert = require('assert');
const EventEmitter = require('events');
const readline = require('readline');

class Input extends EventEmitter {
  pause() { return this; }
  resume() { return this; }
  write(chunk) { this.emit('data', chunk); }
  end() { this.emit('end'); }
}

function linesOf(chunks, options = {}) {
  const input = new Input();
  const rl = readline.createInterface({ input, ...options });
  const lines = [];
  let closed = false;
  rl.on('line', (line) => lines.push(line));
  rl.on('close', () => { closed = true; });
  for (const chunk of chunks) input.write(chunk);
  input.end();
  assert.ok(closed);
  return lines;
}

const bytes = (...b) => new Uint8Array(b);
const utf8 = (s) => new TextEncoder().encode(s);

assert.deepStrictEqual(linesOf(['a\nb\nc\n']), ['a', 'b', 'c']);
assert.deepStrictEqual(linesOf(['a\nb\nc']), ['a', 'b', 'c']);  // last line at 'end'
assert.deepStrictEqual(linesOf(['one line without ending']), ['one line without ending']);
assert.deepStrictEqual(linesOf([]), []);
assert.deepStrictEqual(linesOf(['']), []);
assert.deepStrictEqual(linesOf(['\n\n']), ['', '']);
assert.deepStrictEqual(linesOf(['a\r\nb\r\n']), ['a', 'b']);
assert.deepStrictEqual(linesOf(['a\rb\rc']), ['a', 'b', 'c']);
assert.deepStrictEqual(linesOf(['a\n\rb']), ['a', '', 'b']);
assert.deepStrictEqual(linesOf(['a\r\r\nb']), ['a', '', 'b']);

// Split anywhere.
assert.deepStrictEqual(linesOf(['he', 'llo', ' wor', 'ld\nsec', 'ond\n']),
                       ['hello world', 'second']);
assert.deepStrictEqual(linesOf(['a\r', '\nb']), ['a', 'b']);   // \r | \n
assert.deepStrictEqual(linesOf(['a\r', '\r\nb']), ['a', '', 'b']);
assert.deepStrictEqual(linesOf(['a', '\r', '\n', 'b', '\r\n']), ['a', 'b']);
assert.deepStrictEqual(linesOf(['x\ny\r', '\n\nz']), ['x', 'y', '', 'z']);
const text = 'alpha\r\nbeta\ngamma\r\n\r\ndelta\repsilon\n';
for (let size = 1; size <= 7; size++) {
  const chunks = [];
  for (let i = 0; i < text.length; i += size) chunks.push(text.slice(i, i + size));
  assert.deepStrictEqual(linesOf(chunks),
                         ['alpha', 'beta', 'gamma', '', 'delta', 'epsilon'],
                         `chunk size ${size}`);
}

// Bytes: UTF-8 characters split between chunks.
assert.deepStrictEqual(linesOf([bytes(0x61, 0xe2, 0x82), bytes(0xac, 0x0a)]), ['a€']);
const encoded = utf8('héllo wörld 😀\r\nsecond ✓\n');
for (let size = 1; size <= 5; size++) {
  const chunks = [];
  for (let i = 0; i < encoded.length; i += size) chunks.push(encoded.subarray(i, i + size));
  assert.deepStrictEqual(linesOf(chunks), ['héllo wörld 😀', 'second ✓'], `byte chunk ${size}`);
}
// Strings and bytes mixed.
assert.deepStrictEqual(linesOf(['ab', utf8('c\nd'), 'e\n']), ['abc', 'de']);

// Lines of one chunk are all emitted even if a listener closes meanwhile.
{
  const input = new Input();
  const rl = readline.createInterface({ input });
  const seen = [];
  rl.on('line', (line) => {
    seen.push(line);
    if (line === 'a') rl.close();
  });
  input.write('a\nb\nc');
  input.write('d\n');  // after close: not read
  assert.deepStrictEqual(seen, ['a', 'b']);
}
