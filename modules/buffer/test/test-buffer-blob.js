'use strict';
// buffer.Blob: parts of any kind, size, type, slice, text, arrayBuffer.
const assert = require('assert');
const util = require('util');
const { Blob } = require('buffer');

const parts = ['ab', new Uint8Array([0x63]), new Blob(['d']), new Uint8Array([0x65]).buffer];
const blob = new Blob(parts, { type: 'Text/Plain' });
assert.strictEqual(blob.size, 5);
assert.strictEqual(blob.type, 'text/plain');
assert.strictEqual(Object.prototype.toString.call(blob), '[object Blob]');
assert.strictEqual(util.inspect(blob), "Blob { size: 5, type: 'text/plain' }");
assert.strictEqual(blob.slice(1, -1).size, 3);
assert.strictEqual(blob.slice(1, -1, 'A/B').type, 'a/b');
assert.strictEqual(new Blob([], { type: 'a\u00ffb' }).type, '');
assert.throws(() => new Blob('abc'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => new Blob([], { endings: 'bad' }), { code: 'ERR_INVALID_ARG_VALUE' });

let done = 0;
blob.text().then((text) => {
  assert.strictEqual(text, 'abcde');
  done++;
});
blob.slice(2).arrayBuffer().then((ab) => {
  assert.ok(ab instanceof ArrayBuffer);
  assert.deepStrictEqual([...new Uint8Array(ab)], [0x63, 0x64, 0x65]);
  done++;
});
new Blob([new Uint8Array([0xef, 0xbb, 0xbf, 0x78])]).text().then((text) => {
  assert.strictEqual(text, 'x');   // BOM dropped like TextDecoder
  done++;
});
process.on('exit', () => assert.strictEqual(done, 3));
