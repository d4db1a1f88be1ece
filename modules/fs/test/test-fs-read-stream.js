'use strict';
// createReadStream: start/end, highWaterMark, encoding, fd and FileHandle
// sources, autoClose, pending, bytesRead, open/ready/close events, errors.
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(process.env.MOSAIC_TEST_TMPDIR || require('os').tmpdir(), 'fs-rs-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const f = path.join(tmp, 'f');
fs.writeFileSync(f, '0123456789abcdefghij');

function collect(stream) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    stream.on('data', (c) => chunks.push(c));
    stream.on('error', reject);
    stream.on('close', () => resolve(chunks));
  });
}

let done = false;
(async () => {
  const s = fs.createReadStream(f, { start: 3, end: 12, highWaterMark: 4 });
  assert(s instanceof fs.ReadStream);
  assert.strictEqual(s.pending, true);
  const events = [];
  s.on('open', (fd) => events.push(typeof fd));
  s.on('ready', () => events.push('ready'));
  const chunks = await collect(s);
  assert.deepStrictEqual(chunks.map(String), ['3456', '789a', 'bc']);
  assert.strictEqual(s.bytesRead, 10);
  assert.deepStrictEqual(events, ['number', 'ready']);
  assert.strictEqual(s.fd, null);
  assert.strictEqual(s.destroyed, true);

  const enc = fs.createReadStream(f, { encoding: 'hex', end: 1 });
  assert.deepStrictEqual(await collect(enc), ['3031']);

  // From a descriptor, without closing it.
  const fd = fs.openSync(f, 'r');
  const fromFd = fs.createReadStream(null, { fd, start: 15, autoClose: false });
  assert.strictEqual(fromFd.pending, false);
  await new Promise((resolve) => {
    let text = '';
    fromFd.on('data', (c) => { text += c; });
    fromFd.on('end', () => {
      assert.strictEqual(text, 'fghij');
      resolve();
    });
  });
  assert.strictEqual(fs.fstatSync(fd).size, 20);  // still open
  fs.closeSync(fd);

  // From a FileHandle.
  const fh = await fs.promises.open(f);
  const fromHandle = fh.createReadStream({ end: 2 });
  assert.deepStrictEqual(Buffer.concat(await collect(fromHandle)).toString(), '012');
  assert.strictEqual(fh.fd, -1);  // autoClose closed the handle

  // Errors go to 'error', then 'close'.
  const bad = fs.createReadStream(path.join(tmp, 'nope'));
  await assert.rejects(collect(bad), { code: 'ENOENT', syscall: 'open' });
  assert.throws(() => fs.createReadStream(f, { start: 5, end: 1 }), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => fs.createReadStream(f, { start: 'x' }), { code: 'ERR_INVALID_ARG_TYPE' });

  // close(cb)
  const big = path.join(tmp, 'big');
  fs.writeFileSync(big, Buffer.alloc(1 << 20));
  const rs = fs.createReadStream(big);
  await new Promise((resolve) => rs.once('data', () => rs.close((err) => {
    // Closing mid-read reports the premature close to the callback.
    assert(!err || err.code === 'ERR_STREAM_PREMATURE_CLOSE', err);
    resolve();
  })));
  assert(rs.destroyed);

  // Async iteration.
  let total = 0;
  for await (const c of fs.createReadStream(big, { highWaterMark: 65536 })) total += c.length;
  assert.strictEqual(total, 1 << 20);
  done = true;
})().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
process.on('exit', () => assert(done));
