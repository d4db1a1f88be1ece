'use strict';
// Running out of descriptors: open() fails with EMFILE in every form, and
// everything works again once descriptors are closed.
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(process.env.MOSAIC_TEST_TMPDIR || require('os').tmpdir(), 'fs-emfile-'));
const file = path.join(tmp, 'f');
fs.writeFileSync(file, 'content');

const fds = [];
const cleanup = () => {
  while (fds.length) fs.closeSync(fds.pop());
  fs.rmSync(tmp, { recursive: true, force: true });
};
process.on('exit', cleanup);

let emfile;
for (let i = 0; i < 100000; i++) {
  try {
    fds.push(fs.openSync(file, 'r'));
  } catch (err) {
    emfile = err;
    break;
  }
}
if (emfile === undefined) {
  console.log('skipped: the descriptor limit is above 100000');
  process.exit(0);
}
assert.strictEqual(emfile.code, 'EMFILE');
assert.strictEqual(emfile.syscall, 'open');
assert.strictEqual(emfile.path, file);
assert.strictEqual(emfile.message, `EMFILE: too many open files, open '${file}'`);
assert.throws(() => fs.readFileSync(file), { code: 'EMFILE', syscall: 'open' });
// Built-in modules still load with no descriptor left (on Mosaic their
// plugins are opened on first require, with a descriptor kept for that).
assert.strictEqual(typeof require('querystring').parse, 'function');
assert.strictEqual(require('string_decoder').StringDecoder.name, 'StringDecoder');

let asyncDone = false;
fs.readFile(file, (err) => {
  assert.strictEqual(err.code, 'EMFILE');
  fs.promises.readFile(file).then(assert.fail, (err2) => {
    assert.strictEqual(err2.code, 'EMFILE');
    // Free a few: work resumes.
    for (let i = 0; i < 16; i++) fs.closeSync(fds.pop());
    fs.readFile(file, 'utf8', (err3, data) => {
      assert.ifError(err3);
      assert.strictEqual(data, 'content');
      asyncDone = true;
    });
  });
});

process.on('exit', () => assert(asyncDone));
