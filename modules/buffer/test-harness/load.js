'use strict';

// Loads the buffer plugin's JavaScript under the system node the way the
// mosaic runtime does: every file is wrapped as
//   (function (exports, require, module, binding) { ... })
// with `binding` = the plugin's native half built as a node addon
// (build.sh), `require('./x')` = another file of the plugin,
// `require('internal/...')` = core/js/internal (through the core harness
// loader; run node with --expose-internals), anything else = node's require.

const fs = require('fs');
const path = require('path');
const vm = require('vm');

const PLUGIN_ROOT = path.resolve(__dirname, '..');
const CORE_INTERNAL = path.resolve(PLUGIN_ROOT, '..', '..', 'core', 'js', 'internal');
const DEFAULT_ADDON = process.env.MOSAIC_BUFFER_ADDON || '/tmp/mosaic-buffer/buffer_native.node';

// internalBinding(name) for core JS: node's own binding of that name (the
// semantics the mosaic core reproduces; needs --expose-internals).
let nodeInternalBinding;
function internalBinding(name) {
  if (name === 'performance') return { now: () => performance.now() };
  if (nodeInternalBinding === undefined) {
    const emitWarning = process.emitWarning;
    process.emitWarning = () => {};
    try {
      nodeInternalBinding = require('internal/test/binding').internalBinding;
    } catch (err) {
      throw new Error('run the harness with `node --expose-internals`', { cause: err });
    } finally {
      process.emitWarning = emitWarning;
    }
  }
  return nodeInternalBinding(name);
}

// core/js/internal/<id>.js modules, wrapped like the core wraps them.
function createCoreLoader() {
  const cache = new Map();
  function requireCore(id) {
    if (!id.startsWith('internal/')) return require(id);
    const cached = cache.get(id);
    if (cached !== undefined) return cached.exports;
    const filename = path.join(CORE_INTERNAL, `${id.slice('internal/'.length)}.js`);
    const fn = vm.compileFunction(fs.readFileSync(filename, 'utf8'),
                                  ['exports', 'require', 'module', 'internalBinding'],
                                  { filename });
    const module = { exports: {}, id };
    cache.set(id, module);
    try {
      fn.call(module.exports, module.exports, requireCore, module, internalBinding);
    } catch (err) {
      cache.delete(id);
      throw err;
    }
    return module.exports;
  }
  return { require: requireCore };
}

let coreLoader;
function sharedCore() {
  if (coreLoader === undefined) coreLoader = createCoreLoader();
  return coreLoader;
}

function coreRequire(id) {
  return sharedCore().require(id);
}

// Whether `addon` is missing or older than the sources it is built from.
function addonIsStale(addon) {
  if (!fs.existsSync(addon)) return true;
  const built = fs.statSync(addon).mtimeMs;
  const sources = [path.join(__dirname, '..', 'buffer_native.cc'),
                   path.join(__dirname, 'addon_shim.c'),
                   path.join(__dirname, '..', '..', '..', 'sdk', 'mosaic_plugin.h')];
  return sources.some((file) => fs.statSync(file).mtimeMs > built);
}

function loadPlugin({ addon = DEFAULT_ADDON } = {}) {
  if (addonIsStale(addon)) {
    require('child_process').execFileSync(path.join(__dirname, 'build.sh'), [addon],
                                          { stdio: 'inherit' });
  }
  const binding = require(addon);
  const core = sharedCore();
  const cache = new Map();

  function requireFrom(fromFile, id) {
    if (id.startsWith('./') || id.startsWith('../')) {
      let file = path.join(path.dirname(fromFile), id);
      if (!file.endsWith('.js')) file += '.js';
      return requireFile(file);
    }
    if (id.startsWith('internal/')) return core.require(id);
    if (id === 'buffer' || id === 'node:buffer') return requireFile(path.join(PLUGIN_ROOT, 'buffer.js'));
    return require(id);
  }

  function requireFile(file) {
    const cached = cache.get(file);
    if (cached !== undefined) return cached.exports;
    const module = { exports: {}, id: path.relative(PLUGIN_ROOT, file), loaded: false };
    cache.set(file, module);
    const fn = vm.compileFunction(fs.readFileSync(file, 'utf8'),
                                  ['exports', 'require', 'module', 'binding'],
                                  { filename: `node:buffer/${module.id}` });
    try {
      fn.call(module.exports, module.exports, (id) => requireFrom(file, id), module, binding);
    } catch (err) {
      cache.delete(file);
      throw err;
    }
    module.loaded = true;
    return module.exports;
  }

  return requireFile(path.join(PLUGIN_ROOT, 'buffer.js'));
}

module.exports = { loadPlugin, coreRequire };
