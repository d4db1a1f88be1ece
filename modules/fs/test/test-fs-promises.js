'use strict';
// The seed's promise example: fs/promises readFile/writeFile/appendFile,
// stat, readdir, rename and unlink, with async/await.
const assert = require('assert');
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');

assert.strictEqual(fsp, fs.promises);
assert.strictEqual(require('node:fs/promises'), fsp);

const tmp = fs.mkdtempSync(path.join(process.env.MOSAIC_TEST_TMPDIR || require('os').tmpdir(), 'fs-p-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));

let done = false;
(async () => {
  const file = path.join(tmp, 'notes.txt');
  await fsp.writeFile(file, 'first line\n');
  await fsp.appendFile(file, 'second line\n');
  assert.strictEqual(await fsp.readFile(file, 'utf8'), 'first line\nsecond line\n');
  const buf = await fsp.readFile(file);
  assert(Buffer.isBuffer(buf));
  assert.strictEqual(buf.length, 23);

  const st = await fsp.stat(file);
  assert(st.isFile());
  assert.strictEqual(st.size, 23);

  assert.deepStrictEqual(await fsp.readdir(tmp), ['notes.txt']);
  const moved = path.join(tmp, 'moved.txt');
  await fsp.rename(file, moved);
  await assert.rejects(fsp.access(file), { code: 'ENOENT', syscall: 'access' });
  await fsp.unlink(moved);
  assert.deepStrictEqual(await fsp.readdir(tmp), []);

  // Many at once (more than the thread pool has threads).
  const names = Array.from({ length: 64 }, (_, i) => path.join(tmp, `f${i}`));
  await Promise.all(names.map((n, i) => fsp.writeFile(n, `content ${i}`)));
  const contents = await Promise.all(names.map((n) => fsp.readFile(n, 'utf8')));
  contents.forEach((c, i) => assert.strictEqual(c, `content ${i}`));
  done = true;
})().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});

process.on('exit', () => assert(done));
