'use strict';
// Bad arguments fail synchronously with Node's codes and messages, before
// any I/O happens (promise forms reject).
const assert = require('assert');
const fs = require('fs');

const pathType = {
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: 'The "path" argument must be of type string or an instance of Buffer or URL. ' +
    'Received type number (42)',
};
assert.throws(() => fs.readFileSync(42.5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.statSync(42), pathType);
assert.throws(() => fs.statSync('a\0b'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'path' must be a string, Uint8Array, or URL without null bytes. " +
    "Received 'a\\x00b'",
});
assert.throws(() => fs.readFile('/x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "cb" argument must be of type function. Received undefined',
});
assert.throws(() => fs.readFileSync('/x', 'utf9'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'encoding' is invalid encoding. Received 'utf9'",
});
assert.throws(() => fs.readFileSync('/x', 5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.openSync('/x', 'nope'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'flags' is invalid. Received 'nope'",
});
assert.throws(() => fs.openSync('/x', 'r', 'rw'), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => fs.closeSync(-1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "fd" is out of range. It must be >= 0 && <= 2147483647. Received -1',
});
assert.throws(() => fs.closeSync('3'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.readSync(0, Buffer.alloc(2), 0, 1, 'x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "position" argument must be of type bigint or integer. Received type string (\'x\')',
});
assert.throws(() => fs.writeFileSync('/x', 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "data" argument must be of type string or an instance of Buffer, TypedArray, ' +
    'or DataView. Received type number (5)',
});
assert.throws(() => fs.accessSync('/', 'r'), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'mode must be int32 or null/undefined',
});
assert.throws(() => fs.accessSync('/', 8), {
  name: 'RangeError', code: 'ERR_OUT_OF_RANGE', message: 'mode is out of range: >= 0 && <= 7',
});
assert.throws(() => fs.utimesSync('/', 'now', 0), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.chownSync('/', 1.5, 0), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => fs.mkdirSync('/x', { recursive: 'yes' }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.rmSync('/x', { retryDelay: -1 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => fs.writevSync(1, 'x'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.copyFileSync('/a', '/b', 100), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => fs.symlinkSync('/a', '/b', 'what'), { code: 'ERR_FS_INVALID_SYMLINK_TYPE' });
assert.throws(() => fs.watchFile('/x'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.readFileSync(new URL('http://example.com/')), { code: 'ERR_INVALID_URL_SCHEME' });
assert.throws(() => fs.readFileSync(new URL('file://remote/x')), { code: 'ERR_INVALID_FILE_URL_HOST' });
assert.throws(() => fs.readFileSync(new URL('file:///a%2fb')), { code: 'ERR_INVALID_FILE_URL_PATH' });
assert.strictEqual(fs.existsSync(42), false);

let rejected = 0;
const expectReject = (p, code) => p.then(assert.fail, (err) => {
  assert.strictEqual(err.code, code);
  rejected++;
});
expectReject(fs.promises.readFile(42.5), 'ERR_INVALID_ARG_TYPE');
expectReject(fs.promises.open('/x', 'zz'), 'ERR_INVALID_ARG_VALUE');
expectReject(fs.promises.writeFile('/x', {}), 'ERR_INVALID_ARG_TYPE');
expectReject(fs.promises.mkdir('/x', { recursive: 1 }), 'ERR_INVALID_ARG_TYPE');
process.on('exit', () => assert.strictEqual(rejected, 4));

// writeSync checks a given offset as write() does (positional or in options).
{
  const os = require('os');
  const path = require('path');
  const file = path.join(process.env.MOSAIC_TEST_TMPDIR || os.tmpdir(), `write-sync-offset-${process.pid}`);
  const fd = fs.openSync(file, 'w');
  const data = Buffer.from('zyx');
  for (const offset of [false, true, '1']) {
    assert.throws(() => fs.writeSync(fd, data, { offset }), { code: 'ERR_INVALID_ARG_TYPE' });
    assert.throws(() => fs.writeSync(fd, data, offset), { code: 'ERR_INVALID_ARG_TYPE' });
  }
  assert.throws(() => fs.writeSync(fd, data, { offset: -1 }), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "offset" is out of range. It must be >= 0 && <= 9007199254740991. Received -1',
  });
  assert.throws(() => fs.writeSync(fd, data, 1.5), { code: 'ERR_OUT_OF_RANGE' });
  assert.strictEqual(fs.writeSync(fd, data, { offset: 1 }), 2);
  assert.strictEqual(fs.writeSync(fd, data, null), 3);
  fs.closeSync(fd);
  fs.unlinkSync(file);
}
