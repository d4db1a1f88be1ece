'use strict';
// basename (with suffix) and extname edge cases.
const assert = require('assert');
const path = require('path');

assert.strictEqual(path.basename('/a/b.txt'), 'b.txt');
assert.strictEqual(path.basename('/a/b.txt', '.txt'), 'b');
assert.strictEqual(path.basename('/a/b.txt', 'b.txt'), 'b.txt');
assert.strictEqual(path.basename('/a/b/'), 'b');
assert.strictEqual(path.basename('aaa/bbb', 'bbb'), 'bbb');
assert.strictEqual(path.basename('aaa/bbb', 'b'), 'bb');
assert.strictEqual(path.basename(''), '');
assert.strictEqual(path.win32.basename('C:\\a\\b.js'), 'b.js');
assert.strictEqual(path.win32.basename('C:'), '');
assert.strictEqual(path.win32.basename('C:foo'), 'foo');
assert.strictEqual(path.posix.basename('C:\\a\\b.js'), 'C:\\a\\b.js');
assert.throws(() => path.basename('a', 5), {
  message: 'The "suffix" argument must be of type string. Received type number (5)',
});

const ext = [
  ['', ''], ['.', ''], ['..', ''], ['.a', ''], ['a.', '.'], ['a.b', '.b'], ['a.b.c', '.c'], ['a/.b', ''],
  ['a/b.', '.'], ['..a', '.a'], ['...', '.'], ['a.b/', '.b'], ['a/..', ''],
];
for (const [input, expected] of ext) assert.strictEqual(path.extname(input), expected, input);
assert.strictEqual(path.win32.extname('C:.b'), '');
assert.strictEqual(path.win32.extname('a\\b.c'), '.c');
