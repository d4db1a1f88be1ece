'use strict';
// execSync / execFileSync: the output, a shell for execSync, and node's
// "Command failed" error with the child's status, signal and output.
const assert = require('assert');
const { execSync, execFileSync } = require('child_process');

assert.strictEqual(execSync('echo $0 $FOO', { env: { FOO: 'bar' }, encoding: 'utf8' }),
                   '/bin/sh bar\n');
assert.ok(Buffer.isBuffer(execSync('echo buffer')));
assert.strictEqual(execFileSync('cat', { input: 'piped' }).toString(), 'piped');
assert.strictEqual(execFileSync('echo', ['a', 'b'], { encoding: 'utf8' }), 'a b\n');

try {
  execSync('echo partial; echo oops >&2; exit 2', { stdio: 'pipe' });
  assert.fail('should have thrown');
} catch (err) {
  assert.strictEqual(err.message, 'Command failed: echo partial; echo oops >&2; exit 2\noops\n');
  assert.strictEqual(err.status, 2);
  assert.strictEqual(err.signal, null);
  assert.strictEqual(err.stdout.toString(), 'partial\n');
  assert.strictEqual(err.stderr.toString(), 'oops\n');
  assert.deepStrictEqual(Object.keys(err), ['status', 'signal', 'output', 'pid', 'stdout', 'stderr']);
}
assert.throws(() => execFileSync('sh', ['-c', 'exit 1']), {
  message: 'Command failed: sh -c exit 1', status: 1,
});
assert.throws(() => execFileSync('no-such-program-for-mosaic'), {
  code: 'ENOENT', syscall: 'spawnSync no-such-program-for-mosaic',
});
assert.throws(() => execSync(1), { code: 'ERR_INVALID_ARG_TYPE' });
