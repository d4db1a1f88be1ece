'use strict';
// Directories where files are expected: EISDIR from read/open/unlink, and
// ERR_FS_EISDIR (a SystemError) from rm without `recursive`.
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(process.env.MOSAIC_TEST_TMPDIR || require('os').tmpdir(), 'fs-eisdir-'));
const dir = path.join(tmp, 'd');
fs.mkdirSync(dir);

const readErr = {
  code: 'EISDIR', errno: -21, syscall: 'read',
  message: 'EISDIR: illegal operation on a directory, read',
};
assert.throws(() => fs.readFileSync(dir), readErr);
assert.throws(() => fs.readFileSync(dir, 'utf8'), readErr);
assert.throws(() => fs.writeFileSync(dir, 'x'), {
  code: 'EISDIR', syscall: 'open', path: dir,
  message: `EISDIR: illegal operation on a directory, open '${dir}'`,
});
assert.throws(() => fs.unlinkSync(dir), { code: 'EISDIR', syscall: 'unlink' });

const rmErr = {
  name: 'SystemError',
  code: 'ERR_FS_EISDIR',
  message: `Path is a directory: rm returned EISDIR (is a directory) ${dir}`,
  errno: 21,
  syscall: 'rm',
  path: dir,
};
assert.throws(() => fs.rmSync(dir), rmErr);

let done = 0;
fs.readFile(dir, (err) => {
  assert.throws(() => { throw err; }, readErr);
  done++;
});
fs.rm(dir, (err) => {
  assert.throws(() => { throw err; }, rmErr);
  assert.strictEqual(err.info.code, 'EISDIR');
  done++;
});
fs.promises.readFile(dir).then(assert.fail, (err) => {
  assert.strictEqual(err.code, 'EISDIR');
  done++;
});
fs.promises.rm(dir).then(assert.fail, (err) => {
  assert.strictEqual(err.code, 'ERR_FS_EISDIR');
  done++;
});

process.on('exit', () => {
  assert.strictEqual(done, 4);
  assert(fs.statSync(dir).isDirectory());
});
// Cleanup last: the exit checks above still need the files.
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
