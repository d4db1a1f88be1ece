'use strict';
// fs.watch(dir, { recursive: true }) reports changes in subdirectories,
// including directories created after the watch started, relative to dir.
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(process.env.MOSAIC_TEST_TMPDIR || require('os').tmpdir(), 'fs-wr-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
fs.mkdirSync(path.join(tmp, 'a', 'b'), { recursive: true });

const seen = new Set();
let done = false;
const watcher = fs.watch(tmp, { recursive: true }, (type, name) => {
  seen.add(name);
  if (seen.has(path.join('a', 'b', 'old.txt')) && seen.has(path.join('new', 'inner', 'f.txt'))) {
    done = true;
    watcher.close();
    clearTimeout(failsafe);
  }
});

setTimeout(() => fs.writeFileSync(path.join(tmp, 'a', 'b', 'old.txt'), 'x'), 50);
setTimeout(() => fs.mkdirSync(path.join(tmp, 'new')), 100);
setTimeout(() => fs.mkdirSync(path.join(tmp, 'new', 'inner')), 300);
setTimeout(() => fs.writeFileSync(path.join(tmp, 'new', 'inner', 'f.txt'), 'x'), 500);
const failsafe = setTimeout(() => assert.fail(`missing events, saw ${[...seen]}`), 5000);

process.on('exit', () => assert(done));
