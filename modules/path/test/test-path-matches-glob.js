'use strict';
// path.matchesGlob / path.win32.matchesGlob: minimatch with node's options.
// Expected results recorded from node 20; the first call warns once
// (ExperimentalWarning, as node).
const assert = require('assert');
const path = require('path');

const warnings = [];
process.on('warning', (w) => warnings.push(`${w.name}: ${w.message}`));

const posixCases = [
  ["/a/b/c.js", "/a/**/*.js", true],
  ["x/y.txt", "*.txt", false],
  ["y.txt", "*.txt", true],
  ["a/.b", "a/*", false],
  ["a/.b", "a/.*", true],
  ["a/x", "a/{x,y}", true],
  ["a/z", "a/{x,y}", false],
  ["a/b/c/d", "a/**", true],
  ["a", "a/**", false],
  ["abc", "a?c", true],
  ["ac", "a?c", false],
  ["a1", "a[0-9]", true],
  ["ab", "a[!0-9]", true],
  ["!a", "!a", true],
  ["#a", "#a", true],
  ["a/b", "a\\/b", true],
  ["file.JS", "*.js", false],
  ["src/lib/x.test.ts", "src/**/*.test.{ts,js}", true],
  ["src/x.ts", "src/**/*.test.{ts,js}", false],
  ["a/b/../c", "a/c", true],
  ["foo/bar", "foo/+(bar|baz)", true],
  ["foo/qux", "foo/+(bar|baz)", false],
  ["x", "**", true],
  [".hidden", "**", false],
  ["a/b", "**/b", true],
];
for (const [file, pattern, expected] of posixCases) {
  assert.strictEqual(path.posix.matchesGlob(file, pattern), expected, `${file} ~ ${pattern}`);
}

const win32Cases = [
  ["a\\b.js", "a/*.js", true],
  ["C:\\x\\y.txt", "C:/**/*.txt", true],
  ["a\\b", "a\\*", true],
];
for (const [file, pattern, expected] of win32Cases) {
  assert.strictEqual(path.win32.matchesGlob(file, pattern), expected, `${file} ~ ${pattern}`);
}

assert.throws(() => path.matchesGlob(1, '*'), { code: 'ERR_INVALID_ARG_TYPE', message: /"path"/ });
assert.throws(() => path.matchesGlob('a', null), { code: 'ERR_INVALID_ARG_TYPE', message: /"pattern"/ });

setImmediate(() => {
  assert.deepStrictEqual(warnings, [
    'ExperimentalWarning: glob is an experimental feature and might change at any time',
  ]);
});
