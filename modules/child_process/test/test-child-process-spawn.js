'use strict';
// spawn: 'spawn', stdout/stderr data, stdin piped to the child, 'exit' then
// 'close' with the code, kill() with a signal, a missing program ('error'
// ENOENT, then 'close' with -2), inherited and ignored stdio.
const assert = require('assert');
const { spawn, ChildProcess } = require('child_process');

const events = [];
const catEvents = [];
const cat = spawn('cat');
assert.ok(cat instanceof ChildProcess);
assert.ok(cat.pid > 0);
assert.strictEqual(cat.stdio[0], cat.stdin);
cat.on('spawn', () => catEvents.push('spawn'));
let echoed = '';
cat.stdout.setEncoding('utf8');
cat.stdout.on('data', (text) => { echoed += text; });
cat.stdin.write('hello ');
cat.stdin.end('child');
cat.on('exit', (code, signal) => catEvents.push(`exit ${code} ${signal}`));
cat.on('close', (code, signal) => {
  catEvents.push(`close ${code} ${signal}`);
  assert.strictEqual(echoed, 'hello child');
  assert.deepStrictEqual(catEvents, ['spawn', 'exit 0 null', 'close 0 null']);
  assert.strictEqual(cat.exitCode, 0);
});

const failing = spawn('sh', ['-c', 'echo out; echo err >&2; exit 4']);
const output = { stdout: '', stderr: '' };
failing.stdout.on('data', (chunk) => { output.stdout += chunk; });
failing.stderr.on('data', (chunk) => { output.stderr += chunk; });
failing.on('close', (code) => {
  assert.strictEqual(code, 4);
  assert.deepStrictEqual(output, { stdout: 'out\n', stderr: 'err\n' });
});

const sleeper = spawn('sleep', ['10']);
sleeper.on('exit', (code, signal) => {
  assert.strictEqual(code, null);
  assert.strictEqual(signal, 'SIGKILL');
  assert.strictEqual(sleeper.killed, true);
  assert.strictEqual(sleeper.signalCode, 'SIGKILL');
  assert.strictEqual(sleeper.kill(), false);  // already gone
});
assert.strictEqual(sleeper.kill('SIGKILL'), true);
assert.throws(() => sleeper.kill('SIGNOPE'), { code: 'ERR_UNKNOWN_SIGNAL' });

const missing = spawn('no-such-program-for-mosaic', ['x']);
assert.strictEqual(missing.pid, undefined);
const missingEvents = [];
missing.on('error', (err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.message, 'spawn no-such-program-for-mosaic ENOENT');
  assert.strictEqual(err.path, 'no-such-program-for-mosaic');
  assert.deepStrictEqual(err.spawnargs, ['x']);
  missingEvents.push('error');
});
missing.on('close', (code) => missingEvents.push(`close ${code}`));

// A child whose output nobody reads still closes.
spawn('echo', ['unread']).on('close', (code) => events.push(`unread closed ${code}`));
spawn('true', [], { stdio: 'ignore' }).on('close', (code) => events.push(`ignored ${code}`));
spawn('sh', ['-c', 'exit 0'], { stdio: 'inherit' }).on('close', () => events.push('inherited'));

process.on('exit', () => {
  assert.deepStrictEqual(missingEvents, ['error', 'close -2']);
  for (const event of ['unread closed 0', 'ignored 0', 'inherited']) {
    assert.ok(events.includes(event), event);
  }
});
