'use strict';
// rm/rmSync/rmdir: recursive removal, force, maxRetries, and their errors.
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(process.env.MOSAIC_TEST_TMPDIR || require('os').tmpdir(), 'fs-rm-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));

function tree(root) {
  fs.mkdirSync(path.join(root, 'a', 'b', 'c'), { recursive: true });
  fs.writeFileSync(path.join(root, 'a', 'f'), 'x');
  fs.writeFileSync(path.join(root, 'a', 'b', 'c', 'g'), 'x');
  fs.symlinkSync('/', path.join(root, 'a', 'to-root'));
  return root;
}

const t1 = tree(path.join(tmp, 't1'));
assert.throws(() => fs.rmSync(t1), { code: 'ERR_FS_EISDIR' });
fs.rmSync(t1, { recursive: true });
assert(!fs.existsSync(t1));
assert(fs.existsSync('/'));

assert.throws(() => fs.rmSync(path.join(tmp, 'nope')), { code: 'ENOENT', syscall: 'lstat' });
fs.rmSync(path.join(tmp, 'nope'), { force: true });
fs.rmSync(path.join(tmp, 'nope'), { recursive: true, force: true });

const f = path.join(tmp, 'file');
fs.writeFileSync(f, 'x');
fs.rmSync(f);
assert(!fs.existsSync(f));

assert.throws(() => fs.rmSync(tmp, { recursive: 'yes' }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.rmSync(tmp, { maxRetries: -1 }), { code: 'ERR_OUT_OF_RANGE' });

// rmdir
const e = path.join(tmp, 'empty');
fs.mkdirSync(e);
fs.rmdirSync(e);
const t2 = tree(path.join(tmp, 't2'));
assert.throws(() => fs.rmdirSync(t2), { code: 'ENOTEMPTY', syscall: 'rmdir' });

let n = 0;
const t3 = tree(path.join(tmp, 't3'));
fs.rm(t3, { recursive: true, maxRetries: 2, retryDelay: 10 }, (err) => {
  assert.ifError(err);
  assert(!fs.existsSync(t3));
  n++;
});
const t4 = tree(path.join(tmp, 't4'));
fs.promises.rm(t4, { recursive: true }).then(() => {
  assert(!fs.existsSync(t4));
  return fs.promises.rm(t4);
}).then(assert.fail, (err) => {
  assert.strictEqual(err.code, 'ENOENT');
  n++;
});
process.on('exit', () => assert.strictEqual(n, 2));
