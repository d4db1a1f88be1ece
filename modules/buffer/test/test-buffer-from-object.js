'use strict';
// Buffer.from(object): valueOf() and Symbol.toPrimitive results are used;
// anything else is a TypeError naming the accepted types.
const assert = require('assert');
const { Buffer } = require('buffer');

assert.strictEqual(Buffer.from(new String('abc')).toString(), 'abc');
assert.strictEqual(Buffer.from({ valueOf() { return 'xyz'; } }).toString(), 'xyz');
assert.deepStrictEqual([...Buffer.from({ valueOf() { return [1, 2]; } })], [1, 2]);
assert.strictEqual(
  Buffer.from({ [Symbol.toPrimitive](hint) { return `hint:${hint}`; } }).toString(),
  'hint:string');
assert.strictEqual(Buffer.from({ valueOf() { return '6869'; } }, 'hex').toString(), 'hi');

for (const [value, received] of [
  [5, 'type number (5)'],
  [null, 'null'],
  [undefined, 'undefined'],
  [true, 'type boolean (true)'],
  [{}, 'an instance of Object'],
  [Symbol('s'), 'type symbol (Symbol(s))'],
]) {
  assert.throws(() => Buffer.from(value), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: 'The first argument must be of type string or an instance of Buffer, ' +
      `ArrayBuffer, or Array or an Array-like Object. Received ${received}`,
  });
}
