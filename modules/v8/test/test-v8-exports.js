'use strict';
// The v8 module's surface, in node 20's order.
const assert = require('assert');
const v8 = require('v8');

assert.deepStrictEqual(Object.keys(v8), [
  'cachedDataVersionTag', 'getHeapSnapshot', 'getHeapStatistics', 'getHeapSpaceStatistics',
  'getHeapCodeStatistics', 'setFlagsFromString', 'Serializer', 'Deserializer',
  'DefaultSerializer', 'DefaultDeserializer', 'deserialize', 'takeCoverage', 'stopCoverage',
  'serialize', 'writeHeapSnapshot', 'promiseHooks', 'queryObjects', 'startupSnapshot',
  'setHeapSnapshotNearHeapLimit', 'GCProfiler',
]);
assert.strictEqual(require('node:v8'), v8);
assert.deepStrictEqual(Object.keys(v8.startupSnapshot),
                       ['addDeserializeCallback', 'addSerializeCallback',
                        'setDeserializeMainFunction', 'isBuildingSnapshot']);
assert.deepStrictEqual(Object.keys(v8.promiseHooks),
                       ['createHook', 'onInit', 'onBefore', 'onAfter', 'onSettled']);
const tag = v8.cachedDataVersionTag();
assert.ok(Number.isInteger(tag) && tag > 0 && tag < 2 ** 32);
assert.strictEqual(v8.cachedDataVersionTag(), tag);
