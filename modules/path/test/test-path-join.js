'use strict';
// path.join for posix and win32.
const assert = require('assert');
const path = require('path');

const posix = [
  [[], '.'], [[''], '.'], [['', ''], '.'], [['a', 'b'], 'a/b'], [['/a', 'b/', '../c'], '/a/c'],
  [['a', '', 'b'], 'a/b'], [['./a', './b'], 'a/b'], [['a/', '/b'], 'a/b'], [['..', 'a'], '../a'],
  [['/', '..'], '/'], [['a', '..', '..'], '..'], [['a/', ''], 'a/'], [['//a'], '/a'], [['.', '.'], '.'],
];
for (const [args, expected] of posix) {
  assert.strictEqual(path.posix.join(...args), expected, `posix.join(${JSON.stringify(args)})`);
}

const win32 = [
  [['a', 'b'], 'a\\b'], [['C:', 'a'], 'C:\\a'], [['C:\\', 'a'], 'C:\\a'], [['//server', 'share'], '\\\\server\\share\\'],
  [['\\\\server\\share', 'x'], '\\\\server\\share\\x'], [['//', 'a'], '\\a'], [['a', '..', '..', 'b'], '..\\b'],
  [['a/b', 'c\\d'], 'a\\b\\c\\d'], [['', ''], '.'], [['c:', '..'], 'c:\\'],
];
for (const [args, expected] of win32) {
  assert.strictEqual(path.win32.join(...args), expected, `win32.join(${JSON.stringify(args)})`);
}

assert.throws(() => path.join('a', null), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "path" argument must be of type string. Received null',
});
