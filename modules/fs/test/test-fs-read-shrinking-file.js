'use strict';
// A file that shrinks while it is being read: reads return what is left,
// streams end early without an error, readFile returns the new contents.
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(process.env.MOSAIC_TEST_TMPDIR || require('os').tmpdir(), 'fs-shrink-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));

// readSync after a truncate past the current position.
const file = path.join(tmp, 'shrinks');
fs.writeFileSync(file, Buffer.alloc(1000, 'a'));
const fd = fs.openSync(file, 'r');
const buf = Buffer.alloc(400);
assert.strictEqual(fs.readSync(fd, buf, 0, 400, null), 400);
fs.truncateSync(file, 500);
assert.strictEqual(fs.readSync(fd, buf, 0, 400, null), 100);
assert.strictEqual(fs.readSync(fd, buf, 0, 400, null), 0);
// readFileSync on the descriptor after it shrank again: reads to the end.
fs.truncateSync(file, 10);
assert.strictEqual(fs.readFileSync(fd).length, 0);
fs.closeSync(fd);

// A big file (read straight into a Buffer) truncated between fstat and read
// is simulated with a descriptor whose file shrinks after opening.
const big = path.join(tmp, 'big');
fs.writeFileSync(big, Buffer.alloc(6 * 1024 * 1024, 'b'));
const fd2 = fs.openSync(big, 'r');
fs.truncateSync(big, 1234);
assert.strictEqual(fs.readFileSync(fd2).length, 1234);
fs.closeSync(fd2);

// A stream whose file shrinks after the first chunk.
const streamed = path.join(tmp, 'streamed');
fs.writeFileSync(streamed, Buffer.alloc(64 * 1024, 'c'));
let total = 0;
let ended = false;
const rs = fs.createReadStream(streamed, { highWaterMark: 1024 });
rs.once('data', () => fs.truncateSync(streamed, 4096));
rs.on('data', (chunk) => { total += chunk.length; });
rs.on('error', assert.fail);
rs.on('end', () => { ended = true; });

// A file that grows: readFile sees everything written before it ran.
const grows = path.join(tmp, 'grows');
fs.writeFileSync(grows, 'x');
fs.appendFileSync(grows, 'y'.repeat(100000));
let grownLength;
fs.readFile(grows, (err, data) => {
  assert.ifError(err);
  grownLength = data.length;
});

process.on('exit', () => {
  assert(ended);
  assert(total >= 1024 && total <= 4096 + 1024, `total=${total}`);
  assert.strictEqual(grownLength, 100001);
});
