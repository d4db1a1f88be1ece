'use strict';
// Node-API references and finalizers. Run with --expose-gc.
const assert = require('assert');
const common = require('../common');
const addon = common.load('references');

const kInvalidArg = 1;
const kGenericFailure = 9;

async function main() {
  // A strong reference keeps the value; counts go up and down.
  (() => { addon.create(0, { tag: 'strong' }, 1); })();
  await common.gcAndWait();
  assert.deepStrictEqual(addon.value(0), { tag: 'strong' });
  assert.strictEqual(addon.ref(0), 2);
  assert.strictEqual(addon.unref(0), 1);
  assert.strictEqual(addon.unref(0), 0);              // now weak
  assert.strictEqual(addon.unref(0), -kGenericFailure);  // already 0

  // A weak reference lets the value go.
  await common.gcAndWait();
  assert.strictEqual(addon.isEmpty(0), true);
  assert.strictEqual(addon.value(0), undefined);
  assert.strictEqual(addon.ref(0), 0);                // stays gone
  addon.delete(0);

  // Weak but still reachable.
  const kept = { tag: 'kept' };
  assert.strictEqual(addon.create(1, kept, 0), 0);
  await common.gcAndWait();
  assert.strictEqual(addon.value(1), kept);
  assert.strictEqual(addon.ref(1), 1);
  addon.delete(1);

  // Functions and symbols can be referenced; other primitives cannot before
  // Node-API 10 (this addon declares version 9).
  const fn = () => {};
  assert.strictEqual(addon.create(2, fn, 1), 0);
  assert.strictEqual(addon.value(2), fn);
  addon.delete(2);
  const sym = Symbol('s');
  assert.strictEqual(addon.create(3, sym, 1), 0);
  assert.strictEqual(addon.value(3), sym);
  addon.delete(3);
  assert.strictEqual(addon.create(4, 42, 1), kInvalidArg);
  assert.strictEqual(addon.create(4, 'str', 1), kInvalidArg);

  // napi_add_finalizer: runs once the object is collected; deleting the
  // returned reference first cancels it.
  assert.deepStrictEqual(addon.addFinalizerChecks({}),
                         { nullCallback: kInvalidArg, primitive: kInvalidArg });
  const before = addon.finalized();
  (() => {
    addon.addFinalizer({}, 1, false);
    addon.addFinalizer({}, 10, true);
    const twice = {};
    addon.addFinalizer(twice, 100, false);
    addon.addFinalizer(twice, 1000, false);
    addon.createExternal(10000);
  })();
  await common.gcAndWait();
  assert.strictEqual(addon.finalized() - before, 1 + 100 + 1000 + 10000);

  // node_api_post_finalizer (when the runtime has it) runs on the loop.
  if (addon.postFinalizer()) {
    assert.strictEqual(addon.postedCount(), 0);
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
    assert.strictEqual(addon.postedCount(), 3);
  }

  assert.strictEqual(typeof addon.adjustExternalMemory(1024), 'number');
  addon.adjustExternalMemory(-1024);
  console.log('references: ok');
}

main();
