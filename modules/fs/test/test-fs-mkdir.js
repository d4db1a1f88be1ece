'use strict';
// mkdir: modes, EEXIST/ENOENT, and recursive returning the first directory
// it created (undefined when all existed).
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(process.env.MOSAIC_TEST_TMPDIR || require('os').tmpdir(), 'fs-mkdir-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));

const a = path.join(tmp, 'a');
assert.strictEqual(fs.mkdirSync(a, 0o750), undefined);
assert.strictEqual(fs.statSync(a).mode & 0o777, 0o750 & ~process.umask());
assert.throws(() => fs.mkdirSync(a), { code: 'EEXIST', syscall: 'mkdir', path: a });
assert.throws(() => fs.mkdirSync(path.join(tmp, 'x', 'y')), { code: 'ENOENT' });

assert.strictEqual(fs.mkdirSync(path.join(tmp, 'b', 'c', 'd'), { recursive: true }), path.join(tmp, 'b'));
assert.strictEqual(fs.mkdirSync(path.join(tmp, 'b', 'c', 'd'), { recursive: true }), undefined);
assert.strictEqual(fs.mkdirSync(path.join(tmp, 'b', 'c', 'e'), { recursive: true }), path.join(tmp, 'b', 'c', 'e'));
fs.writeFileSync(path.join(tmp, 'file'), '');
assert.throws(() => fs.mkdirSync(path.join(tmp, 'file'), { recursive: true }), { code: 'EEXIST' });
assert.throws(() => fs.mkdirSync(path.join(tmp, 'file', 'sub'), { recursive: true }), {
  code: 'ENOTDIR', path: path.join(tmp, 'file', 'sub'),
});
assert.throws(() => fs.mkdirSync(path.join(tmp, 'q'), { recursive: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.mkdirSync(path.join(tmp, 'q'), { mode: 'abc' }), { code: 'ERR_INVALID_ARG_VALUE' });

let n = 0;
fs.mkdir(path.join(tmp, 'cb', 'deep'), { recursive: true }, (err, first) => {
  assert.ifError(err);
  assert.strictEqual(first, path.join(tmp, 'cb'));
  n++;
});
fs.mkdir(tmp, { recursive: true }, (err, ...rest) => {
  assert.ifError(err);
  assert.deepStrictEqual(rest, []);
  n++;
});
fs.promises.mkdir(path.join(tmp, 'p', 'q'), { recursive: true }).then((first) => {
  assert.strictEqual(first, path.join(tmp, 'p'));
  n++;
});
process.on('exit', () => assert.strictEqual(n, 3));
