'use strict';
// parse/format round trips and format's precedence rules.
const assert = require('assert');
const path = require('path');

assert.deepStrictEqual(path.posix.parse('/home/user/dir/file.txt'),
                       { root: '/', dir: '/home/user/dir', base: 'file.txt', ext: '.txt', name: 'file' });
assert.deepStrictEqual(path.posix.parse('./a'), { root: '', dir: '.', base: 'a', ext: '', name: 'a' });
assert.deepStrictEqual(path.posix.parse('/'), { root: '/', dir: '/', base: '', ext: '', name: '' });
assert.deepStrictEqual(path.win32.parse('C:\\path\\dir\\file.txt'),
                       { root: 'C:\\', dir: 'C:\\path\\dir', base: 'file.txt', ext: '.txt', name: 'file' });
assert.deepStrictEqual(path.win32.parse('\\\\server\\share\\x.y'),
                       { root: '\\\\server\\share\\', dir: '\\\\server\\share\\', base: 'x.y', ext: '.y', name: 'x' });
for (const p of ['/a/b.c', 'a/b', '/a', 'a.b', '.bashrc', '/x/y/']) {
  const parsed = path.posix.parse(p);
  assert.strictEqual(path.posix.parse(path.posix.format(parsed)).base, parsed.base);
}
assert.strictEqual(path.posix.format({ root: '/', dir: '/home', base: 'f.txt' }), '/home/f.txt');
assert.strictEqual(path.posix.format({ root: '/', name: 'f', ext: 'txt' }), '/f.txt');
assert.strictEqual(path.posix.format({ dir: 'd', base: 'b', name: 'ignored', ext: '.x' }), 'd/b');
assert.strictEqual(path.win32.format({ dir: 'C:\\a', base: 'b' }), 'C:\\a\\b');
assert.throws(() => path.format(null), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "pathObject" argument must be of type object. Received null',
});
