// process methods' argument and system errors, with node's codes and texts.
function show(fn) {
  try {
    const result = fn();
    console.log('ok', typeof result);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
show(() => process.cpuUsage({ user: -1, system: 2 }));
show(() => process.cpuUsage({ user: 1, system: -Infinity }));
show(() => process.cpuUsage({ user: Number.MAX_SAFE_INTEGER + 2, system: 0 }));
show(() => process.cpuUsage({ user: 'x', system: 0 }));
show(() => process.cpuUsage(1));
show(() => process.cpuUsage(null));
show(() => process.cpuUsage({ user: 0, system: 0 }));
show(() => process.umask('abc'));
show(() => process.umask('0o22'));
show(() => process.umask(-1));
show(() => process.umask(process.umask('022')));
try {
  process.kill(2147483646, 0);
} catch (err) {
  console.log(err.message, err.code, err.errno, err.syscall);
}
try {
  process.chdir('/nonexistent/directory');
} catch (err) {
  console.log(err.message === `ENOENT: no such file or directory, chdir '${process.cwd()}' -> '/nonexistent/directory'`,
              err.path === process.cwd(), err.dest, err.syscall);
}
show(() => { process.env[Symbol('x')] = 1; });
console.log(process.env[Symbol('x')]);
