'use strict';
// Node-API instance data and env services. The addon registers itself with
// napi_module_register() from a static constructor.
const assert = require('assert');
const common = require('../common');
const addon = common.load('instance_data');

if (process.argv[2] === 'child') {
  addon.increment();
  addon.increment();
  addon.setCallback(() => 'from callback');
  console.log('main done');
  return;
}

assert.strictEqual(addon.increment(), 1);
assert.strictEqual(addon.increment(), 2);
addon.setCallback(() => 'called back');
assert.strictEqual(addon.callCallback(), 'called back');

// Loading the same file again returns the cached module.
assert.strictEqual(common.load('instance_data'), addon);

const versions = addon.versions();
assert.ok(versions.napi >= 9, `napi version ${versions.napi}`);
assert.strictEqual(`${versions.major}.${versions.minor}.${versions.patch}`,
                   process.versions.node);
assert.strictEqual(versions.release, 'node');
assert.strictEqual(versions.fileName, common.fileURL(common.addonPath('instance_data')));

// At teardown the instance data's finalizer runs (and may delete
// references); replaced data's finalizer never runs.
let childProcess;
try {
  childProcess = require('child_process');
} catch {
  console.log('instance_data: ok (teardown not checked: no child_process)');
  return;
}
const child = childProcess.spawnSync(process.execPath,
                                     [...process.execArgv, __filename, 'child'],
                                     { encoding: 'utf8' });
assert.strictEqual(child.status, 0, child.stderr);
assert.deepStrictEqual(child.stdout.trim().split('\n'),
                       ['main done', 'instance data finalized, calls=2',
                        'callback reference deleted']);
console.log('instance_data: ok');
