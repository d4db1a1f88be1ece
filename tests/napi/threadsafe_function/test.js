'use strict';
// Node-API thread-safe functions.
const assert = require('assert');
const common = require('../common');
const addon = common.load('threadsafe_function');

const kInvalidArg = 1;
const kQueueFull = 15;

// run(count, maxQueue, blocking, onValue?) → {values, closingSeen, freed}
function run(count, maxQueue, blocking, onValue) {
  return new Promise((resolve) => {
    const values = [];
    addon.start((value) => {
      values.push(value);
      if (onValue) onValue(value, values);
    }, (closingSeen, freed) => {
      resolve({ values, closingSeen, freed });
    }, count, maxQueue, blocking);
  });
}

async function main() {
  // Queue rules, synchronously.
  assert.deepStrictEqual(addon.queueRules(), {
    noFunctionNoCallJs: kInvalidArg,
    zeroThreads: kInvalidArg,
    first: 0,
    second: 0,
    full: kQueueFull,
    acquire: 0,
    release1: 0,
    release2: 0,
  });

  const expected = Array.from({ length: 200 }, (_, i) => i);
  // Unbounded queue, non-blocking calls.
  let r = await run(200, 0, false);
  assert.deepStrictEqual(r.values, expected);
  assert.strictEqual(r.closingSeen, 0);
  assert.strictEqual(r.freed, 0);
  // Bounded queue, blocking calls: the producer waits for room.
  r = await run(200, 3, true);
  assert.deepStrictEqual(r.values, expected);

  // Aborting from JS: the producer sees napi_closing; items still queued go
  // to call_js_cb with a NULL env; the finalizer runs.
  r = await run(1000000, 1, true, (value) => {
    if (value === 5) assert.strictEqual(addon.abort(), 0);
  });
  assert.ok(r.values.length >= 6 && r.values.length < 1000000);
  assert.strictEqual(r.closingSeen, 1);
  assert.ok(r.freed <= 1);

  // Default call_js_cb: the function is called with no arguments.
  await new Promise((resolve) => {
    let calls = 0;
    addon.startDefault((...args) => {
      assert.strictEqual(args.length, 0);
      if (++calls === 50) setImmediate(resolve);
    }, 50);
  });

  // Does not hold the process open.
  addon.unrefed();
  console.log('threadsafe_function: ok');
}

main();
