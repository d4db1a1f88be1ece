'use strict';
// access with modes, exists (callback gets a boolean), existsSync.
const assert = require('assert');
const fs = require('fs');
const path = require('path');
const util = require('util');

const tmp = fs.mkdtempSync(path.join(process.env.MOSAIC_TEST_TMPDIR || require('os').tmpdir(), 'fs-access-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const f = path.join(tmp, 'f');
fs.writeFileSync(f, '');
fs.chmodSync(f, 0o644);
const { F_OK, R_OK, W_OK, X_OK } = fs.constants;
assert.deepStrictEqual([fs.F_OK, fs.R_OK, fs.W_OK, fs.X_OK], [F_OK, R_OK, W_OK, X_OK]);

fs.accessSync(f);
fs.accessSync(f, R_OK | W_OK);
assert.throws(() => fs.accessSync(f, X_OK), { code: 'EACCES', syscall: 'access', path: f });
assert.throws(() => fs.accessSync(path.join(tmp, 'nope')), { code: 'ENOENT' });
assert.strictEqual(fs.existsSync(f), true);
assert.strictEqual(fs.existsSync(path.join(tmp, 'nope')), false);
assert.strictEqual(fs.existsSync(), false);
assert.strictEqual(fs.existsSync('bad\0path'), false);

let n = 0;
fs.access(f, W_OK, (err) => {
  assert.strictEqual(err, null);
  n++;
});
fs.access(f, X_OK, (err) => {
  assert.strictEqual(err.code, 'EACCES');
  n++;
});
fs.exists(f, (exists) => {
  assert.strictEqual(exists, true);
  n++;
});
fs.exists(path.join(tmp, 'nope'), (exists) => {
  assert.strictEqual(exists, false);
  n++;
});
util.promisify(fs.exists)(f).then((exists) => {
  assert.strictEqual(exists, true);
  n++;
});
fs.promises.access(f, R_OK).then((v) => {
  assert.strictEqual(v, undefined);
  n++;
});
process.on('exit', () => assert.strictEqual(n, 6));
