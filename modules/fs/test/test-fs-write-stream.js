'use strict';
// createWriteStream: flags, start, encoding, flush, bytesWritten, pending,
// events, close(cb), errors and many small writes (writev).
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(process.env.MOSAIC_TEST_TMPDIR || require('os').tmpdir(), 'fs-ws-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));

function closed(stream) {
  return new Promise((resolve, reject) => {
    stream.on('error', reject);
    stream.on('close', resolve);
  });
}

let done = false;
(async () => {
  const f = path.join(tmp, 'out');
  const ws = fs.createWriteStream(f);
  assert(ws instanceof fs.WriteStream);
  assert.strictEqual(ws.pending, true);
  const events = [];
  ws.on('open', () => events.push('open'));
  ws.on('ready', () => events.push('ready'));
  ws.on('finish', () => events.push('finish'));
  ws.write('hello ');
  ws.write(Buffer.from('world'));
  ws.end('!');
  await closed(ws);
  assert.deepStrictEqual(events, ['open', 'ready', 'finish']);
  assert.strictEqual(ws.bytesWritten, 12);
  assert.strictEqual(fs.readFileSync(f, 'utf8'), 'hello world!');

  const patch = fs.createWriteStream(f, { flags: 'r+', start: 6, encoding: 'latin1' });
  patch.end('WORLD');
  await closed(patch);
  assert.strictEqual(fs.readFileSync(f, 'utf8'), 'hello WORLD!');

  const app = fs.createWriteStream(f, { flags: 'a', flush: true });
  app.end('?');
  await closed(app);
  assert.strictEqual(fs.readFileSync(f, 'utf8'), 'hello WORLD!?');

  const many = fs.createWriteStream(path.join(tmp, 'many'), { highWaterMark: 16 });
  let expected = '';
  for (let i = 0; i < 500; i++) {
    many.write(`${i};`);
    expected += `${i};`;
  }
  many.end();
  await closed(many);
  assert.strictEqual(fs.readFileSync(path.join(tmp, 'many'), 'utf8'), expected);
  assert.strictEqual(many.bytesWritten, expected.length);

  const viaClose = fs.createWriteStream(path.join(tmp, 'c'));
  viaClose.write('data');
  await new Promise((resolve) => viaClose.close(resolve));
  assert.strictEqual(fs.readFileSync(path.join(tmp, 'c'), 'utf8'), 'data');

  const bad = fs.createWriteStream(path.join(tmp, 'no', 'such', 'dir'));
  await assert.rejects(closed(bad), { code: 'ENOENT', syscall: 'open' });
  assert.throws(() => fs.createWriteStream(f, { flush: 'yes' }), { code: 'ERR_INVALID_ARG_TYPE' });

  // Into a FileHandle.
  const fh = await fs.promises.open(path.join(tmp, 'fh'), 'w');
  const hs = fh.createWriteStream();
  hs.end('through a handle');
  await closed(hs);
  assert.strictEqual(fs.readFileSync(path.join(tmp, 'fh'), 'utf8'), 'through a handle');
  done = true;
})().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
process.on('exit', () => assert(done));
