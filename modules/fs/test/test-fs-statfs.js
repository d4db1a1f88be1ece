'use strict';
// statfs in its three forms.
const assert = require('assert');
const fs = require('fs');

const keys = ['type', 'bsize', 'blocks', 'bfree', 'bavail', 'files', 'ffree'];
const s = fs.statfsSync('/');
assert.deepStrictEqual(Object.keys(s), keys);
assert(s.bsize > 0);
assert(s.blocks >= s.bfree);
for (const k of keys) assert.strictEqual(typeof s[k], 'number');
const b = fs.statfsSync('/', { bigint: true });
for (const k of keys) assert.strictEqual(typeof b[k], 'bigint');
assert.throws(() => fs.statfsSync('/no/such/dir'), { code: 'ENOENT', syscall: 'statfs' });

let n = 0;
fs.statfs('/', (err, r) => {
  assert.ifError(err);
  assert.deepStrictEqual(Object.keys(r), keys);
  n++;
});
fs.promises.statfs('/').then((r) => {
  assert(r.bsize > 0);
  n++;
});
process.on('exit', () => assert.strictEqual(n, 2));
