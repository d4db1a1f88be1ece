'use strict';
// writeFile/appendFile: strings with encodings, typed arrays, mode, flag,
// flush, descriptors; promise forms with iterables and async iterables.
const assert = require('assert');
const fs = require('fs');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(process.env.MOSAIC_TEST_TMPDIR || require('os').tmpdir(), 'fs-wf-'));
process.on('exit', () => fs.rmSync(tmp, { recursive: true, force: true }));
const f = path.join(tmp, 'f');

fs.writeFileSync(f, 'héllo');
assert.deepStrictEqual(fs.readFileSync(f), Buffer.from('héllo'));
fs.writeFileSync(f, 'héllo', 'latin1');
assert.deepStrictEqual(fs.readFileSync(f), Buffer.from('héllo', 'latin1'));
fs.writeFileSync(f, 'hé', { encoding: 'utf16le' });
assert.deepStrictEqual(fs.readFileSync(f), Buffer.from('hé', 'utf16le'));
fs.writeFileSync(f, 'cafebabe', 'hex');
assert.deepStrictEqual(fs.readFileSync(f), Buffer.from([0xca, 0xfe, 0xba, 0xbe]));
fs.writeFileSync(f, new Uint16Array([0x4241]));
assert.strictEqual(fs.readFileSync(f, 'latin1'), 'AB');
fs.writeFileSync(f, new DataView(new ArrayBuffer(2)));
assert.deepStrictEqual(fs.readFileSync(f), Buffer.alloc(2));
fs.writeFileSync(f, 'x', { mode: 0o600, flag: 'w', flush: true });
assert.throws(() => fs.writeFileSync(f, 'x', { flag: 'wx' }), { code: 'EEXIST', syscall: 'open' });

const m = path.join(tmp, 'mode');
fs.writeFileSync(m, '', { mode: 0o640 });
assert.strictEqual(fs.statSync(m).mode & 0o777, 0o640 & ~process.umask());

fs.appendFileSync(f, 'y');
fs.appendFileSync(f, Buffer.from('z'));
assert.strictEqual(fs.readFileSync(f, 'utf8'), 'xyz');
fs.appendFileSync(path.join(tmp, 'new'), 'created');
assert.strictEqual(fs.readFileSync(path.join(tmp, 'new'), 'utf8'), 'created');

const fd = fs.openSync(f, 'w');
fs.writeFileSync(fd, 'one');
fs.writeFileSync(fd, 'two');  // continues at the current position
fs.appendFileSync(fd, '!');
fs.closeSync(fd);
assert.strictEqual(fs.readFileSync(f, 'utf8'), 'onetwo!');

const big = Buffer.alloc(5 * 1024 * 1024, 'q');
fs.writeFileSync(path.join(tmp, 'big'), big);
assert(fs.readFileSync(path.join(tmp, 'big')).equals(big));

let done = false;
(async () => {
  await new Promise((resolve, reject) => fs.writeFile(f, 'cb', (e) => (e ? reject(e) : resolve())));
  await new Promise((resolve, reject) => fs.appendFile(f, '+', (e) => (e ? reject(e) : resolve())));
  assert.strictEqual(fs.readFileSync(f, 'utf8'), 'cb+');
  await fs.promises.writeFile(f, ['a', Buffer.from('b'), new Uint8Array([99])]);
  assert.strictEqual(fs.readFileSync(f, 'utf8'), 'abc');
  await fs.promises.writeFile(f, (async function* () {
    yield 'as';
    yield 'ync';
  })());
  assert.strictEqual(fs.readFileSync(f, 'utf8'), 'async');
  await fs.promises.appendFile(f, '!');
  assert.strictEqual(fs.readFileSync(f, 'utf8'), 'async!');
  await assert.rejects(fs.promises.writeFile(f, 42), { code: 'ERR_INVALID_ARG_TYPE' });
  await assert.rejects(fs.promises.writeFile(path.join(tmp, 'no', 'f'), 'x'), { code: 'ENOENT' });
  done = true;
})().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
process.on('exit', () => assert(done));
