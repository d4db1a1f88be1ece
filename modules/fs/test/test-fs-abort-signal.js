'use strict';
// AbortSignal support: readFile/writeFile in callback and promise forms
// fail with AbortError (cause: the reason) when the signal is aborted.
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(process.env.MOSAIC_TEST_TMPDIR || require('os').tmpdir(), 'fs-abort-'));
const f = path.join(tmp, 'f');
fs.writeFileSync(f, 'data');

const aborted = new AbortController();
aborted.abort('stop');
const isAbort = (err) => {
  assert.strictEqual(err.name, 'AbortError');
  assert.strictEqual(err.code, 'ABORT_ERR');
  assert.strictEqual(err.cause, 'stop');
  return true;
};

let n = 0;
// Like Node, an already-aborted signal fails the call right away.
fs.readFile(f, { signal: aborted.signal }, (err) => {
  assert(isAbort(err));
  n++;
});
fs.writeFile(f, 'x', { signal: aborted.signal }, (err) => {
  assert(isAbort(err));
  n++;
});
fs.promises.readFile(f, { signal: aborted.signal }).then(assert.fail, (err) => {
  assert(isAbort(err));
  n++;
});
fs.promises.writeFile(f, 'x', { signal: aborted.signal }).then(assert.fail, (err) => {
  assert(isAbort(err));
  n++;
});
assert.throws(() => fs.readFile(f, { signal: 'nope' }, () => {}), { code: 'ERR_INVALID_ARG_TYPE' });

// Aborting while a read is in flight.
const ac = new AbortController();
fs.readFile(f, { signal: ac.signal }, (err) => {
  assert.strictEqual(err.name, 'AbortError');
  n++;
});
ac.abort();

// A watcher closed by its signal.
const wac = new AbortController();
const w = fs.watch(tmp, { signal: wac.signal });
w.on('close', () => n++);
wac.abort();

process.on('exit', () => {
  assert.strictEqual(n, 6);
  assert.strictEqual(fs.readFileSync(f, 'utf8'), 'data');
});
// Cleanup last: the exit checks above still need the files.
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
