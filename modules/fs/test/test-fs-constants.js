'use strict';
// fs.constants: the Linux values Node exposes, on a null-prototype object.
const assert = require('assert');
const fs = require('fs');

const c = fs.constants;
assert.strictEqual(Object.getPrototypeOf(c), null);
assert.strictEqual(c, require('fs/promises').constants);
const expected = {
  O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2, O_CREAT: 64, O_EXCL: 128, O_TRUNC: 512, O_APPEND: 1024,
  O_DIRECTORY: 65536, O_NOFOLLOW: 131072, O_SYNC: 1052672, O_DSYNC: 4096, O_NONBLOCK: 2048,
  S_IFMT: 61440, S_IFREG: 32768, S_IFDIR: 16384, S_IFLNK: 40960, S_IFIFO: 4096,
  F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1,
  COPYFILE_EXCL: 1, COPYFILE_FICLONE: 2, COPYFILE_FICLONE_FORCE: 4,
  UV_FS_COPYFILE_EXCL: 1, UV_DIRENT_DIR: 2, UV_FS_SYMLINK_DIR: 1,
};
for (const [k, v] of Object.entries(expected)) assert.strictEqual(c[k], v, k);
assert.strictEqual(fs.F_OK, 0);
assert.strictEqual(typeof fs.promises, 'object');
for (const name of ['readFile', 'writeFile', 'stat', 'open', 'rm', 'cp', 'watch', 'opendir']) {
  assert.strictEqual(typeof fs.promises[name], 'function', name);
}
for (const name of ['Stats', 'Dirent', 'Dir', 'ReadStream', 'WriteStream']) {
  assert.strictEqual(typeof fs[name], 'function', name);
}
assert.strictEqual(fs.FileReadStream, fs.ReadStream);
