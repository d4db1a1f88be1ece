'use strict';
// exec / execFile: output strings or Buffers, node's "Command failed" error
// (code, killed, signal, cmd), maxBuffer, timeout, and util.promisify.
const assert = require('assert');
const util = require('util');
const { exec, execFile } = require('child_process');

let done = 0;
exec('echo $0 $FOO; echo warn >&2', { env: { FOO: 'bar' } }, (err, stdout, stderr) => {
  assert.strictEqual(err, null);
  assert.strictEqual(stdout, '/bin/sh bar\n');
  assert.strictEqual(stderr, 'warn\n');
  done++;
});
exec('echo partial; echo oops >&2; exit 2', (err, stdout, stderr) => {
  assert.strictEqual(err.message, 'Command failed: echo partial; echo oops >&2; exit 2\noops\n');
  assert.strictEqual(err.code, 2);
  assert.strictEqual(err.killed, false);
  assert.strictEqual(err.signal, null);
  assert.strictEqual(err.cmd, 'echo partial; echo oops >&2; exit 2');
  assert.strictEqual(stdout, 'partial\n');
  assert.strictEqual(stderr, 'oops\n');
  done++;
});
execFile('echo', ['a', 'b'], { encoding: 'buffer' }, (err, stdout) => {
  assert.strictEqual(err, null);
  assert.ok(Buffer.isBuffer(stdout));
  assert.strictEqual(stdout.toString(), 'a b\n');
  done++;
});
execFile('sh', ['-c', 'yes | head -c 50000'], { maxBuffer: 100 }, (err, stdout) => {
  assert.strictEqual(err.code, 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER');
  assert.strictEqual(err.message, 'stdout maxBuffer length exceeded');
  assert.strictEqual(stdout.length, 100);
  done++;
});
const started = Date.now();
execFile('sleep', ['5'], { timeout: 100 }, (err) => {
  assert.ok(Date.now() - started < 4000);
  assert.strictEqual(err.killed, true);
  assert.strictEqual(err.signal, 'SIGTERM');
  assert.strictEqual(err.code, null);
  done++;
});
execFile('no-such-program-for-mosaic', (err) => {
  assert.strictEqual(err.code, 'ENOENT');
  done++;
});

(async () => {
  const { stdout, stderr } = await util.promisify(exec)('printf promised');
  assert.strictEqual(stdout, 'promised');
  assert.strictEqual(stderr, '');
  await assert.rejects(util.promisify(execFile)('sh', ['-c', 'echo e >&2; exit 3']), {
    code: 3, stderr: 'e\n', stdout: '',
  });
  done++;
})();
process.on('exit', () => assert.strictEqual(done, 7));
