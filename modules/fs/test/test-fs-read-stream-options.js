'use strict';
// createReadStream reads inherited options too (node copies them with
// for...in), and autoClose: false keeps the stream and its fd after a read
// error: 'error' is emitted, nothing is destroyed or closed.
const assert = require('assert');
const fs = require('fs');

const inherited = fs.createReadStream(__filename, Object.create({ start: 1, end: 4, encoding: 'latin1' }));
assert.strictEqual(inherited.start, 1);
assert.strictEqual(inherited.end, 4);
let text = '';
inherited.on('data', (chunk) => { text += chunk; });
inherited.on('end', () => assert.strictEqual(text, fs.readFileSync(__filename, 'latin1').slice(1, 5)));

const ws = fs.createWriteStream('/dev/null', Object.create({ flags: 'a', encoding: 'hex' }));
assert.strictEqual(ws.flags, 'a');
ws.end('41');

// An fd that is a directory: read(2) fails with EISDIR.
const fd = fs.openSync(__dirname, 'r');
const kept = fs.createReadStream(null, { fd, autoClose: false });
let errors = 0;
kept.on('data', () => assert.fail('data'));
kept.on('error', (err) => {
  assert.strictEqual(err.code, 'EISDIR');
  errors++;
});
kept.on('close', () => assert.fail('closed'));
process.on('exit', () => {
  assert.strictEqual(errors, 1);
  assert.strictEqual(kept.destroyed, false);
  assert.strictEqual(kept.closed, false);
  assert.strictEqual(kept.fd, fd);
  assert.strictEqual(kept.errored.code, 'EISDIR');
  fs.fstatSync(fd);  // still open
  fs.closeSync(fd);
});

// With autoClose (the default) the same error destroys the stream and
// closes the fd.
const fd2 = fs.openSync(__dirname, 'r');
const closing = fs.createReadStream(null, { fd: fd2 });
closing.on('error', (err) => assert.strictEqual(err.code, 'EISDIR'));
closing.on('close', () => {
  assert.strictEqual(closing.destroyed, true);
  assert.throws(() => fs.fstatSync(fd2), { code: 'EBADF' });
});
