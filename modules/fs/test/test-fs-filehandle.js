'use strict';
// fs.promises.open and FileHandle: read/write/stat/truncate/readFile/
// writeFile/appendFile/chmod/utimes/sync, close semantics, 'close' event,
// operations on a closed handle.
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(process.env.MOSAIC_TEST_TMPDIR || require('os').tmpdir(), 'fs-fh-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const f = path.join(tmp, 'f');
fs.writeFileSync(f, 'hello world');

let done = false;
(async () => {
  const fh = await fs.promises.open(f, 'r+');
  assert.strictEqual(typeof fh.fd, 'number');
  assert.strictEqual(typeof fh.on, 'function');

  const r = await fh.read(Buffer.alloc(5), 0, 5, 0);
  assert.strictEqual(r.bytesRead, 5);
  assert.strictEqual(r.buffer.toString(), 'hello');
  const w = await fh.write('HE', 0);
  assert.strictEqual(w.bytesWritten, 2);
  assert.strictEqual(w.buffer, 'HE');
  await fh.write(Buffer.from('!'), 0, 1, 11);
  assert.strictEqual(await fh.readFile('utf8'), 'HEllo world!');
  const def = await fh.read({ buffer: Buffer.alloc(4), position: 6 });
  assert.strictEqual(def.buffer.toString(), 'worl');
  assert.strictEqual((await fh.stat()).size, 12);
  assert.strictEqual((await fh.stat({ bigint: true })).size, 12n);
  await fh.truncate(5);
  await fh.write(' again', 5);
  await fh.sync();
  await fh.datasync();
  await fh.chmod(0o600);
  await fh.utimes(10, 20);
  assert.strictEqual(fs.readFileSync(f, 'utf8'), 'HEllo again');
  assert.strictEqual(fs.statSync(f).mtimeMs, 20000);

  let closeEvents = 0;
  fh.on('close', () => closeEvents++);
  const pending = fh.read(Buffer.alloc(3), 0, 3, 0);  // close waits for it
  await fh.close();
  assert.strictEqual((await pending).bytesRead, 3);
  assert.strictEqual(fh.fd, -1);
  assert.strictEqual(closeEvents, 1);
  await fh.close();  // closing again is fine
  await assert.rejects(fh.read(Buffer.alloc(1), 0, 1, 0), {
    code: 'EBADF', syscall: 'read', message: 'file closed',
  });
  await assert.rejects(fh.stat(), { code: 'EBADF', syscall: 'fstat' });

  // Through fs.promises.readFile/writeFile with a handle.
  const fh2 = await fs.promises.open(path.join(tmp, 'g'), 'w+');
  await fs.promises.writeFile(fh2, 'via handle');
  assert.strictEqual(await fs.promises.readFile(fh2, 'utf8'), '');  // position is at the end
  assert.strictEqual((await fh2.read(Buffer.alloc(3), 0, 3, 0)).buffer.toString(), 'via');
  await fh2.close();

  await assert.rejects(fs.promises.open(path.join(tmp, 'nope')), { code: 'ENOENT', syscall: 'open' });
  await assert.rejects(fs.promises.open(f, 'bad-flags'), { code: 'ERR_INVALID_ARG_VALUE' });

  // readLines
  fs.writeFileSync(path.join(tmp, 'lines'), 'one\ntwo\r\nthree');
  const fh3 = await fs.promises.open(path.join(tmp, 'lines'));
  const lines = [];
  for await (const line of fh3.readLines()) lines.push(line);
  assert.deepStrictEqual(lines, ['one', 'two', 'three']);
  done = true;
})().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});

process.on('exit', () => assert(done));
