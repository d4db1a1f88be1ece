'use strict';
// path.relative for posix and win32 (case-insensitive there).
const assert = require('assert');
const path = require('path');

const posix = [
  ['/var/lib', '/var', '..'], ['/var/lib', '/bin', '../../bin'], ['/var/lib', '/var/lib', ''],
  ['/var/lib', '/var/apache', '../apache'], ['/var/', '/var/lib', 'lib'], ['/', '/var/lib', 'var/lib'],
  ['/foo/test', '/foo/test/bar/package.json', 'bar/package.json'], ['/foo/bar/baz-quux', '/foo/bar/baz', '../baz'],
  ['/baz-quux', '/baz', '../baz'], ['/page1/page2/foo', '/', '../../..'],
];
for (const [from, to, expected] of posix) {
  assert.strictEqual(path.posix.relative(from, to), expected, `${from} -> ${to}`);
}
const win32 = [
  ['c:/blah\\blah', 'd:/games', 'd:\\games'], ['c:/aaaa/bbbb', 'c:/aaaa', '..'], ['c:/aaaa/bbbb', 'c:/cccc', '..\\..\\cccc'],
  ['c:/AaAa/bbbb', 'c:/aaaa/bbbb', ''], ['c:/aaaa/', 'c:/aaaa/cccc', 'cccc'], ['C:\\foo\\test', 'C:\\foo\\test\\bar\\package.json', 'bar\\package.json'],
  ['\\\\foo\\bar', '\\\\foo\\bar\\baz', 'baz'], ['C:\\', 'C:\\foo', 'foo'],
  // 'İ' lower-cases to two code units: offsets must not drift.
  ['c:\\a\\İ', 'c:\\a\\İ\\test.txt', 'test.txt'],
  ['c:\\İ\\a\\İ', 'c:\\İ\\b\\İ\\test.txt', '..\\..\\b\\İ\\test.txt'],
  ['c:\\İ\\a', 'c:\\İ', '..'], ['c:\\İ', 'd:\\x', 'd:\\x'],
];
for (const [from, to, expected] of win32) {
  assert.strictEqual(path.win32.relative(from, to), expected, `${from} -> ${to}`);
}
