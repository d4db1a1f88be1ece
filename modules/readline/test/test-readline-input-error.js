'use strict';
// The input stream's errors are the interface's: an 'error' listener gets
// them, and for..await over the lines rejects with them, as in node.
const assert = require('assert');
const fs = require('fs');
const readline = require('readline');

let seen = 0;
const rl = readline.createInterface({ input: fs.createReadStream('/nonexistent/mosaic-input') });
rl.on('error', (err) => {
  assert.strictEqual(err.code, 'ENOENT');
  seen++;
});

(async () => {
  const lines = readline.createInterface({ input: fs.createReadStream('/nonexistent/mosaic-input') });
  await assert.rejects(async () => {
    for await (const line of lines) assert.fail(`unexpected line ${line}`);
  }, { code: 'ENOENT' });
  seen++;
})();
process.on('exit', () => assert.strictEqual(seen, 2));
