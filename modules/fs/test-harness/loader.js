'use strict';
// Loads the fs plugin under the real node, the way Mosaic loads a plugin:
//   plugin files (function (exports, require, module, binding) {...})
//   core files   (function (exports, require, module, internalBinding) {...})
// - `binding`            -> the plugin's native half built as a node addon
//                           (test-harness/build-addon.sh; FS_ADDON overrides
//                           the default /tmp/fs_native.node)
// - require('./x')       -> modules/fs/x.js (plugin-relative)
// - require('internal/x') -> core/js/internal/x.js
// - other builtins       -> node's own (buffer, stream, events, path, util)
// - internalBinding('uv') -> built from util.getSystemErrorMap()
//
// loadFs() returns { fs, promises, binding }.

const nodeFs = require('fs');
const path = require('path');
const vm = require('vm');

const PLUGIN = path.resolve(__dirname, '..');
const ROOT = path.resolve(PLUGIN, '..', '..');

function internalBinding(name) {
  if (name === 'uv') {
    const util = require('util');
    const map = util.getSystemErrorMap();
    const b = { getErrorMap: () => map, errname: (n) => util.getSystemErrorName(n) };
    for (const [errno, [n]] of map) b[`UV_${n}`] = errno;
    return b;
  }
  if (name === 'constants') return { os: require('os').constants };
  throw new Error(`No such binding: ${name}`);
}

const cache = new Map();

function evaluate(file, fourthName, fourth, makeRequire) {
  const cached = cache.get(file);
  if (cached) return cached.exports;
  const module = { exports: {}, id: file, filename: file, loaded: false };
  cache.set(file, module);
  const src = nodeFs.readFileSync(file, 'utf8');
  const fn = vm.runInThisContext(
    `(function (exports, require, module, ${fourthName}) {${src}\n})`,
    { filename: file });
  try {
    fn.call(module.exports, module.exports, makeRequire(file), module, fourth);
  } catch (err) {
    cache.delete(file);
    throw err;
  }
  module.loaded = true;
  return module.exports;
}

function requireInternal(id) {
  const file = path.join(ROOT, 'core', 'js', `${id}.js`);
  if (!nodeFs.existsSync(file)) throw new Error(`Cannot find core module ${id}`);
  return evaluate(file, 'internalBinding', internalBinding, coreRequire);
}

function coreRequire() {
  return (id) => (id.startsWith('internal/') ? requireInternal(id) : require(id));
}

let addon;

function pluginRequire(file) {
  const dir = path.dirname(file);
  return (id) => {
    if (id.startsWith('./') || id.startsWith('../')) {
      let target = path.resolve(dir, id);
      if (!target.endsWith('.js') && !target.endsWith('.json')) target += '.js';
      return evaluate(target, 'binding', addon, pluginRequire);
    }
    if (id.startsWith('internal/')) return requireInternal(id);
    return require(id);
  };
}

function loadFs(addonPath = process.env.FS_ADDON || '/tmp/fs_native.node') {
  if (addon === undefined) addon = require(addonPath);
  const fs = evaluate(path.join(PLUGIN, 'fs.js'), 'binding', addon, pluginRequire);
  const promises = evaluate(path.join(PLUGIN, 'promises.js'), 'binding', addon, pluginRequire);
  return { fs, promises, binding: addon };
}

module.exports = { loadFs, PLUGIN, ROOT };
