'use strict';
// eventLoopUtilization: idle vs active time of the event loop.
const assert = require('assert');
const { performance } = require('perf_hooks');

// Before the loop runs there is nothing to measure.
assert.deepStrictEqual(performance.eventLoopUtilization(),
                       { idle: 0, active: 0, utilization: 0 });

setTimeout(() => {
  // Mostly idle so far (waiting for this timer).
  const e1 = performance.eventLoopUtilization();
  assert.ok(e1.idle > 100, `idle ${e1.idle}`);
  assert.ok(e1.utilization >= 0 && e1.utilization < 0.5, `utilization ${e1.utilization}`);
  assert.strictEqual(typeof performance.nodeTiming.idleTime, 'number');
  assert.ok(performance.nodeTiming.idleTime >= e1.idle);

  // Busy: all active.
  const start = Date.now();
  while (Date.now() - start < 100);
  const e2 = performance.eventLoopUtilization(e1);
  assert.ok(e2.active >= 95, `active ${e2.active}`);
  assert.ok(e2.idle < 5, `idle ${e2.idle}`);
  assert.ok(e2.utilization > 0.9, `utilization ${e2.utilization}`);

  // Difference of two readings.
  const later = performance.eventLoopUtilization();
  const diff = performance.eventLoopUtilization(later, e1);
  assert.ok(Math.abs(diff.active - (later.active - e1.active)) < 1e-9);
  assert.ok(Math.abs(diff.idle - (later.idle - e1.idle)) < 1e-9);
  assert.strictEqual(diff.utilization, diff.active / (diff.idle + diff.active));
}, 150);
