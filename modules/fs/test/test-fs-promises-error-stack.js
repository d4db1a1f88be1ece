'use strict';
// A failed fs.promises call rejects with an error whose stack reaches the
// async function that awaited it, as node's do (it is made in a libuv
// callback, which has no user frames).
const assert = require('assert');
const fsp = require('fs').promises;

async function accessFromUser() {
  await fsp.access('/nonexistent/mosaic-test');
}
async function readFromUser() {
  await fsp.readFile('/nonexistent/mosaic-test');
}
async function statFromUser() {
  await fsp.stat('/nonexistent/mosaic-test');
}

(async () => {
  for (const fn of [accessFromUser, readFromUser, statFromUser]) {
    await assert.rejects(fn(), (err) => {
      assert.strictEqual(err.code, 'ENOENT');
      assert.match(err.stack, new RegExp(`^Error: ENOENT: no such file or directory`));
      assert.match(err.stack, new RegExp(`at async ${fn.name} \\(`));
      return true;
    });
  }
  process.exitCode = 0;
})();
process.exitCode = 1;
