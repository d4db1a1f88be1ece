'use strict';
// zlib works on the thread pool, as node's does: a stream's 'data' never
// comes inside write()/end(), the callback forms call back after
// process.nextTick callbacks, 'finish' comes before the last output and
// 'end' (node's order), flush() takes its turn after earlier writes, and
// close() during work waits for it.
const assert = require('assert');
const zlib = require('zlib');

const events = [];
const gzip = zlib.createGzip();
for (const name of ['data', 'prefinish', 'finish', 'end', 'close']) gzip.on(name, () => events.push(name));
gzip.end('hello');
events.push('returned');
process.nextTick(() => events.push('tick'));
gzip.on('close', () => {
  assert.deepStrictEqual(events, ['returned', 'tick', 'data', 'prefinish', 'finish', 'data', 'end', 'close']);
});

const order = [];
zlib.gzip('abc', (err, compressed) => {
  assert.ifError(err);
  order.push('callback');
  assert.deepStrictEqual(order, ['tick', 'callback']);
  zlib.gunzip(compressed, (err2, back) => {
    assert.ifError(err2);
    assert.strictEqual(back.toString(), 'abc');
  });
});
process.nextTick(() => order.push('tick'));

const deflate = zlib.createDeflate();
const chunks = [];
deflate.on('data', (chunk) => chunks.push(chunk));
deflate.write('aaaa');
deflate.flush(() => {
  // The flushed output is complete deflate data up to here.
  const sofar = Buffer.concat(chunks);
  assert.strictEqual(zlib.inflateSync(sofar, { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString(), 'aaaa');
  deflate.end('bb');
});
deflate.on('end', () => assert.strictEqual(zlib.inflateSync(Buffer.concat(chunks)).toString(), 'aaaabb'));

zlib.gunzip(Buffer.from('not gzip data'), (err) => {
  assert.strictEqual(err.code, 'Z_DATA_ERROR');
  assert.strictEqual(err.errno, -3);
});
zlib.inflate(zlib.deflateSync('x'.repeat(1000)), { maxOutputLength: 10 }, (err) => {
  assert.strictEqual(err.code, 'ERR_BUFFER_TOO_LARGE');
});

let closed = false;
const busy = zlib.createGzip();
busy.write(Buffer.alloc(1 << 20));
busy.close(() => { closed = true; });
process.on('exit', () => assert.ok(closed));
