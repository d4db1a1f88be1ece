'use strict';
// Mosaic's os (with node's own native os binding behind Mosaic's binding
// contract) against node's os: surface, constants, every function's result,
// argument errors, SystemErrors and CIDR computation (node's binding
// patched in a child process to return crafted data).
// Usage: node --expose-internals tests/stdlib-under-node/test-os.js

const loader = require('./loader');
const util = require('util');
const { spawnSync } = require('child_process');
const ours = loader.require('os');
const theirs = require('os');

let pass = 0;
let fail = 0;
const failures = [];
function same(name, o, t) {
  const a = util.inspect(o, { depth: 8, breakLength: Infinity, showHidden: false });
  const b = util.inspect(t, { depth: 8, breakLength: Infinity, showHidden: false });
  if (a === b) {
    pass++;
  } else {
    fail++;
    failures.push(`FAIL ${name}\n  ours: ${a}\n  node: ${b}`);
  }
}
function outcome(fn) {
  try {
    return { value: fn() };
  } catch (e) {
    return { code: e.code, name: e.name, message: e.message, keys: Object.keys(e), info: e.info, errno: e.errno, syscall: e.syscall };
  }
}
const both = (name, fn) => same(name, outcome(() => fn(ours)), outcome(() => fn(theirs)));

// Surface.
same('keys', Object.keys(ours), Object.keys(theirs));
same('functions', Object.keys(ours).filter((k) => typeof ours[k] === 'function')
  .map((k) => [k, ours[k].name, ours[k].length, typeof ours[k][Symbol.toPrimitive]]),
Object.keys(theirs).filter((k) => typeof theirs[k] === 'function')
  .map((k) => [k, theirs[k].name, theirs[k].length, typeof theirs[k][Symbol.toPrimitive]]));
const describe = (obj) => Object.getOwnPropertyNames(obj).map((k) => {
  const d = Object.getOwnPropertyDescriptor(obj, k);
  return [k, d.writable, d.enumerable, d.configurable, typeof d.value === 'object' && d.value !== null ? describe(d.value) : d.value];
});
same('descriptors', describe(ours).filter(([, , , , v]) => typeof v !== 'function'),
     describe(theirs).filter(([, , , , v]) => typeof v !== 'function'));
same('constants', ours.constants, theirs.constants);
same('constants descriptors', describe(ours.constants), describe(theirs.constants));
for (const k of ['constants', 'dlopen', 'errno', 'signals', 'priority']) {
  const o = k === 'constants' ? ours.constants : ours.constants[k];
  const t = k === 'constants' ? theirs.constants : theirs.constants[k];
  same(`${k} proto/frozen/extensible`, [Object.getPrototypeOf(o), Object.isFrozen(o), Object.isExtensible(o)],
       [Object.getPrototypeOf(t), Object.isFrozen(t), Object.isExtensible(t)]);
}

// Values.
for (const fn of ['arch', 'endianness', 'homedir', 'hostname', 'platform', 'release', 'tmpdir',
  'type', 'version', 'machine', 'availableParallelism', 'totalmem', 'networkInterfaces']) {
  both(fn, (os) => os[fn]());
  both(`${fn} toPrimitive`, (os) => (os[fn][Symbol.toPrimitive] ? `${os[fn]}` : 'none'));
}
both('EOL/devNull', (os) => [os.EOL, os.devNull]);
both('cpus shape', (os) => os.cpus().map((c) => [c.model, c.speed, Object.keys(c), Object.keys(c.times)]));
same('cpus times close', ours.cpus().every((c, i) => Math.abs(c.times.idle - theirs.cpus()[i].times.idle) < 100000), true);
same('loadavg', ours.loadavg().map((x, i) => Math.abs(x - theirs.loadavg()[i]) < 1), [true, true, true]);
same('freemem close', Math.abs(ours.freemem() - theirs.freemem()) < 64 * 1024 * 1024, true);
same('uptime close', Math.abs(ours.uptime() - theirs.uptime()) < 2, true);
same('uptime toPrimitive', typeof +ours.uptime, 'number');
for (const opts of [undefined, null, 'x', 1, {}, { encoding: 'buffer' }, { encoding: 'hex' },
  { encoding: 'bogus' }, { encoding: 'UTF8' }, { encoding: 'latin1' }, { encoding: 'base64' }, { encoding: 1 }]) {
  both(`userInfo ${util.inspect(opts)}`, (os) => os.userInfo(opts));
}

// Priorities (only reads and harmless writes: our own priority, unchanged).
const current = theirs.getPriority();
for (const args of [[], [0], [process.pid], ['x'], [1.5], [2 ** 31], [99999999], [-1], [null]]) {
  both(`getPriority ${util.inspect(args)}`, (os) => os.getPriority(...args));
}
for (const args of [['x'], [0, 20], [0, -21], [1.5, 0], [99999999, 0], [0, 'a'], [0, 1.5], [99999999], [undefined, current], [current], [process.pid, current]]) {
  both(`setPriority ${util.inspect(args)}`, (os) => os.setPriority(...args));
}

