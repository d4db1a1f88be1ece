// Seed: "Process & Child Processes > Process Object", with SIGTERM delivered.
// The seed's SIGTERM handler calls server.close() but never defines `server`,
// so the ReferenceError reaches its uncaughtException handler, which exits
// with 1 after the exit handler runs. The first printed object (pid, env, ...)
// varies per run and is checked in test-seed-process-object.js, so it is dropped.
const log = console.log;
console.log = () => { console.log = log; };

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

// Completion: deliver the signal the graceful-shutdown handler waits for.
setTimeout(() => process.kill(process.pid, 'SIGTERM'), 10);
setTimeout(() => {}, 5000); // keeps the loop alive until the signal arrives
