'use strict';
// stat/lstat/fstat: Stats and BigIntStats fields, Dates, *Ms and *Ns, the
// is*() methods, throwIfNoEntry.
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(process.env.MOSAIC_TEST_TMPDIR || require('os').tmpdir(), 'fs-stat-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const file = path.join(tmp, 'f');
fs.writeFileSync(file, '12345');
fs.utimesSync(file, 1000.25, 2000.5);
fs.symlinkSync('f', path.join(tmp, 'l'));

const fields = ['dev', 'mode', 'nlink', 'uid', 'gid', 'rdev', 'blksize', 'ino', 'size', 'blocks',
                'atimeMs', 'mtimeMs', 'ctimeMs', 'birthtimeMs', 'atime', 'mtime', 'ctime', 'birthtime'];
const st = fs.statSync(file);
assert(st instanceof fs.Stats);
assert.deepStrictEqual(Object.keys(st), fields);
assert.strictEqual(st.size, 5);
assert(st.isFile());
assert(!st.isDirectory() && !st.isSymbolicLink() && !st.isFIFO() && !st.isSocket() &&
       !st.isBlockDevice() && !st.isCharacterDevice());
assert.strictEqual(st.mode & 0o170000, fs.constants.S_IFREG);
assert.strictEqual(st.atimeMs, 1000250);
assert.strictEqual(st.mtimeMs, 2000500);
assert(st.mtime instanceof Date);
assert.strictEqual(st.mtime.getTime(), 2000500);
assert.strictEqual(st.nlink, 1);
assert.strictEqual(st.uid, process.getuid());

const big = fs.statSync(file, { bigint: true });
assert.deepStrictEqual(Object.keys(big), [...fields.slice(0, 14),
  'atimeNs', 'mtimeNs', 'ctimeNs', 'birthtimeNs', ...fields.slice(14)]);
assert.strictEqual(big.size, 5n);
assert.strictEqual(big.mtimeNs, 2000500000000n);
assert.strictEqual(big.mtimeMs, 2000500n);
assert.strictEqual(big.ino, BigInt(st.ino));
assert(big.isFile());
assert.strictEqual(big.constructor.name, 'BigIntStats');

assert(fs.lstatSync(path.join(tmp, 'l')).isSymbolicLink());
assert(fs.statSync(path.join(tmp, 'l')).isFile());
assert(fs.statSync(tmp).isDirectory());
if (fs.existsSync('/dev/null')) assert(fs.statSync('/dev/null').isCharacterDevice());

const fd = fs.openSync(file, 'r');
assert.strictEqual(fs.fstatSync(fd).ino, st.ino);
assert.strictEqual(fs.fstatSync(fd, { bigint: true }).size, 5n);

assert.strictEqual(fs.statSync(path.join(tmp, 'nope'), { throwIfNoEntry: false }), undefined);
assert.strictEqual(fs.lstatSync(path.join(tmp, 'nope'), { throwIfNoEntry: false }), undefined);
assert.throws(() => fs.statSync(path.join(tmp, 'f', 'x'), { throwIfNoEntry: false }), { code: 'ENOTDIR' });

let n = 0;
fs.stat(file, (err, s) => {
  assert.ifError(err);
  assert.strictEqual(s.size, 5);
  n++;
});
fs.lstat(path.join(tmp, 'l'), { bigint: true }, (err, s) => {
  assert.ifError(err);
  assert(s.isSymbolicLink());
  assert.strictEqual(typeof s.size, 'bigint');
  n++;
});
fs.fstat(fd, (err, s) => {
  assert.ifError(err);
  assert.strictEqual(s.ino, st.ino);
  fs.closeSync(fd);
  n++;
});
fs.promises.stat(file, { bigint: true }).then((s) => {
  assert.strictEqual(s.mtimeNs, 2000500000000n);
  n++;
});

// Many concurrent stats share the binding's result array: none may mix up.
const names = [];
for (let i = 0; i < 50; i++) {
  const p = path.join(tmp, `s${i}`);
  fs.writeFileSync(p, 'x'.repeat(i));
  names.push(p);
}
Promise.all(names.map((p) => fs.promises.stat(p))).then((all) => {
  all.forEach((s, i) => assert.strictEqual(s.size, i));
  n++;
});

process.on('exit', () => assert.strictEqual(n, 5));
