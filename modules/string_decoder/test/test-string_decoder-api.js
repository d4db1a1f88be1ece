'use strict';
// Encoding names, argument validation, strings, typed arrays, text().
const assert = require('assert');
const { StringDecoder } = require('string_decoder');

for (const [name, expected] of [[undefined, 'utf8'], [null, 'utf8'], ['', 'utf8'], ['UTF-8', 'utf8'],
  ['UCS-2', 'utf16le'], ['BINARY', 'latin1'], ['Base64Url', 'base64url'], ['HEX', 'hex']]) {
  assert.strictEqual(new StringDecoder(name).encoding, expected);
}
for (const bad of ['utf16', 'foo', false, 0]) {
  assert.throws(() => new StringDecoder(bad), {
    name: 'TypeError',
    code: 'ERR_UNKNOWN_ENCODING',
    message: `Unknown encoding: ${bad}`,
  });
}
const d = new StringDecoder();
assert.strictEqual(d.write('already a string'), 'already a string');
assert.throws(() => d.write(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buf" argument must be an instance of Buffer, TypedArray, or DataView. ' +
           'Received type number (5)',
});
assert.throws(() => StringDecoder.prototype.write.call({}, Buffer.alloc(1)), {
  code: 'ERR_INVALID_THIS',
  message: 'Value of "this" must be of type StringDecoder',
});
const u8 = new Uint8Array([0xe2, 0x82, 0xac]);
assert.strictEqual(new StringDecoder().write(u8), '€');
assert.strictEqual(new StringDecoder().write(new DataView(u8.buffer, 1, 2)), '\ufffd\ufffd');

const t = new StringDecoder();
t.write(Buffer.from([0xe2]));
assert.strictEqual(t.text(Buffer.from('xa€'), 1), 'a€');
assert.deepStrictEqual(Object.keys(StringDecoder.prototype), ['write', 'end', 'text', 'lastChar', 'lastNeed', 'lastTotal']);
