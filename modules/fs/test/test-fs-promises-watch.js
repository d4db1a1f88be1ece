'use strict';
// fs.promises.watch: an async iterator of { eventType, filename } that an
// AbortSignal ends with an AbortError.
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(process.env.MOSAIC_TEST_TMPDIR || require('os').tmpdir(), 'fs-pw-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));

const ac = new AbortController();
let got;
(async () => {
  setTimeout(() => fs.writeFileSync(path.join(tmp, 'x.txt'), 'x'), 50);
  try {
    for await (const event of fs.promises.watch(tmp, { signal: ac.signal })) {
      got = event;
      ac.abort();
    }
    assert.fail('iteration should end with an AbortError');
  } catch (err) {
    assert.strictEqual(err.name, 'AbortError');
  }
  await assert.rejects(fs.promises.watch(path.join(tmp, 'missing')).next(), { code: 'ENOENT' });
})().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});

const failsafe = setTimeout(() => assert.fail('timed out'), 5000);
failsafe.unref();

process.on('exit', () => {
  assert(got);
  assert(got.eventType === 'rename' || got.eventType === 'change');
  assert.strictEqual(got.filename, 'x.txt');
});
