'use strict';
// The engines as streams: gzip piped into gunzip, pipeline, flush(), and a
// stream error for corrupt input.
const assert = require('assert');
const zlib = require('zlib');
const { pipeline, Readable, Writable } = require('stream');

const gzip = zlib.createGzip();
const gunzip = zlib.createGunzip();
let text = '';
gunzip.setEncoding('utf8');
gunzip.on('data', (chunk) => { text += chunk; });
gunzip.on('end', () => {
  assert.strictEqual(text, Array.from({ length: 1000 }, (_, i) => `line ${i}\n`).join(''));
});
gzip.pipe(gunzip);
for (let i = 0; i < 1000; i++) gzip.write(`line ${i}\n`);
gzip.end();

const chunks = [];
pipeline(
  Readable.from(['one ', 'two ', 'three']),
  zlib.createDeflateRaw(),
  zlib.createInflateRaw(),
  new Writable({ write(chunk, encoding, callback) { chunks.push(chunk); callback(); } }),
  (err) => {
    assert.ifError(err);
    assert.strictEqual(Buffer.concat(chunks).toString(), 'one two three');
  });

// flush() hands out what was compressed so far: it inflates on its own.
const deflate = zlib.createDeflate();
const flushed = [];
deflate.on('data', (chunk) => flushed.push(chunk));
deflate.write('partial data');
deflate.flush(() => {
  const inflate = zlib.createInflate();
  inflate.on('data', (chunk) => assert.strictEqual(chunk.toString(), 'partial data'));
  inflate.write(Buffer.concat(flushed));
  deflate.end();
});

let errored = false;
zlib.createInflate().on('error', (err) => {
  assert.strictEqual(err.code, 'Z_DATA_ERROR');
  assert.strictEqual(err.message, 'incorrect header check');
  errored = true;
}).end('not zlib');
assert.throws(() => zlib.createDeflate({ level: 42 }), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "options.level" is out of range. It must be >= -1 and <= 9. Received 42',
});
assert.ok(zlib.Gzip() instanceof zlib.Gzip);  // callable without new
process.on('exit', () => assert.ok(errored));
