'use strict';
// Files over 2 GiB (sparse, so cheap) cannot be read whole:
// ERR_FS_FILE_TOO_LARGE in every form; positioned reads past 2 GiB work.
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(process.env.MOSAIC_TEST_TMPDIR || require('os').tmpdir(), 'fs-large-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const f = path.join(tmp, 'sparse');
const size = 3 * 1024 ** 3;
fs.truncateSync(fs.closeSync(fs.openSync(f, 'w')) || f, size);
const fd = fs.openSync(f, 'r+');
fs.writeSync(fd, 'tail', size - 4);
const b = Buffer.alloc(4);
assert.strictEqual(fs.readSync(fd, b, 0, 4, size - 4), 4);
assert.strictEqual(b.toString(), 'tail');
assert.strictEqual(fs.readSync(fd, b, 0, 4, BigInt(size - 4)), 4);
fs.closeSync(fd);
assert.strictEqual(fs.statSync(f).size, size);
assert.strictEqual(fs.statSync(f, { bigint: true }).size, BigInt(size));

const tooLarge = {
  name: 'RangeError',
  code: 'ERR_FS_FILE_TOO_LARGE',
  message: `File size (${size}) is greater than 2 GiB`,
};
assert.throws(() => fs.readFileSync(f), tooLarge);
// Node checks a utf8 read against the longest possible string first.
assert.throws(() => fs.readFileSync(f, 'utf8'), { code: 'ERR_STRING_TOO_LONG' });
assert.throws(() => fs.readFileSync(f, 'latin1'), tooLarge);
let n = 0;
fs.readFile(f, (err) => {
  assert.throws(() => { throw err; }, tooLarge);
  n++;
});
fs.promises.readFile(f).then(assert.fail, (err) => {
  assert.throws(() => { throw err; }, tooLarge);
  n++;
});
process.on('exit', () => assert.strictEqual(n, 2));
