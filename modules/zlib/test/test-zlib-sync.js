'use strict';
// The one-shot functions: round trips in every format, known output,
// multi-member gzip, crc32, options and the callback forms.
const assert = require('assert');
const zlib = require('zlib');

const text = Buffer.from('x'.repeat(100000) + 'mosaic'.repeat(10000));
const pairs = [
  ['deflateSync', 'inflateSync'], ['gzipSync', 'gunzipSync'], ['deflateRawSync', 'inflateRawSync'],
  ['gzipSync', 'unzipSync'], ['deflateSync', 'unzipSync'],
];
for (const [compress, decompress] of pairs) {
  const packed = zlib[compress](text);
  assert.ok(packed.length < text.length / 50, compress);
  assert.deepStrictEqual(zlib[decompress](packed), text, `${compress} -> ${decompress}`);
}
assert.strictEqual(zlib.deflateSync('aaaa').toString('base64'), 'eJxLTExMBAADzgGF');
assert.strictEqual(zlib.deflateSync('x', { level: 9 }).toString('base64'), 'eNqrAAAAeQB5');
assert.strictEqual(zlib.inflateSync(Buffer.from('eJxLTExMBAADzgGF', 'base64')).toString(), 'aaaa');
const gz = zlib.gzipSync('hello');
assert.deepStrictEqual([gz[0], gz[1]], [0x1f, 0x8b]);
assert.strictEqual(zlib.gunzipSync(Buffer.concat([zlib.gzipSync('ab'), zlib.gzipSync('cd')])).toString(),
                   'abcd');
assert.strictEqual(zlib.inflateSync(zlib.deflateSync(new Uint8Array([1, 2, 3]))).length, 3);
assert.strictEqual(zlib.crc32('hello'), 907060870);
assert.strictEqual(zlib.crc32('world', zlib.crc32('hello ')), zlib.crc32('hello world'));

const { buffer, engine } = zlib.deflateSync('info', { info: true });
assert.ok(engine instanceof zlib.Deflate);
assert.strictEqual(zlib.inflateSync(buffer).toString(), 'info');
assert.throws(() => zlib.inflateSync(zlib.deflateSync(text), { maxOutputLength: 100 }), {
  code: 'ERR_BUFFER_TOO_LARGE',
});

let done = 0;
zlib.gzip('async', (err, packed) => {
  assert.ifError(err);
  zlib.gunzip(packed, (err2, out) => {
    assert.ifError(err2);
    assert.strictEqual(out.toString(), 'async');
    done++;
  });
});
zlib.inflate(Buffer.from('not zlib'), (err) => {
  assert.strictEqual(err.code, 'Z_DATA_ERROR');
  done++;
});
process.on('exit', () => assert.strictEqual(done, 2));
