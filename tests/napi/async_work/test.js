'use strict';
// Node-API async work, async contexts, napi_make_callback, callback scopes.
const assert = require('assert');
const common = require('../common');
const addon = common.load('async_work');

const kInvalidArg = 1;
const kGenericFailure = 9;
const kCancelled = 11;
const kCallbackScopeMismatch = 14;

function sum(n) {
  return new Promise((resolve) => {
    addon.sum(n, (status, result, onMainThread) => resolve({ status, result, onMainThread }));
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// Thread-pool threads may be scheduled late on a loaded machine: poll with a
// time bound rather than a count of loop turns.
async function waitFor(condition, timeoutMs = 10000) {
  const deadline = Date.now() + timeoutMs;
  while (!condition() && Date.now() < deadline) await sleep(2);
}

async function main() {
  assert.strictEqual(addon.hasLoop(), true);
  assert.deepStrictEqual(addon.createChecks(),
                         { nullExecute: kInvalidArg, nullName: kInvalidArg, nullResult: kInvalidArg });

  // Work runs off the main thread; completion comes back on it.
  assert.deepStrictEqual(await sum(100), { status: 0, result: 5050, onMainThread: false });
  const results = await Promise.all([1, 10, 1000, 10000].map(sum));
  assert.deepStrictEqual(results.map((r) => r.result), [1, 55, 500500, 50005000]);

  // After the completion callback (napi_make_callback from the loop) the
  // nextTick queue and then microtasks drain, before any immediate.
  const order = [];
  await new Promise((resolve) => {
    addon.sum(3, () => {
      setImmediate(() => { order.push('immediate'); resolve(); });
      Promise.resolve().then(() => order.push('microtask'));
      process.nextTick(() => order.push('tick'));
      order.push('callback');
    });
  });
  assert.deepStrictEqual(order, ['callback', 'tick', 'microtask', 'immediate']);

  // Cancelling an item still waiting for a thread: its complete callback
  // gets napi_cancelled. Occupy the pool first.
  addon.queueBlockers(4);
  await waitFor(() => addon.running() >= 1);
  await sleep(50);
  const cancelled = new Promise((resolve) => {
    const status = addon.queueAndCancel((completeStatus) => resolve([status, completeStatus]));
  });
  addon.release();
  const [cancelStatus, completeStatus] = await cancelled;
  if (cancelStatus === 0) {
    assert.strictEqual(completeStatus, kCancelled);
  } else {
    // A bigger thread pool already started it.
    assert.strictEqual(cancelStatus, kGenericFailure);
    assert.strictEqual(completeStatus, 0);
  }
  await waitFor(() => addon.blockersDone() >= 4);
  assert.strictEqual(addon.blockersDone(), 4);

  // napi_make_callback from inside a JS call: result and exceptions reach
  // the caller.
  assert.strictEqual(addon.makeCallbackSync(() => 'made'), 'made');
  assert.throws(() => addon.makeCallbackSync(() => { throw new Error('mc threw'); }),
                /^Error: mc threw$/);
  assert.strictEqual(addon.callbackScope(() => 1), kCallbackScopeMismatch);

  // An exception thrown by the JS callback of a completion becomes an
  // uncaught exception.
  const seen = new Promise((resolve) => process.once('uncaughtException', resolve));
  addon.sum(1, () => { throw new Error('from complete'); });
  const err = await seen;
  assert.strictEqual(err.message, 'from complete');
  console.log('async_work: ok');
}

main();
