'use strict';
// readFileSync: encodings, empty files, descriptors (read from the current
// position), large files and the `flag` option.
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(process.env.MOSAIC_TEST_TMPDIR || require('os').tmpdir(), 'fs-rfs-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));

const file = path.join(tmp, 'data.bin');
const bytes = Buffer.from([0x68, 0xc3, 0xa9, 0x00, 0xff, 0x41]);
fs.writeFileSync(file, bytes);

assert.deepStrictEqual(fs.readFileSync(file), bytes);
assert.strictEqual(fs.readFileSync(file, 'hex'), bytes.toString('hex'));
assert.strictEqual(fs.readFileSync(file, { encoding: 'latin1' }), bytes.toString('latin1'));
assert.strictEqual(fs.readFileSync(file, 'base64'), bytes.toString('base64'));
assert.strictEqual(fs.readFileSync(file, 'utf8'), bytes.toString('utf8'));
assert.strictEqual(fs.readFileSync(file, 'ucs2'), bytes.toString('ucs2'));

const empty = path.join(tmp, 'empty');
fs.writeFileSync(empty, '');
assert.strictEqual(fs.readFileSync(empty).length, 0);
assert.strictEqual(fs.readFileSync(empty, 'utf8'), '');

// A descriptor is read from its current position and left open.
const fd = fs.openSync(file, 'r');
fs.readSync(fd, Buffer.alloc(3), 0, 3, null);
assert.deepStrictEqual(fs.readFileSync(fd), bytes.subarray(3));
assert.strictEqual(fs.fstatSync(fd).size, bytes.length);
fs.closeSync(fd);

// Large enough for the direct-to-Buffer path.
const big = Buffer.alloc(3 * 1024 * 1024 + 17);
for (let i = 0; i < big.length; i++) big[i] = (i * 31) & 0xff;
const bigFile = path.join(tmp, 'big');
fs.writeFileSync(bigFile, big);
assert(fs.readFileSync(bigFile).equals(big));
assert.strictEqual(fs.readFileSync(bigFile, 'latin1').length, big.length);

// flag: 'a+' creates the file.
assert.strictEqual(fs.readFileSync(path.join(tmp, 'created'), { flag: 'a+', encoding: 'utf8' }), '');
assert(fs.existsSync(path.join(tmp, 'created')));

// /proc files report size 0 but have content.
if (fs.existsSync('/proc/self/status')) {
  assert.match(fs.readFileSync('/proc/self/status', 'utf8'), /Pid:/);
}
