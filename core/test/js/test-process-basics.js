// Prints facts that hold on node and mosaic alike.
console.log(typeof process.pid, process.pid > 0);
console.log(process.platform, process.arch);
console.log(Array.isArray(process.argv), process.argv.length >= 2);
console.log(process.cwd() === process.env.PWD || typeof process.cwd() === 'string');
process.env.MOSAIC_TEST_VAR = 42;
console.log(process.env.MOSAIC_TEST_VAR, typeof process.env.MOSAIC_TEST_VAR);
console.log('MOSAIC_TEST_VAR' in process.env, Object.keys(process.env).includes('MOSAIC_TEST_VAR'));
delete process.env.MOSAIC_TEST_VAR;
console.log(process.env.MOSAIC_TEST_VAR);
const [s, ns] = process.hrtime();
console.log(typeof s, typeof ns, typeof process.hrtime.bigint());
const d = process.hrtime([s, ns]);
console.log(d.length, d[0] >= 0);
const mu = process.memoryUsage();
console.log(mu.rss > 0, mu.heapUsed > 0, mu.heapTotal >= mu.heapUsed, process.memoryUsage.rss() > 0);
const cpu = process.cpuUsage();
console.log(cpu.user >= 0, cpu.system >= 0);
console.log(process.uptime() >= 0, typeof process.umask());
console.log(typeof process.getuid(), typeof process.getgid(), Array.isArray(process.getgroups()));
console.log(process.versions.v8.length > 0, typeof process.versions.uv, process.version.startsWith('v'));
console.log(process.title.length > 0, process.kill(process.pid, 0));
console.log(typeof process.resourceUsage().maxRSS, process.release.name);
console.log(typeof process.stdout.write, process.stdout.fd, process.stderr.fd);
process.chdir('/');
console.log(process.cwd());
try {
  process.chdir('/definitely/not/here');
} catch (e) {
  console.log(e.code, e.syscall);
}
