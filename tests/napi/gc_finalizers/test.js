'use strict';
// Finalizers of an experimental addon run inside the GC (synchronously
// with gc()), and node_api_post_finalizer defers work to the loop.
// Run with --expose-gc.
const assert = require('assert');
const common = require('../common');
const addon = common.load('gc_finalizers');

async function main() {
  if (!addon.supported()) {
    console.log('gc_finalizers: skipped (no node_api_post_finalizer)');
    return;
  }
  (() => { for (let i = 0; i < 5; i++) addon.create(); })();
  globalThis.gc();
  // Already finalized, before any turn of the loop...
  assert.strictEqual(addon.counts().inGc, 5);
  // ...while the posted work waits for the loop.
  assert.strictEqual(addon.counts().deferred, 0);
  await new Promise((resolve) => setImmediate(resolve));
  await new Promise((resolve) => setImmediate(resolve));
  assert.deepStrictEqual(addon.counts(), { inGc: 5, deferred: 5 });
  console.log('gc_finalizers: ok');
}

main();
