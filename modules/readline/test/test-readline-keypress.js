'use strict';
// emitKeypressEvents: key names and modifiers for characters and escape
// sequences.
const assert = require('assert');
const EventEmitter = require('events');
const readline = require('readline');

const input = new EventEmitter();
readline.emitKeypressEvents(input);
readline.emitKeypressEvents(input);  // idempotent
const keys = [];
input.on('keypress', (s, key) => keys.push([s, key]));

function press(data) {
  keys.length = 0;
  input.emit('data', data);
  return keys.map(([s, k]) => [s, { ...k }]);
}
function key(sequence, name, extra = {}) {
  const k = { sequence, name, ctrl: false, meta: false, shift: false, ...extra };
  if (name === undefined) delete k.name;
  return k;
}
function check(data, expected) {
  const got = press(data).map(([s, k]) => {
    if (k.name === undefined) delete k.name;
    return [s, k];
  });
  assert.deepStrictEqual(got, expected, JSON.stringify(data));
}

check('a', [['a', key('a', 'a')]]);
check('A', [['A', key('A', 'a', { shift: true })]]);
check('1', [['1', key('1', '1')]]);
check('.', [['.', key('.', undefined)]]);
check('é', [['é', key('é', undefined)]]);
check('\u{1F600}', [['\u{1F600}', key('\u{1F600}', undefined)]]);
check('ab', [['a', key('a', 'a')], ['b', key('b', 'b')]]);
check('\r', [['\r', key('\r', 'return')]]);
check('\n', [['\n', key('\n', 'enter')]]);
check('\t', [['\t', key('\t', 'tab')]]);
check(' ', [[' ', key(' ', 'space')]]);
check('\x7f', [['\x7f', key('\x7f', 'backspace')]]);
check('\b', [['\b', key('\b', 'backspace')]]);
check('\x01', [['\x01', key('\x01', 'a', { ctrl: true })]]);
check('\x03', [['\x03', key('\x03', 'c', { ctrl: true })]]);
check('\x1a', [['\x1a', key('\x1a', 'z', { ctrl: true })]]);

check('\x1b[A', [[undefined, key('\x1b[A', 'up', { code: '[A' })]]);
check('\x1bOB', [[undefined, key('\x1bOB', 'down', { code: 'OB' })]]);
check('\x1b[1;5C', [[undefined, key('\x1b[1;5C', 'right', { ctrl: true, code: '[C' })]]);
check('\x1b[1;2D', [[undefined, key('\x1b[1;2D', 'left', { shift: true, code: '[D' })]]);
check('\x1b[1;3A', [[undefined, key('\x1b[1;3A', 'up', { meta: true, code: '[A' })]]);
check('\x1b[3~', [[undefined, key('\x1b[3~', 'delete', { code: '[3~' })]]);
check('\x1b[3;5~', [[undefined, key('\x1b[3;5~', 'delete', { ctrl: true, code: '[3~' })]]);
check('\x1b[5~', [[undefined, key('\x1b[5~', 'pageup', { code: '[5~' })]]);
check('\x1b[H', [[undefined, key('\x1b[H', 'home', { code: '[H' })]]);
check('\x1b[F', [[undefined, key('\x1b[F', 'end', { code: '[F' })]]);
check('\x1b[Z', [[undefined, key('\x1b[Z', 'tab', { shift: true, code: '[Z' })]]);
check('\x1b[[A', [[undefined, key('\x1b[[A', 'f1', { code: '[[A' })]]);
check('\x1bOP', [[undefined, key('\x1bOP', 'f1', { code: 'OP' })]]);
check('\x1b[2P', [[undefined, key('\x1b[2P', 'f1', { code: '[P', shift: true })]]);
check('\x1b[1;5S', [[undefined, key('\x1b[1;5S', 'f4', { code: '[S', ctrl: true })]]);
// Sequences node does not know are named with the string 'undefined'.
check('\x1b[31m', [[undefined, key('\x1b[31m', 'undefined', { code: '[31m' })]]);
check('\x1b[15~', [[undefined, key('\x1b[15~', 'f5', { code: '[15~' })]]);
check('\x1b[24~', [[undefined, key('\x1b[24~', 'f12', { code: '[24~' })]]);
check('\x1b[2$', [[undefined, key('\x1b[2$', 'insert', { shift: true, code: '[2$' })]]);
check('\x1b[a', [[undefined, key('\x1b[a', 'up', { shift: true, code: '[a' })]]);
check('\x1bOa', [[undefined, key('\x1bOa', 'up', { ctrl: true, code: 'Oa' })]]);
check('\x1b[200~', [[undefined, key('\x1b[200~', 'paste-start', { code: '[200~' })]]);
check('\x1b\x1b[A', [[undefined, key('\x1b\x1b[A', 'up', { code: '[A' })]]);
check('\x1bb', [[undefined, key('\x1bb', 'b', { meta: true })]]);
check('\x1bX', [[undefined, key('\x1bX', 'x', { meta: true, shift: true })]]);
check('\x1b\x7f', [[undefined, key('\x1b\x7f', 'backspace', { meta: true })]]);
check('\x1b\r', [[undefined, key('\x1b\r', 'return', { meta: true })]]);
// A sequence split over chunks.
check('\x1b[', []);
check('1;5', []);
check('A', [[undefined, key('\x1b[1;5A', 'up', { ctrl: true, code: '[A' })]]);
// Escape sequences followed by text in one chunk.
check('\x1b[Dxy', [[undefined, key('\x1b[D', 'left', { code: '[D' })],
                   ['x', key('x', 'x')], ['y', key('y', 'y')]]);
// Bytes, split inside a character.
check(new Uint8Array([0xe2, 0x82]), []);
check(new Uint8Array([0xac]), [['€', key('€', undefined)]]);

// A lone ESC is reported after the escape timeout.
keys.length = 0;
input.emit('data', '\x1b');
assert.strictEqual(keys.length, 0);
setTimeout(() => {
  assert.deepStrictEqual(keys.map(([s, k]) => [s, { ...k }]),
                         [[undefined, key('\x1b', 'escape', { meta: true })]]);
}, 700);

// Streams without 'keypress' listeners are left alone until one is added.
const quiet = new EventEmitter();
readline.emitKeypressEvents(quiet);
assert.strictEqual(quiet.listenerCount('data'), 0);
const got = [];
quiet.on('keypress', (s) => got.push(s));
assert.strictEqual(quiet.listenerCount('data'), 1);
quiet.emit('data', 'q');
assert.deepStrictEqual(got, ['q']);
