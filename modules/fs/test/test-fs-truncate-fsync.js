'use strict';
// truncate/ftruncate (shrink, grow with zeros, negative lengths clamp to 0)
// and fsync/fdatasync.
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(process.env.MOSAIC_TEST_TMPDIR || require('os').tmpdir(), 'fs-trunc-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const f = path.join(tmp, 'f');
fs.writeFileSync(f, 'hello world');

fs.truncateSync(f, 5);
assert.strictEqual(fs.readFileSync(f, 'utf8'), 'hello');
fs.truncateSync(f, 8);
assert.deepStrictEqual(fs.readFileSync(f), Buffer.from('hello\0\0\0'));
fs.truncateSync(f, -3);
assert.strictEqual(fs.statSync(f).size, 0);
assert.throws(() => fs.truncateSync(path.join(tmp, 'nope')), { code: 'ENOENT', syscall: 'open' });
assert.throws(() => fs.truncateSync(f, 'x'), { code: 'ERR_INVALID_ARG_TYPE' });

fs.writeFileSync(f, 'abcdef');
const fd = fs.openSync(f, 'r+');
fs.ftruncateSync(fd, 3);
fs.fsyncSync(fd);
fs.fdatasyncSync(fd);
assert.strictEqual(fs.readFileSync(f, 'utf8'), 'abc');
assert.throws(() => fs.ftruncateSync(fd, 1.5), { code: 'ERR_OUT_OF_RANGE' });

let n = 0;
fs.ftruncate(fd, 1, (err) => {
  assert.ifError(err);
  fs.fsync(fd, (err2) => {
    assert.ifError(err2);
    fs.fdatasync(fd, (err3) => {
      assert.ifError(err3);
      fs.closeSync(fd);
      assert.strictEqual(fs.readFileSync(f, 'utf8'), 'a');
      fs.truncate(f, (err4) => {
        assert.ifError(err4);
        assert.strictEqual(fs.statSync(f).size, 0);
        n++;
      });
    });
  });
});
fs.fsync(9999, (err) => {
  assert.strictEqual(err.code, 'EBADF');
  assert.strictEqual(err.syscall, 'fsync');
  n++;
});
process.on('exit', () => assert.strictEqual(n, 2));
