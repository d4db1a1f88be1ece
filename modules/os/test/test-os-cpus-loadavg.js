'use strict';
// os.cpus and os.loadavg shapes.
const assert = require('assert');
const os = require('os');

const cpus = os.cpus();
assert.ok(cpus.length > 0);
for (const cpu of cpus) {
  assert.deepStrictEqual(Object.keys(cpu), ['model', 'speed', 'times']);
  assert.deepStrictEqual(Object.keys(cpu.times), ['user', 'nice', 'sys', 'idle', 'irq']);
  assert.strictEqual(typeof cpu.model, 'string');
  for (const t of Object.values(cpu.times)) assert.ok(Number.isFinite(t) && t >= 0);
}
const load = os.loadavg();
assert.strictEqual(load.length, 3);
for (const v of load) assert.ok(Number.isFinite(v) && v >= 0);
