'use strict';
// fs.promises.writeFile with iterables, as node's: any sync or async
// iterable is written chunk by chunk (a view as it is, anything else
// through Buffer.from), even one that also looks like a stream, and an
// abort while the file is being opened rejects even with no chunks.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');

const file = path.join(process.env.MOSAIC_TEST_TMPDIR || os.tmpdir(), `writefile-iterables-${process.pid}.txt`);

(async () => {
  await fs.promises.writeFile(file, { pipe() {}, on() {}, *[Symbol.iterator]() { yield 'a'; yield 'b'; } });
  assert.strictEqual(fs.readFileSync(file, 'utf8'), 'ab');

  await fs.promises.writeFile(file, [[104, 105], 'x', new Uint8Array([33])]);
  assert.strictEqual(fs.readFileSync(file, 'utf8'), 'hix!');

  await fs.promises.writeFile(file, (async function* () { yield 'as'; yield Buffer.from('ync'); })());
  assert.strictEqual(fs.readFileSync(file, 'utf8'), 'async');

  const controller = new AbortController();
  const pending = fs.promises.writeFile(file, [], { signal: controller.signal });
  process.nextTick(() => controller.abort());
  await assert.rejects(pending, { name: 'AbortError' });

  await assert.rejects(fs.promises.writeFile(file, [5]), { code: 'ERR_INVALID_ARG_TYPE' });
  await assert.rejects(fs.promises.writeFile(file, new (require('stream').Stream)()), { code: 'ERR_INVALID_ARG_TYPE' });
  fs.unlinkSync(file);
})().then(() => { process.exitCode = 0; });
process.exitCode = 1;
