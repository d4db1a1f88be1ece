'use strict';
// Recursive mkdir of a relative path inside a deleted working directory
// fails with ENOENT (sync, callback and promise forms) instead of retrying
// forever: '.' still stats as a directory there. (node 20 itself loops on
// the nested sync and callback cases.)
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const dir = fs.mkdtempSync(path.join(process.env.MOSAIC_TEST_TMPDIR || require('os').tmpdir(), 'fs-mkdir-cwd-'));
const home = process.cwd();
process.chdir(dir);
fs.rmdirSync(dir);
process.on('exit', () => process.chdir(home));

assert.throws(() => fs.mkdirSync('x', { recursive: true }), { code: 'ENOENT', syscall: 'mkdir' });
assert.throws(() => fs.mkdirSync('x/y/z', { recursive: true }), { code: 'ENOENT', syscall: 'mkdir' });
let called = 0;
fs.mkdir('x/y', { recursive: true }, (err) => {
  assert.strictEqual(err.code, 'ENOENT');
  called++;
});
fs.promises.mkdir('x', { recursive: true }).then(
  () => assert.fail('resolved'),
  (err) => { assert.strictEqual(err.code, 'ENOENT'); called++; });
process.on('exit', () => assert.strictEqual(called, 2));
