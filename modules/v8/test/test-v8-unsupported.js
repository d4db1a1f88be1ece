'use strict';
// What Mosaic's v8 module does not do fails clearly: the start-up snapshot
// hooks as node's do outside a snapshot build, the rest with
// ERR_MOSAIC_NOT_IMPLEMENTED (Mosaic-specific).
const assert = require('assert');
const v8 = require('v8');

assert.strictEqual(v8.startupSnapshot.isBuildingSnapshot(), false);
for (const name of ['addSerializeCallback', 'addDeserializeCallback', 'setDeserializeMainFunction']) {
  assert.throws(() => v8.startupSnapshot[name](() => {}), {
    code: 'ERR_NOT_BUILDING_SNAPSHOT',
    message: 'Operation cannot be invoked when not building startup snapshot',
  });
}
const notImplemented = { code: 'ERR_MOSAIC_NOT_IMPLEMENTED' };
assert.throws(() => v8.queryObjects(Object), notImplemented);
assert.throws(() => v8.setHeapSnapshotNearHeapLimit(1), notImplemented);
assert.throws(() => new v8.GCProfiler().start(), notImplemented);
// Coverage calls are no-ops without NODE_V8_COVERAGE, as in node.
assert.strictEqual(v8.takeCoverage(), undefined);
assert.strictEqual(v8.stopCoverage(), undefined);
