'use strict';
// mkdtemp: six random characters after the prefix, in all forms.
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(process.env.MOSAIC_TEST_TMPDIR || require('os').tmpdir(), 'fs-mkdtemp-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const prefix = path.join(tmp, 'pre-');

const d = fs.mkdtempSync(prefix);
assert.strictEqual(d.length, prefix.length + 6);
assert(d.startsWith(prefix));
assert(fs.statSync(d).isDirectory());
assert.notStrictEqual(fs.mkdtempSync(prefix), d);
const b = fs.mkdtempSync(prefix, 'buffer');
assert(Buffer.isBuffer(b));
assert.strictEqual(b.toString().length, prefix.length + 6);
assert.throws(() => fs.mkdtempSync(path.join(tmp, 'no', 'x-')), {
  code: 'ENOENT', syscall: 'mkdtemp', path: path.join(tmp, 'no', 'x-XXXXXX'),
});
assert.throws(() => fs.mkdtempSync(5), { code: 'ERR_INVALID_ARG_TYPE' });

let n = 0;
fs.mkdtemp(prefix, (err, dir) => {
  assert.ifError(err);
  assert(dir.startsWith(prefix));
  n++;
});
fs.promises.mkdtemp(prefix).then((dir) => {
  assert(fs.statSync(dir).isDirectory());
  n++;
});
process.on('exit', () => assert.strictEqual(n, 2));
