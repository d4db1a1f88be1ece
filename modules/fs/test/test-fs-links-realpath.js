'use strict';
// symlink, link, readlink, realpath and realpath.native.
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const tmp = fs.realpathSync(fs.mkdtempSync(path.join(process.env.MOSAIC_TEST_TMPDIR || require('os').tmpdir(), 'fs-ln-')));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
fs.mkdirSync(path.join(tmp, 'dir'));
fs.writeFileSync(path.join(tmp, 'dir', 'file'), 'x');

fs.symlinkSync('dir', path.join(tmp, 'dl'), 'dir');
fs.symlinkSync(path.join(tmp, 'dir', 'file'), path.join(tmp, 'fl'));
fs.symlinkSync('missing', path.join(tmp, 'dangling'));
fs.symlinkSync('loop-b', path.join(tmp, 'loop-a'));
fs.symlinkSync('loop-a', path.join(tmp, 'loop-b'));

assert.strictEqual(fs.readlinkSync(path.join(tmp, 'dl')), 'dir');
assert.deepStrictEqual(fs.readlinkSync(path.join(tmp, 'dl'), 'buffer'), Buffer.from('dir'));
assert.throws(() => fs.readlinkSync(path.join(tmp, 'dir')), { code: 'EINVAL', syscall: 'readlink' });
assert.throws(() => fs.symlinkSync('x', path.join(tmp, 'dl')), {
  code: 'EEXIST', syscall: 'symlink', path: 'x', dest: path.join(tmp, 'dl'),
});
assert.throws(() => fs.symlinkSync('x', path.join(tmp, 'y'), 'weird'), { code: 'ERR_FS_INVALID_SYMLINK_TYPE' });

fs.linkSync(path.join(tmp, 'dir', 'file'), path.join(tmp, 'hard'));
assert.strictEqual(fs.statSync(path.join(tmp, 'hard')).nlink, 2);

assert.strictEqual(fs.realpathSync(path.join(tmp, 'dl', 'file')), path.join(tmp, 'dir', 'file'));
assert.strictEqual(fs.realpathSync(path.join(tmp, 'fl')), path.join(tmp, 'dir', 'file'));
assert.strictEqual(fs.realpathSync.native(path.join(tmp, 'dl', '..', 'fl')), path.join(tmp, 'dir', 'file'));
assert.deepStrictEqual(fs.realpathSync(path.join(tmp, 'dl'), 'buffer'), Buffer.from(path.join(tmp, 'dir')));
// Errors name the component that failed, like Node's JavaScript realpath.
assert.throws(() => fs.realpathSync(path.join(tmp, 'dangling')), {
  code: 'ENOENT', syscall: 'stat', path: path.join(tmp, 'dangling'),
});
assert.throws(() => fs.realpathSync(path.join(tmp, 'nope', 'x')), {
  code: 'ENOENT', syscall: 'lstat', path: path.join(tmp, 'nope'),
});
assert.throws(() => fs.realpathSync(path.join(tmp, 'loop-a')), { code: 'ELOOP' });
assert.throws(() => fs.realpathSync.native(path.join(tmp, 'dangling')), {
  code: 'ENOENT', syscall: 'realpath',
});

let n = 0;
fs.realpath(path.join(tmp, 'dl'), (err, p) => {
  assert.ifError(err);
  assert.strictEqual(p, path.join(tmp, 'dir'));
  n++;
});
fs.realpath.native(path.join(tmp, 'dangling'), (err) => {
  assert.strictEqual(err.code, 'ENOENT');
  n++;
});
fs.readlink(path.join(tmp, 'fl'), (err, t) => {
  assert.ifError(err);
  assert.strictEqual(t, path.join(tmp, 'dir', 'file'));
  n++;
});
fs.promises.realpath(path.join(tmp, 'dl')).then((p) => {
  assert.strictEqual(p, path.join(tmp, 'dir'));
  n++;
});
fs.symlink('dir', path.join(tmp, 'cbl'), (err) => {
  assert.ifError(err);
  assert(fs.lstatSync(path.join(tmp, 'cbl')).isSymbolicLink());
  n++;
});
process.on('exit', () => assert.strictEqual(n, 5));
