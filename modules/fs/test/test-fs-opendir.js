'use strict';
// opendir/Dir: readSync, read (callback and promise), async iteration that
// closes the handle, and the closed/concurrent-operation errors.
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(process.env.MOSAIC_TEST_TMPDIR || require('os').tmpdir(), 'fs-od-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const expected = [];
for (let i = 0; i < 70; i++) {
  fs.writeFileSync(path.join(tmp, `f${i}`), '');
  expected.push(`f${i}`);
}
fs.mkdirSync(path.join(tmp, 'sub'));
expected.push('sub');
expected.sort();

const dir = fs.opendirSync(tmp, { bufferSize: 7 });
assert(dir instanceof fs.Dir);
assert.strictEqual(dir.path, tmp);
const names = [];
let ent;
while ((ent = dir.readSync()) !== null) {
  assert(ent instanceof fs.Dirent);
  assert.strictEqual(ent.parentPath, tmp);
  if (ent.name === 'sub') assert(ent.isDirectory());
  names.push(ent.name);
}
assert.deepStrictEqual(names.sort(), expected);
dir.closeSync();
assert.throws(() => dir.readSync(), { code: 'ERR_DIR_CLOSED' });
assert.throws(() => dir.closeSync(), { code: 'ERR_DIR_CLOSED' });

assert.throws(() => fs.opendirSync(tmp, { bufferSize: 0 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => fs.opendirSync(path.join(tmp, 'nope')), { code: 'ENOENT', syscall: 'opendir' });

let n = 0;
fs.opendir(tmp, (err, d) => {
  assert.ifError(err);
  d.read((err2, first) => {
    assert.ifError(err2);
    assert(expected.includes(first.name));
    d.read(() => {});
    assert.throws(() => d.readSync(), { code: 'ERR_DIR_CONCURRENT_OPERATION' });
    d.close((err3) => {
      assert.ifError(err3);
      n++;
    });
  });
});

(async () => {
  const d = await fs.promises.opendir(tmp);
  const seen = [];
  for await (const e of d) seen.push(e.name);
  assert.deepStrictEqual(seen.sort(), expected);
  await assert.rejects(d.close(), { code: 'ERR_DIR_CLOSED' });
  const d2 = await fs.promises.opendir(tmp);
  assert.strictEqual(typeof (await d2.read()).name, 'string');
  await d2.close();
  await assert.rejects(fs.promises.opendir(path.join(tmp, 'nope')), { code: 'ENOENT' });
  n++;
})().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});

process.on('exit', () => assert.strictEqual(n, 2));
