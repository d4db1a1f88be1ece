'use strict';
// tty.isatty(fd)
const assert = require('assert');
const tty = require('tty');

assert.strictEqual(tty.isatty.length, 1);
for (const fd of [0, 1, 2]) assert.strictEqual(typeof tty.isatty(fd), 'boolean');
for (const value of [-1, 1.5, '1', NaN, null, undefined, {}, 2 ** 31, Infinity, 1n]) {
  assert.strictEqual(tty.isatty(value), false, String(value));
}
assert.strictEqual(tty.isatty(123456), false);  // not open
// Under `bazel test` stdin is /dev/null: not a terminal.
if (process.env.TEST_TMPDIR !== undefined) assert.strictEqual(tty.isatty(0), false);
assert.strictEqual(tty.isatty(1), Boolean(process.stdout.isTTY));

const testing = tty[Symbol.for('mosaic.tty.testing')];
if (testing !== undefined) {
  // Both ends of a pseudo-terminal are terminals.
  const [master, slave] = testing.openpty();
  assert.strictEqual(tty.isatty(master), true);
  assert.strictEqual(tty.isatty(slave), true);
  testing.closeFd(master);
  testing.closeFd(slave);
  assert.strictEqual(tty.isatty(slave), false);
}
