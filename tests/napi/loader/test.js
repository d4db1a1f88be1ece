'use strict';
// Node-API module loading and loader errors.
const assert = require('assert');
const fs = (() => { try { return require('fs'); } catch { return null; } })();
const common = require('../common');

const file = common.addonPath('loader');
const addon = require(file);
assert.strictEqual(typeof addon.setNextApiVersion, 'function');
assert.deepStrictEqual(addon.originalExports, {});
assert.strictEqual(addon.inits(), 1);

// process.dlopen: a value returned by init replaces module.exports.
{
  const mod = { exports: {} };
  process.dlopen(mod, file);
  assert.strictEqual(typeof mod.exports.inits, 'function');
  assert.strictEqual(addon.inits(), 2);
}

// dlopen failures carry dlerror()'s text.
assert.throws(() => process.dlopen({ exports: {} }, '/nonexistent/dir/missing.node'), (e) => {
  return e.code === 'ERR_DLOPEN_FAILED' && /missing\.node/.test(e.message) &&
         /No such file or directory/.test(e.message);
});

// A library that registers no module.
{
  let lib = null;
  if (fs !== null) {
    const maps = fs.readFileSync('/proc/self/maps', 'utf8');
    const match = maps.match(/(\/\S*\/libm\.so\.6)\s*$/m);
    lib = match && match[1];
  }
  if (lib) {
    assert.throws(() => process.dlopen({ exports: {} }, lib), (e) => {
      return e.code === 'ERR_DLOPEN_FAILED' &&
             e.message === `Module did not self-register: '${lib}'.`;
    });
  }
}

// An initialiser that throws: the exception reaches the caller.
addon.setNextInitThrows(true);
assert.throws(() => process.dlopen({ exports: {} }, file),
              (e) => e instanceof RangeError && e.code === 'ERR_INIT');
addon.setNextInitThrows(false);

// A module asking for a Node-API version the runtime does not have (node
// 20 itself crashes here, so only checked under Mosaic).
if (process.versions.mosaic !== undefined) {
  addon.setNextApiVersion(1000);
  assert.throws(() => process.dlopen({ exports: {} }, file),
                /requires Node-API version 1000, but this version of Node\.js only supports version \d+ add-ons/);
}
// NAPI_VERSION_EXPERIMENTAL is always accepted.
addon.setNextApiVersion(2147483647);
process.dlopen({ exports: {} }, file);
addon.setNextApiVersion(9);

console.log('loader: ok');
