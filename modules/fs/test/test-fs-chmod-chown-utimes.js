'use strict';
// chmod/fchmod (numbers and octal strings), chown family on our own ids,
// utimes/futimes/lutimes with numbers, numeric strings and Dates.
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(process.env.MOSAIC_TEST_TMPDIR || require('os').tmpdir(), 'fs-mode-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const f = path.join(tmp, 'f');
fs.writeFileSync(f, 'x');
fs.symlinkSync('f', path.join(tmp, 'l'));

fs.chmodSync(f, 0o600);
assert.strictEqual(fs.statSync(f).mode & 0o777, 0o600);
fs.chmodSync(f, '644');
assert.strictEqual(fs.statSync(f).mode & 0o777, 0o644);
const fd = fs.openSync(f, 'r');
fs.fchmodSync(fd, 0o640);
assert.strictEqual(fs.statSync(f).mode & 0o777, 0o640);
assert.throws(() => fs.chmodSync(f, 'rwx'), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => fs.chmodSync(path.join(tmp, 'nope'), 0o600), { code: 'ENOENT', syscall: 'chmod' });
assert.strictEqual(fs.lchmod, undefined);

const uid = process.getuid();
const gid = process.getgid();
fs.chownSync(f, uid, gid);
fs.fchownSync(fd, uid, gid);
fs.lchownSync(path.join(tmp, 'l'), uid, gid);
fs.chownSync(f, -1, -1);
assert.throws(() => fs.chownSync(f, -2, gid), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => fs.chownSync(f, '0', gid), { code: 'ERR_INVALID_ARG_TYPE' });

fs.utimesSync(f, 100, new Date(200500));
let st = fs.statSync(f);
assert.strictEqual(st.atimeMs, 100000);
assert.strictEqual(st.mtimeMs, 200500);
fs.futimesSync(fd, '300', '400.25');
st = fs.statSync(f);
assert.strictEqual(st.mtimeMs, 400250);
fs.lutimesSync(path.join(tmp, 'l'), 5, 6);
assert.strictEqual(fs.lstatSync(path.join(tmp, 'l')).mtimeMs, 6000);
assert.strictEqual(fs.statSync(f).mtimeMs, 400250);
assert.throws(() => fs.utimesSync(f, 'soon', 1), { code: 'ERR_INVALID_ARG_TYPE' });
fs.closeSync(fd);

let n = 0;
fs.chmod(f, 0o700, (err) => {
  assert.ifError(err);
  fs.utimes(f, 1, 2, (err2) => {
    assert.ifError(err2);
    assert.strictEqual(fs.statSync(f).mtimeMs, 2000);
    n++;
  });
});
fs.promises.chown(f, uid, gid).then(() => fs.promises.lutimes(path.join(tmp, 'l'), 7, 8)).then(() => {
  assert.strictEqual(fs.lstatSync(path.join(tmp, 'l')).mtimeMs, 8000);
  n++;
});
fs.promises.lchmod(f, 0o600).then(assert.fail, (err) => {
  assert.strictEqual(err.code, 'ERR_METHOD_NOT_IMPLEMENTED');
  n++;
});
process.on('exit', () => assert.strictEqual(n, 3));
