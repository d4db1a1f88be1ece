'use strict';
// readv/writev: scatter/gather I/O with positions, in all forms.
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(process.env.MOSAIC_TEST_TMPDIR || require('os').tmpdir(), 'fs-vec-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const f = path.join(tmp, 'f');
const fd = fs.openSync(f, 'w+');

assert.strictEqual(fs.writevSync(fd, [Buffer.from('abc'), new Uint8Array([100, 101]), Buffer.from('f')]), 6);
assert.strictEqual(fs.writevSync(fd, [Buffer.from('XY')], 1), 2);
assert.strictEqual(fs.writevSync(fd, []), 0);
const a = Buffer.alloc(2);
const b = Buffer.alloc(10);
assert.strictEqual(fs.readvSync(fd, [a, b], 0), 6);
assert.strictEqual(a.toString(), 'aX');
assert.strictEqual(b.subarray(0, 4).toString(), 'Ydef');
assert.throws(() => fs.readvSync(fd, ['x']), { code: 'ERR_INVALID_ARG_TYPE' });

let n = 0;
fs.writev(fd, [Buffer.from('1'), Buffer.from('23')], 6, (err, written, bufs) => {
  assert.ifError(err);
  assert.strictEqual(written, 3);
  assert.strictEqual(bufs.length, 2);
  fs.readv(fd, [Buffer.alloc(4), Buffer.alloc(5)], 0, (err2, read, out) => {
    assert.ifError(err2);
    assert.strictEqual(read, 9);
    assert.strictEqual(Buffer.concat(out).toString(), 'aXYdef123');
    n++;
    (async () => {
      const fh = await fs.promises.open(f, 'r+');
      const w = await fh.writev([Buffer.from('!')], 0);
      assert.strictEqual(w.bytesWritten, 1);
      const r = await fh.readv([Buffer.alloc(3)], 0);
      assert.strictEqual(r.bytesRead, 3);
      assert.strictEqual(r.buffers[0].toString(), '!XY');
      await fh.close();
      fs.closeSync(fd);
      n++;
    })().catch((e) => { console.error(e); process.exitCode = 1; });
  });
});
process.on('exit', () => assert.strictEqual(n, 2));
