'use strict';
// open/close/read/write on descriptors: flags, positions (null, numbers,
// bigints), partial buffers, strings with encodings, option objects.
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(process.env.MOSAIC_TEST_TMPDIR || require('os').tmpdir(), 'fs-rw-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const f = path.join(tmp, 'f');

const fd = fs.openSync(f, 'w+', 0o600);
assert.strictEqual(typeof fd, 'number');
assert.strictEqual(fs.writeSync(fd, 'héllo'), 6);
assert.strictEqual(fs.writeSync(fd, Buffer.from('XYZ'), 1, 2), 2);
assert.strictEqual(fs.writeSync(fd, '4142', 20, 'hex'), 2);
assert.strictEqual(fs.writeSync(fd, Buffer.from('__'), { offset: 0, length: 1, position: 0 }), 1);

const buf = Buffer.alloc(22);
assert.strictEqual(fs.readSync(fd, buf, 0, 22, 0), 22);
assert.deepStrictEqual(buf, Buffer.concat([Buffer.from('_éllo'), Buffer.from('YZ'),
                                           Buffer.alloc(12), Buffer.from('AB')]));
const small = Buffer.alloc(3);
assert.strictEqual(fs.readSync(fd, small, { position: 1n }), 3);
assert.deepStrictEqual(small, Buffer.from('éll').subarray(0, 3));
assert.strictEqual(fs.readSync(fd, small, 0, 0, 0), 0);
fs.closeSync(fd);

assert.throws(() => fs.openSync(f, 'wx'), { code: 'EEXIST', syscall: 'open' });
assert.throws(() => fs.openSync(f, 'bogus'), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => fs.closeSync(fd), { code: 'EBADF', syscall: 'close' });
assert.throws(() => fs.readSync(fd, Buffer.alloc(1)), { code: 'EBADF', syscall: 'read' });
assert.throws(() => fs.readSync(0, Buffer.alloc(2), 0, 5, 0), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => fs.readSync(0, 'str'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.writeSync(1, 42), { code: 'ERR_INVALID_ARG_TYPE' });

// O_APPEND ignores positions.
const g = path.join(tmp, 'g');
fs.writeFileSync(g, 'start');
const afd = fs.openSync(g, 'a');
fs.writeSync(afd, '-end', 0);
fs.closeSync(afd);
assert.strictEqual(fs.readFileSync(g, 'utf8'), 'start-end');

let n = 0;
fs.open(f, 'r', (err, rfd) => {
  assert.ifError(err);
  fs.read(rfd, Buffer.alloc(5), 0, 5, 1, (err2, bytesRead, b) => {
    assert.ifError(err2);
    assert.strictEqual(bytesRead, 5);
    assert.strictEqual(b.subarray(0, 2).toString(), 'é');
    fs.read(rfd, { buffer: Buffer.alloc(2), position: 20 }, (err3, n3, b3) => {
      assert.ifError(err3);
      assert.strictEqual(b3.toString(), 'AB');
      fs.close(rfd, (err4) => {
        assert.ifError(err4);
        n++;
      });
    });
  });
});
fs.open(path.join(tmp, 'h'), 'w', (err, wfd) => {
  assert.ifError(err);
  fs.write(wfd, 'text', (err2, written, str) => {
    assert.ifError(err2);
    assert.strictEqual(written, 4);
    assert.strictEqual(str, 'text');
    fs.write(wfd, Buffer.from('++'), 0, 2, 1, (err3, w3) => {
      assert.ifError(err3);
      assert.strictEqual(w3, 2);
      fs.closeSync(wfd);
      assert.strictEqual(fs.readFileSync(path.join(tmp, 'h'), 'utf8'), 't++t');
      n++;
    });
  });
});
process.on('exit', () => assert.strictEqual(n, 2));
