'use strict';
// path.normalize, including trailing separators and the win32 hardening
// of relative paths that would otherwise read as drives or devices.
const assert = require('assert');
const path = require('path');

const posix = [
  ['', '.'], ['.', '.'], ['./', './'], ['a//b/../c/.', 'a/c'], ['/../a', '/a'], ['../../a/', '../../a/'],
  ['//a//b', '/a/b'], ['a/..', '.'], ['a/../', './'], ['/a/b/c/../../..', '/'],
];
for (const [input, expected] of posix) assert.strictEqual(path.posix.normalize(input), expected, input);

const win32 = [
  ['C:', 'C:.'], ['C:\\', 'C:\\'], ['C:..\\a', 'C:..\\a'], ['c:/a/../b', 'c:\\b'], ['//server/share', '\\\\server\\share\\'],
  ['\\\\?\\C:\\a\\..', '\\\\?\\C:'], ['a/b:c', 'a\\b:c'], ['a:', 'a:.'], ['x/../c:', '.\\c:'], ['CON:a', '.\\CON:a'],
  ['/', '\\'], ['a\\..\\..', '..'],
];
for (const [input, expected] of win32) assert.strictEqual(path.win32.normalize(input), expected, input);
