'use strict';
// A missing file fails the same way in all three forms: code, errno,
// syscall, path and Node's message.
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(process.env.MOSAIC_TEST_TMPDIR || require('os').tmpdir(), 'fs-enoent-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const missing = path.join(tmp, 'does-not-exist');

function expected(syscall, p = missing) {
  return {
    name: 'Error',
    code: 'ENOENT',
    errno: -2,
    syscall,
    path: p,
    message: `ENOENT: no such file or directory, ${syscall} '${p}'`,
  };
}

assert.throws(() => fs.readFileSync(missing), expected('open'));
assert.throws(() => fs.readFileSync(missing, 'utf8'), expected('open'));
assert.throws(() => fs.statSync(missing), expected('stat'));
assert.throws(() => fs.lstatSync(missing), expected('lstat'));
assert.throws(() => fs.openSync(missing, 'r'), expected('open'));
assert.throws(() => fs.readdirSync(missing), expected('scandir'));
assert.throws(() => fs.unlinkSync(missing), expected('unlink'));
assert.throws(() => fs.accessSync(missing), expected('access'));
assert.throws(() => fs.rmSync(missing), expected('lstat'));
assert.throws(() => fs.realpathSync(missing), expected('lstat'));
assert.throws(() => fs.realpathSync.native(missing), expected('realpath'));
assert.throws(() => fs.readlinkSync(missing), expected('readlink'));
assert.throws(() => fs.renameSync(missing, `${missing}2`), {
  ...expected('rename'),
  dest: `${missing}2`,
  message: `ENOENT: no such file or directory, rename '${missing}' -> '${missing}2'`,
});
assert.strictEqual(fs.statSync(missing, { throwIfNoEntry: false }), undefined);
assert.strictEqual(fs.existsSync(missing), false);
fs.rmSync(missing, { force: true });

let pending = 0;
function cbCheck(syscall) {
  pending++;
  return (err, ...rest) => {
    assert.strictEqual(rest.length, 0);
    assert.throws(() => { throw err; }, expected(syscall));
    pending--;
  };
}
fs.readFile(missing, cbCheck('open'));
fs.stat(missing, cbCheck('stat'));
fs.open(missing, 'r', cbCheck('open'));
fs.readdir(missing, cbCheck('scandir'));
fs.access(missing, cbCheck('access'));
fs.unlink(missing, cbCheck('unlink'));

(async () => {
  await assert.rejects(fs.promises.readFile(missing), expected('open'));
  await assert.rejects(fs.promises.stat(missing), expected('stat'));
  await assert.rejects(fs.promises.open(missing), expected('open'));
  await assert.rejects(fs.promises.readdir(missing), expected('scandir'));
  await assert.rejects(fs.promises.rm(missing), expected('lstat'));
  await fs.promises.rm(missing, { force: true });
})().then(() => { pending--; }, (err) => {
  console.error(err);
  process.exitCode = 1;
});
pending++;

process.on('exit', () => assert.strictEqual(pending, 0));
