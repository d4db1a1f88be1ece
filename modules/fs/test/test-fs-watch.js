'use strict';
// The seed's watch example: fs.watch reports a change to a file in a
// watched directory; close() stops it and emits 'close'.
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(process.env.MOSAIC_TEST_TMPDIR || require('os').tmpdir(), 'fs-watch-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));

const file = path.join(tmp, 'watched.txt');
fs.writeFileSync(file, 'v1');

let sawChange = false;
let closed = false;
const watcher = fs.watch(tmp, (eventType, filename) => {
  assert(eventType === 'change' || eventType === 'rename', eventType);
  if (filename !== 'watched.txt' || sawChange) return;
  sawChange = true;
  watcher.close();
  watcher.close();  // a second close is a no-op
});
assert(watcher instanceof require('events'));
watcher.on('close', () => {
  assert(!closed, 'close emitted once');
  closed = true;
  clearTimeout(failsafe);
});

setTimeout(() => fs.writeFileSync(file, 'v2'), 50);
const failsafe = setTimeout(() => assert.fail('no change event within 5s'), 5000);

// Watching something that does not exist throws a system error.
assert.throws(() => fs.watch(path.join(tmp, 'missing')), {
  code: 'ENOENT',
  syscall: 'watch',
  filename: path.join(tmp, 'missing'),
});

process.on('exit', () => {
  assert(sawChange);
  assert(closed);
});
