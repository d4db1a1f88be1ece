'use strict';
// readdir: names (sorted as libuv returns them), withFileTypes Dirents,
// encodings, and the recursive forms.
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(process.env.MOSAIC_TEST_TMPDIR || require('os').tmpdir(), 'fs-rd-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
fs.mkdirSync(path.join(tmp, 'a', 'x'), { recursive: true });
fs.mkdirSync(path.join(tmp, 'b'));
fs.writeFileSync(path.join(tmp, 'f.txt'), '');
fs.writeFileSync(path.join(tmp, 'a', 'g.txt'), '');
fs.writeFileSync(path.join(tmp, 'a', 'x', 'h.txt'), '');
fs.symlinkSync('b', path.join(tmp, 'link'));

assert.deepStrictEqual(fs.readdirSync(tmp).sort(), ['a', 'b', 'f.txt', 'link']);
assert.deepStrictEqual(fs.readdirSync(path.join(tmp, 'b')), []);

const dirents = fs.readdirSync(tmp, { withFileTypes: true });
const byName = Object.fromEntries(dirents.map((d) => [d.name, d]));
assert(byName.a instanceof fs.Dirent);
assert(byName.a.isDirectory());
assert(byName['f.txt'].isFile());
assert(byName.link.isSymbolicLink());
assert.strictEqual(byName.a.parentPath, tmp);
assert.strictEqual(byName.a.path, tmp);

const bufs = fs.readdirSync(tmp, 'buffer');
assert(bufs.every(Buffer.isBuffer));
assert.deepStrictEqual(bufs.map(String).sort(), ['a', 'b', 'f.txt', 'link']);
assert.deepStrictEqual(fs.readdirSync(path.join(tmp, 'a'), 'hex').sort(),
                       [Buffer.from('g.txt').toString('hex'), Buffer.from('x').toString('hex')].sort());

const rec = fs.readdirSync(tmp, { recursive: true }).sort();
assert.deepStrictEqual(rec, ['a', path.join('a', 'g.txt'), path.join('a', 'x'),
                             path.join('a', 'x', 'h.txt'), 'b', 'f.txt', 'link']);
const recTypes = fs.readdirSync(tmp, { recursive: true, withFileTypes: true });
assert.strictEqual(recTypes.length, 7);
assert(recTypes.some((d) => d.name === 'h.txt' && d.parentPath === path.join(tmp, 'a', 'x')));

assert.throws(() => fs.readdirSync(path.join(tmp, 'f.txt')), { code: 'ENOTDIR', syscall: 'scandir' });
assert.throws(() => fs.readdirSync(tmp, { recursive: 'yes' }), { code: 'ERR_INVALID_ARG_TYPE' });

let n = 0;
fs.readdir(tmp, (err, names) => {
  assert.ifError(err);
  assert.deepStrictEqual(names.sort(), ['a', 'b', 'f.txt', 'link']);
  n++;
});
fs.readdir(tmp, { withFileTypes: true }, (err, ents) => {
  assert.ifError(err);
  assert.strictEqual(ents.length, 4);
  n++;
});
fs.promises.readdir(tmp, { recursive: true }).then((names) => {
  assert.deepStrictEqual(names.sort(), rec);
  n++;
});

// A large directory (beside tmp: the recursive listing above is pending).
const many = fs.mkdtempSync(path.join(process.env.MOSAIC_TEST_TMPDIR || require('os').tmpdir(), 'fs-rd-many-'));
process.on('exit', () => fs.rmSync(many, { recursive: true, force: true }));
for (let i = 0; i < 2000; i++) fs.writeFileSync(path.join(many, `entry-${i}`), '');
const listed = fs.readdirSync(many);
assert.strictEqual(listed.length, 2000);
assert.strictEqual(new Set(listed).size, 2000);

process.on('exit', () => assert.strictEqual(n, 3));
