// Seed: "Process & Child Processes > Process Object".
// pid, argv, env, cwd and uptime differ per run, so the first printed object
// is captured and checked against the live process instead of an .out file.
// The signal handlers must not keep the program alive; the 'exit' handler
// prints the one stable line.
const assert = require('assert');
const log = console.log;
let info;
console.log = (value) => { info = value; console.log = log; };

// Process information
console.log({
    pid: process.pid,
    ppid: process.ppid,
    platform: process.platform,
    arch: process.arch,
    version: process.version,
    argv: process.argv,
    env: process.env,
    cwd: process.cwd(),
    uptime: process.uptime()
});

// Process events
process.on('exit', (code) => {
    console.log(`Process exiting with code: ${code}`);
});

process.on('uncaughtException', (err) => {
    console.error('Uncaught Exception:', err);
    process.exit(1);
});

process.on('unhandledRejection', (reason, promise) => {
    console.error('Unhandled Rejection at:', promise, 'reason:', reason);
    process.exit(1);
});

// Graceful shutdown
process.on('SIGTERM', () => {
    console.log('Received SIGTERM, shutting down gracefully');
    server.close(() => {
        process.exit(0);
    });
});

process.on('SIGINT', () => {
    console.log('Received SIGINT, shutting down gracefully');
    process.exit(0);
});

// Checks on the captured object.
assert.deepStrictEqual(Object.keys(info),
    ['pid', 'ppid', 'platform', 'arch', 'version', 'argv', 'env', 'cwd', 'uptime']);
assert.ok(Number.isInteger(info.pid) && info.pid > 0);
assert.ok(Number.isInteger(info.ppid) && info.ppid > 0 && info.ppid !== info.pid);
assert.strictEqual(info.platform, 'linux');
assert.strictEqual(info.arch, require('os').arch());
assert.match(info.version, /^v\d+\.\d+\.\d+/);
assert.strictEqual(info.argv.length, 2);
assert.strictEqual(require('path').basename(info.argv[1]), 'test-seed-process-object.js');
assert.strictEqual(info.env, process.env);
assert.strictEqual(info.cwd, require('fs').realpathSync('.'));
assert.ok(typeof info.uptime === 'number' && info.uptime >= 0 && info.uptime < 60);
assert.strictEqual(process.listenerCount('SIGINT'), 1);
assert.strictEqual(process.listenerCount('SIGTERM'), 1);
