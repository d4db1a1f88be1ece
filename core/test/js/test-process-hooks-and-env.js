// process as node builds it: its prototype chain, kill() through
// process._kill, exit() through process.reallyExit, process.env's
// defineProperty rules and TZ changes taking effect. Output recorded from node.
const proto = Object.getPrototypeOf(process);
console.log(process.constructor.name, proto !== Object.getPrototypeOf(proto),
            typeof process.on, Object.prototype.toString.call(process));
(function() {
  'use strict';
  try {
    delete process.exitCode;
  } catch (err) {
    console.log(err.message);
  }
})();

let killed = null;
const realKill = process._kill;
process._kill = (pid, signal) => { killed = [pid === process.pid, signal]; return 0; };
process.kill(process.pid, 'SIGTERM');
process._kill = realKill;
console.log(killed);

for (const descriptor of [{ value: 'x' }, { get() {} }, { value: 'y', enumerable: true, writable: true, configurable: true }]) {
  try {
    Object.defineProperty(process.env, 'MOSAIC_TEST_DEFINE', descriptor);
    console.log('defined', process.env.MOSAIC_TEST_DEFINE);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}

const date = new Date('2018-04-14T12:34:56.789Z');
process.env.TZ = 'UTC';
console.log(date.getHours());
process.env.TZ = 'Europe/Amsterdam';
console.log(date.getHours());
process.env.TZ = 'UTC';
console.log(date.getHours());

console.log(process.release.lts, 'typescript' in process.features);
process.reallyExit = (code) => console.log('reallyExit', code);
process.exit(0);
