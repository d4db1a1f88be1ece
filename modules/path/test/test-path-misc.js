'use strict';
// isAbsolute, dirname, toNamespacedPath, sep/delimiter and the module shape.
const assert = require('assert');
const path = require('path');

assert.strictEqual(path, path.posix);
assert.strictEqual(path.win32.posix, path.posix);
assert.strictEqual(path.posix.win32, path.win32);
assert.strictEqual(path.sep, '/');
assert.strictEqual(path.delimiter, ':');
assert.strictEqual(path.win32.sep, '\\');
assert.strictEqual(path.win32.delimiter, ';');
assert.strictEqual(path._makeLong, path.toNamespacedPath);

assert.strictEqual(path.posix.isAbsolute('/a'), true);
assert.strictEqual(path.posix.isAbsolute('a'), false);
assert.strictEqual(path.win32.isAbsolute('C:\\a'), true);
assert.strictEqual(path.win32.isAbsolute('C:a'), false);
assert.strictEqual(path.win32.isAbsolute('//server'), true);

assert.strictEqual(path.posix.dirname('/a/b/'), '/a');
assert.strictEqual(path.posix.dirname('//a'), '//');
assert.strictEqual(path.posix.dirname('a'), '.');
assert.strictEqual(path.win32.dirname('C:\\a\\b'), 'C:\\a');
assert.strictEqual(path.win32.dirname('\\\\server\\share'), '\\\\server\\share');

assert.strictEqual(path.posix.toNamespacedPath('/a'), '/a');
assert.strictEqual(path.posix.toNamespacedPath(5), 5);
assert.strictEqual(path.win32.toNamespacedPath('C:\\a'), '\\\\?\\C:\\a');
assert.strictEqual(path.win32.toNamespacedPath('\\\\server\\share\\x'), '\\\\?\\UNC\\server\\share\\x');
assert.strictEqual(path.win32.toNamespacedPath(''), '');