// Crafted binding data and failures, in child processes where node's
// binding can be patched before os loads.
const child = (which, patch, onlyInterfaces = false) => {
  const script = `
    const b = require('internal/test/binding').internalBinding('os');
    ${patch}
    const os = ${which === 'ours' ? `require(${JSON.stringify(require.resolve('./loader'))}).require('os')` : "require('os')"};
    const run = (f) => { try { return f(); } catch (e) { return { code: e.code, name: e.name, message: e.message, info: e.info, errno: e.errno, syscall: e.syscall, keys: Object.keys(e) }; } };
    const stackHead = (f) => { try { f(); } catch (e) { return e.stack.split('\\n').slice(0, 2).join('|').replace(/:\\d+:\\d+/, '').replace(/\\((node:os|\\/[^)]*\\/os\\.js)\\)/, '(os)'); } };
    console.log(JSON.stringify(${onlyInterfaces} ? { ni: run(() => os.networkInterfaces()) } : {
      ni: run(() => os.networkInterfaces()), host: run(() => os.hostname()), home: run(() => os.homedir()),
      up: run(() => os.uptime()), user: run(() => os.userInfo()), prio: run(() => os.getPriority()),
      cpus: run(() => os.cpus()), stack: stackHead(() => os.hostname()), stack2: stackHead(() => os.getPriority()),
    }));`;
  const r = spawnSync(process.execPath, ['--expose-internals', '-e', script], { encoding: 'utf8' });
  return r.stdout || r.stderr;
};
const fakeAddresses = JSON.stringify([
  'a', '10.0.0.1', '255.255.0.0', 'IPv4', '00:00:00:00:00:00', false, -1,
  'a', '10.0.0.2', '255.255.255.255', 'IPv4', '00:00:00:00:00:00', false, -1,
  'b', 'fe80::1', 'ffff:ffff:ff00::', 'IPv6', '00:00:00:00:00:01', false, 3,
  'b', '::1', 'ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', 'IPv6', 'm', true, 0,
  'c', '1.2.3.4', '255.0.255.0', 'IPv4', 'm', true, -1,
  'c', '1.2.3.5', '255.254.0.0', 'IPv4', 'm', true, -1,
  'c', '1.2.3.6', '0.0.0.0', 'IPv4', 'm', true, -1,
  'c', '1.2.3.7', '255.128.1.0', 'IPv4', 'm', true, -1,
  'd', 'fd::1', 'ffff:fff0::', 'IPv6', 'm', false, 0,
  'd', 'fd::2', 'ffff:0:ffff::', 'IPv6', 'm', false, 0,
  'd', 'fd::3', '::', 'IPv6', 'm', false, 0,
  'd', 'fd::4', 'ffff:ffff:ffff:ff80::', 'IPv6', 'm', false, 0,
]);
same('crafted interfaces', child('ours', `b.getInterfaceAddresses = () => ${fakeAddresses};`, true),
     child('theirs', `b.getInterfaceAddresses = () => ${fakeAddresses};`, true));
const failAll = (full) => ['getHostname', 'getHomeDirectory', 'getUptime', 'getInterfaceAddresses'].map((f, i) =>
  `b.${f} = (ctx) => { ctx.errno = ${[-13, -2, -38, -12][i]}; ctx.syscall = 'uv_${f}'; ${full ? `ctx.code = ${JSON.stringify(['EACCES', 'ENOENT', 'ENOSYS', 'ENOMEM'][i])}; ctx.message = ${JSON.stringify(['permission denied', 'no such file or directory', 'function not implemented', 'not enough memory'][i])};` : ''} };`).join('\n') +
  `b.getUserInfo = (o, ctx) => { ctx.errno = -2; ctx.syscall = 'uv_os_get_passwd'; ${full ? "ctx.code = 'ENOENT'; ctx.message = 'no such file or directory';" : ''} };` +
  `b.getPriority = (p, ctx) => { ctx.errno = -1; ctx.syscall = 'uv_os_getpriority'; ${full ? "ctx.code = 'EPERM'; ctx.message = 'operation not permitted';" : ''} };` +
  'b.getCPUs = () => undefined;';
same('system errors', child('ours', failAll(false)), child('theirs', failAll(true)));
same('system errors (binding gives code/message)', child('ours', failAll(true)), child('theirs', failAll(true)));

for (const f of failures) console.log(f);
console.log(`os: ${pass} passed, ${fail} failed`);
if (loader.shimsUsed.size) console.log(`(shimmed: ${[...loader.shimsUsed].join(', ')})`);
process.exitCode = fail === 0 ? 0 : 1;
