'use strict';
// path.resolve: right-to-left until absolute, relative to process.cwd().
const assert = require('assert');
const path = require('path');

const cwd = process.cwd();
assert.strictEqual(path.posix.resolve(), cwd);
assert.strictEqual(path.posix.resolve(''), cwd);
assert.strictEqual(path.posix.resolve('a'), `${cwd}/a`);
assert.strictEqual(path.posix.resolve('/a', 'b', '../c'), '/a/c');
assert.strictEqual(path.posix.resolve('/a', '/b'), '/b');
assert.strictEqual(path.posix.resolve('/a/', './'), '/a');
assert.strictEqual(path.posix.resolve('/', '..', '..'), '/');

assert.strictEqual(path.win32.resolve('C:\\a', 'b'), 'C:\\a\\b');
assert.strictEqual(path.win32.resolve('C:\\a', 'D:\\b', 'c'), 'D:\\b\\c');
assert.strictEqual(path.win32.resolve('\\\\server\\share', '..', 'x'), '\\\\server\\share\\x');
assert.strictEqual(path.win32.resolve('c:/ignore', 'd:\\a/b\\c/d', '\\e.exe'), 'd:\\e.exe');

assert.throws(() => path.resolve('a', 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "paths[1]" argument must be of type string. Received type number (5)',
});
