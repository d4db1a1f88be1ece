'use strict';
// spawnSync: status, output buffers, encoding, input, env, cwd, argv0,
// shell, stdio modes, and node's result shape.
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawnSync } = require('child_process');

const r = spawnSync('sh', ['-c', 'echo out; echo err >&2; exit 3']);
assert.deepStrictEqual(Object.keys(r), ['status', 'signal', 'output', 'pid', 'stdout', 'stderr']);
assert.strictEqual(r.status, 3);
assert.strictEqual(r.signal, null);
assert.ok(Number.isInteger(r.pid) && r.pid > 0);
assert.strictEqual(r.output[0], null);
assert.ok(Buffer.isBuffer(r.stdout));
assert.strictEqual(r.stdout.toString(), 'out\n');
assert.strictEqual(r.stderr.toString(), 'err\n');
assert.strictEqual(r.output[1], r.stdout);

const text = spawnSync('cat', { input: 'from input', encoding: 'utf8' });
assert.strictEqual(text.stdout, 'from input');
assert.strictEqual(spawnSync('cat', { input: new Uint8Array([104, 105]) }).stdout.toString(), 'hi');
assert.strictEqual(spawnSync('sh', ['-c', 'echo $FOO'], { env: { FOO: 'bar' }, encoding: 'utf8' }).stdout,
                   'bar\n');
assert.strictEqual(spawnSync('pwd', { cwd: os.tmpdir(), encoding: 'utf8' }).stdout.trim(),
                   fs.realpathSync(os.tmpdir()));
assert.strictEqual(spawnSync('sh', ['-c', 'echo $0'], { argv0: 'custom', encoding: 'utf8' }).stdout,
                   'custom\n');
assert.strictEqual(spawnSync('echo $((6 * 7))', { shell: true, encoding: 'utf8' }).stdout, '42\n');

// 'ignore' gives null output; an fd writes straight to the file.
const ignored = spawnSync('echo', ['x'], { stdio: 'ignore' });
assert.deepStrictEqual(ignored.output, [null, null, null]);
const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'spawnsync-')), 'out.txt');
const fd = fs.openSync(file, 'w');
spawnSync('echo', ['to a file'], { stdio: ['ignore', fd, 'pipe'] });
fs.closeSync(fd);
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'to a file\n');
fs.rmSync(path.dirname(file), { recursive: true });

// A child killed by a signal.
const killed = spawnSync('sh', ['-c', 'kill -TERM $$']);
assert.strictEqual(killed.status, null);
assert.strictEqual(killed.signal, 'SIGTERM');
