'use strict';
// monitorEventLoopDelay: samples the time between ticks of an unref'd
// timer, in nanoseconds.
const assert = require('assert');
const { monitorEventLoopDelay } = require('perf_hooks');

const idle = monitorEventLoopDelay();
assert.strictEqual(idle.enable(), true);
assert.strictEqual(idle.enable(), false);
assert.strictEqual(idle.disable(), true);
assert.strictEqual(idle.disable(), false);
assert.strictEqual(idle.count, 0);

const h = monitorEventLoopDelay({ resolution: 20 });
assert.deepStrictEqual(Object.getOwnPropertyNames(Object.getPrototypeOf(h)).sort(),
                       ['constructor', 'disable', 'enable']);
h.enable();
// Block the loop once: one sample should be about that long.
setTimeout(() => {
  const start = Date.now();
  while (Date.now() - start < 100);
}, 50);
setTimeout(() => {
  h.disable();
  const count = h.count;
  assert.ok(count >= 4, `count ${count}`);
  // (min is about the resolution when idle; under load a catch-up tick can
  // be shorter, so only its sign is checked.)
  assert.ok(h.min > 0, `min ${h.min}`);
  assert.ok(h.max >= 95e6, `max ${h.max}`);           // the blocked tick
  assert.ok(h.mean > h.min && h.mean < h.max);
  assert.ok(h.stddev > 0);
  assert.ok(h.percentile(100) >= h.percentile(50));
  assert.strictEqual(typeof h.maxBigInt, 'bigint');
  // Disabled: no more samples.
  setTimeout(() => {
    assert.strictEqual(h.count, count);
    h.reset();
    assert.strictEqual(h.count, 0);
  }, 60);
}, 300);

// An enabled monitor alone does not keep the process alive.
const lingering = monitorEventLoopDelay({ resolution: 10 });
lingering.enable();
