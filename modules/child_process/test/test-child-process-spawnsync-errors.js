'use strict';
// spawnSync's failures: a missing program (ENOENT), a timeout (killSignal,
// ETIMEDOUT), output over maxBuffer (ENOBUFS), and argument checks.
const assert = require('assert');
const { spawnSync } = require('child_process');

const missing = spawnSync('no-such-program-for-mosaic', ['a']);
assert.deepStrictEqual(Object.keys(missing),
                       ['error', 'status', 'signal', 'output', 'pid', 'stdout', 'stderr']);
assert.strictEqual(missing.error.code, 'ENOENT');
assert.strictEqual(missing.error.message, 'spawnSync no-such-program-for-mosaic ENOENT');
assert.strictEqual(missing.error.syscall, 'spawnSync no-such-program-for-mosaic');
assert.strictEqual(missing.error.path, 'no-such-program-for-mosaic');
assert.deepStrictEqual(missing.error.spawnargs, ['a']);
assert.strictEqual(missing.pid, 0);
assert.strictEqual(missing.output, null);
assert.strictEqual(missing.status, null);

const started = Date.now();
const slow = spawnSync('sleep', ['5'], { timeout: 100 });
assert.ok(Date.now() - started < 4000);
assert.strictEqual(slow.error.code, 'ETIMEDOUT');
assert.strictEqual(slow.signal, 'SIGTERM');
assert.strictEqual(slow.status, null);
const slowKill = spawnSync('sleep', ['5'], { timeout: 100, killSignal: 'SIGKILL' });
assert.strictEqual(slowKill.signal, 'SIGKILL');

const big = spawnSync('sh', ['-c', 'yes | head -c 100000'], { maxBuffer: 1000 });
assert.strictEqual(big.error.code, 'ENOBUFS');
assert.strictEqual(big.error.message, 'spawnSync sh ENOBUFS');
assert.ok(big.stdout.length > 1000);

assert.throws(() => spawnSync(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "file" argument must be of type string. Received type number (1)',
});
assert.throws(() => spawnSync(''), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => spawnSync('echo', ['a\u0000b']), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'args[0]' must be a string without null bytes. Received 'a\\x00b'",
});
assert.throws(() => spawnSync('echo', 'x'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.strictEqual(spawnSync('echo', [1, {}]).stdout.toString(), '1 [object Object]\n');
assert.throws(() => spawnSync('echo', [], { timeout: -1 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => spawnSync('echo', [], { killSignal: 'SIGNOPE' }), { code: 'ERR_UNKNOWN_SIGNAL' });
