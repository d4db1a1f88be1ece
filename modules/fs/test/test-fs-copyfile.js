'use strict';
// copyFile and its modes (COPYFILE_EXCL, COPYFILE_FICLONE) in all forms.
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(process.env.MOSAIC_TEST_TMPDIR || require('os').tmpdir(), 'fs-cf-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const src = path.join(tmp, 'src');
const data = Buffer.alloc(200000, 'z');
fs.writeFileSync(src, data);

const { COPYFILE_EXCL, COPYFILE_FICLONE } = fs.constants;
const d1 = path.join(tmp, 'd1');
fs.copyFileSync(src, d1);
assert(fs.readFileSync(d1).equals(data));
assert.throws(() => fs.copyFileSync(src, d1, COPYFILE_EXCL), {
  code: 'EEXIST', syscall: 'copyfile', path: src, dest: d1,
  message: `EEXIST: file already exists, copyfile '${src}' -> '${d1}'`,
});
fs.copyFileSync(src, path.join(tmp, 'd2'), COPYFILE_FICLONE);
assert.throws(() => fs.copyFileSync(src, path.join(tmp, 'd3'), 8), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => fs.copyFileSync(path.join(tmp, 'nope'), d1), { code: 'ENOENT' });

let n = 0;
fs.copyFile(src, path.join(tmp, 'd4'), (err) => {
  assert.ifError(err);
  assert.strictEqual(fs.statSync(path.join(tmp, 'd4')).size, data.length);
  n++;
});
fs.promises.copyFile(src, d1, COPYFILE_EXCL).then(assert.fail, (err) => {
  assert.strictEqual(err.code, 'EEXIST');
  n++;
});
process.on('exit', () => assert.strictEqual(n, 2));
