'use strict';
// Paths as strings, Buffers, Uint8Arrays and file: URL objects; relative
// paths resolve against process.cwd(); 'file:' strings are plain paths.
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const tmp = fs.realpathSync(fs.mkdtempSync(path.join(process.env.MOSAIC_TEST_TMPDIR || require('os').tmpdir(), 'fs-paths-')));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const name = 'ünïcødé file #1?.txt';
const f = path.join(tmp, name);
fs.writeFileSync(f, 'content');

assert.strictEqual(fs.readFileSync(Buffer.from(f), 'utf8'), 'content');
assert.strictEqual(fs.readFileSync(new Uint8Array(Buffer.from(f)), 'utf8'), 'content');
const url = new URL(`file://${tmp}/`);
url.pathname += encodeURIComponent(name);
assert.strictEqual(fs.readFileSync(url, 'utf8'), 'content');
assert(fs.statSync(url).isFile());
assert(fs.existsSync(url));
assert.throws(() => fs.readFileSync(`file://${f}`), { code: 'ENOENT' });

const cwd = process.cwd();
process.chdir(tmp);
try {
  assert.strictEqual(fs.readFileSync(name, 'utf8'), 'content');
  fs.mkdirSync('rel/dir', { recursive: true });
  fs.writeFileSync('rel/dir/x', 'y');
  assert.deepStrictEqual(fs.readdirSync('rel'), ['dir']);
  assert.strictEqual(fs.realpathSync('rel/dir/../dir/x'), path.join(tmp, 'rel', 'dir', 'x'));
  assert.throws(() => fs.statSync('rel/missing'), { path: 'rel/missing' });
} finally {
  process.chdir(cwd);
}

// Buffer paths with bytes that are not UTF-8.
const raw = Buffer.concat([Buffer.from(`${tmp}/`), Buffer.from([0xff, 0xfe, 0x41])]);
fs.writeFileSync(raw, 'raw');
assert.strictEqual(fs.readFileSync(raw, 'utf8'), 'raw');
assert(fs.readdirSync(tmp, 'buffer').some((b) => b.equals(Buffer.from([0xff, 0xfe, 0x41]))));
fs.unlinkSync(raw);

let n = 0;
fs.readFile(url, 'utf8', (err, data) => {
  assert.ifError(err);
  assert.strictEqual(data, 'content');
  n++;
});
fs.promises.stat(Buffer.from(f)).then((s) => {
  assert.strictEqual(s.size, 7);
  n++;
});
process.on('exit', () => assert.strictEqual(n, 2));
