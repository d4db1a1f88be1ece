'use strict';
// cp/cpSync/promises.cp: recursive copies, filter, symlinks, and errors.
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(process.env.MOSAIC_TEST_TMPDIR || require('os').tmpdir(), 'fs-cp-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const src = path.join(tmp, 'src');
fs.mkdirSync(path.join(src, 'sub', 'deep'), { recursive: true });
fs.writeFileSync(path.join(src, 'a.txt'), 'A');
fs.writeFileSync(path.join(src, 'sub', 'b.log'), 'B');
fs.writeFileSync(path.join(src, 'sub', 'deep', 'c.txt'), 'C');
fs.symlinkSync('a.txt', path.join(src, 'link'));

const list = (d) => fs.readdirSync(d, { recursive: true }).sort();

assert.throws(() => fs.cpSync(src, path.join(tmp, 'x')), { code: 'ERR_FS_EISDIR' });
assert.throws(() => fs.cpSync(src, src, { recursive: true }), { code: 'ERR_FS_CP_EINVAL' });
assert.throws(() => fs.cpSync(src, path.join(src, 'sub', 'in'), { recursive: true }), {
  code: 'ERR_FS_CP_EINVAL',
});

const d1 = path.join(tmp, 'd1');
fs.cpSync(src, d1, { recursive: true });
assert.deepStrictEqual(list(d1), list(src));
assert.strictEqual(fs.readlinkSync(path.join(d1, 'link')), path.join(src, 'a.txt'));

const d2 = path.join(tmp, 'd2');
fs.cpSync(src, d2, { recursive: true, filter: (s) => !s.endsWith('.log'), verbatimSymlinks: true });
assert(!fs.existsSync(path.join(d2, 'sub', 'b.log')));
assert(fs.existsSync(path.join(d2, 'sub', 'deep', 'c.txt')));
assert.strictEqual(fs.readlinkSync(path.join(d2, 'link')), 'a.txt');

fs.writeFileSync(path.join(src, 'a.txt'), 'changed');
assert.throws(() => fs.cpSync(path.join(src, 'a.txt'), path.join(d1, 'a.txt'),
                             { force: false, errorOnExist: true }), { code: 'ERR_FS_CP_EEXIST' });
fs.cpSync(path.join(src, 'a.txt'), path.join(d1, 'a.txt'));
assert.strictEqual(fs.readFileSync(path.join(d1, 'a.txt'), 'utf8'), 'changed');

let n = 0;
fs.cp(src, path.join(tmp, 'd3'), { recursive: true, filter: async (s) => !s.endsWith('deep') }, (err) => {
  assert.ifError(err);
  assert(!fs.existsSync(path.join(tmp, 'd3', 'sub', 'deep')));
  n++;
});
fs.promises.cp(src, path.join(tmp, 'd4'), { recursive: true, dereference: true }).then(() => {
  assert(fs.lstatSync(path.join(tmp, 'd4', 'link')).isFile());
  n++;
});
process.on('exit', () => assert.strictEqual(n, 2));
