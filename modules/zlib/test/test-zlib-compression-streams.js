'use strict';
// CompressionStream / DecompressionStream (globals and stream/web) round
// trip each format through the zlib engines; an unknown format is refused.
const assert = require('assert');

async function roundTrip(format, input) {
  const compressor = new CompressionStream(format);
  const writer = compressor.writable.getWriter();
  writer.write(input);
  writer.close();
  const chunks = [];
  for await (const chunk of compressor.readable) chunks.push(chunk);
  const decompressor = new DecompressionStream(format);
  const writer2 = decompressor.writable.getWriter();
  for (const chunk of chunks) writer2.write(chunk);
  writer2.close();
  let length = 0;
  for await (const chunk of decompressor.readable) length += chunk.length;
  return { compressed: chunks.reduce((n, c) => n + c.length, 0), length, compressor };
}

(async () => {
  const input = new TextEncoder().encode('hello '.repeat(1000));
  for (const format of ['gzip', 'deflate', 'deflate-raw']) {
    const { compressed, length, compressor } = await roundTrip(format, input);
    assert.ok(compressed < 200, format);
    assert.strictEqual(length, 6000, format);
    assert.strictEqual(Object.prototype.toString.call(compressor), '[object CompressionStream]');
  }
  assert.throws(() => new CompressionStream('br'), {
    code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'format' is invalid. Received 'br'",
  });
  const web = require('stream/web');
  assert.strictEqual(web.CompressionStream, CompressionStream);
  assert.strictEqual(web.DecompressionStream, DecompressionStream);
})();
