'use strict';
// Runs Mosaic's assert, util and os plugins (and the core-internal modules
// they use) under the system node, the way the Mosaic runtime would load
// them:
//   core files   (function (exports, require, module, internalBinding) {...})
//   plugin files (function (exports, require, module, binding) {...})
// - require('internal/x')      -> core/js/internal/x.js; a few modules that
//                                 other engineers are still writing fall
//                                 back to node's equivalents (see SHIMS)
// - require('./x') in a plugin -> modules/<plugin>/x.js
// - require('assert'|'util'|'util/types'|'os'|'assert/strict') -> ours
// - any other builtin          -> node's own
// - internalBinding(name)      -> node's own binding (run node with
//                                 --expose-internals), plus 'loader' shimmed
// - the os plugin's `binding`  -> adapter over node's internalBinding('os')
//
// Set MOSAIC_SHIM_ALL_MISSING=0 to fail instead of shimming, and
// MOSAIC_NODE_INTERNALS=internal/util/inspect to use node's inspect even
// though Mosaic's exists.

const fs = require('fs');
const path = require('path');
const vm = require('vm');

const ROOT = path.resolve(__dirname, '..', '..');
const PLUGINS = {
  assert: { dir: 'assert', main: 'assert.js' },
  'assert/strict': { dir: 'assert', main: 'strict.js' },
  util: { dir: 'util', main: 'util.js' },
  'util/types': { dir: 'util', main: 'types.js' },
  os: { dir: 'os', main: 'os.js' },
};

let nodeInternalBinding;
function nodeBinding(name) {
  if (nodeInternalBinding === undefined) {
    try {
      nodeInternalBinding = require('internal/test/binding').internalBinding;
    } catch {
      throw new Error('run node with --expose-internals');
    }
  }
  return nodeInternalBinding(name);
}

function internalBinding(name) {
  if (name === 'loader') {
    return {
      readFileUtf8(file) {
        try {
          return fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
        } catch {
          return undefined;
        }
      },
    };
  }
  return nodeBinding(name);
}

// Modules other engineers are writing: node's equivalents stand in while a
// file is missing.
const SHIMS = {
  'internal/util/inspect': () => {
    const util = require('util');
    return {
      inspect: util.inspect,
      format: util.format,
      formatWithOptions: util.formatWithOptions,
      stripVTControlCharacters: util.stripVTControlCharacters,
    };
  },
  'internal/encoding': () => ({
    TextEncoder: globalThis.TextEncoder,
    TextDecoder: globalThis.TextDecoder,
  }),
};
const shimsUsed = new Set();

// os: Mosaic's binding contract is Node's internalBinding('os') (os.js
// calls getUserInfo(undefined, ctx) and applies the encoding itself).
function osBinding() {
  const b = nodeBinding('os');
  return {
    getCPUs: () => b.getCPUs(),
    getFreeMem: () => b.getFreeMem(),
    getTotalMem: () => b.getTotalMem(),
    getHostname: (ctx) => b.getHostname(ctx),
    getInterfaceAddresses: (ctx) => b.getInterfaceAddresses(ctx),
    getLoadAvg: (arr) => b.getLoadAvg(arr),
    getUptime: (ctx) => b.getUptime(ctx),
    getOSInformation: (ctx) => b.getOSInformation(ctx),
    getHomeDirectory: (ctx) => b.getHomeDirectory(ctx),
    getUserInfo: (options, ctx) => b.getUserInfo(options, ctx),
    setPriority: (pid, prio, ctx) => b.setPriority(pid, prio, ctx),
    getPriority: (pid, ctx) => b.getPriority(pid, ctx),
    getAvailableParallelism: () => b.getAvailableParallelism(),
  };
}

const cache = new Map();

function load(file, makeRequire, fourth, fourthName) {
  const cached = cache.get(file);
  if (cached) return cached.exports;
  const module = { exports: {}, id: file, filename: file, loaded: false };
  cache.set(file, module);
  const src = fs.readFileSync(file, 'utf8');
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

// MOSAIC_NODE_INTERNALS=internal/util/inspect,... uses node's stand-ins
// even where Mosaic's file exists (to tell our bugs from a dependency's).
// internal/encoding needs Mosaic's own internalBinding('encoding'), which
// node does not have: always node's TextEncoder/TextDecoder here.
const forceShims = new Set(['internal/encoding',
  ...(process.env.MOSAIC_NODE_INTERNALS || '').split(',').filter(Boolean)]);

function requireInternal(id) {
  const file = path.join(ROOT, 'core', 'js', `${id}.js`);
  if (forceShims.has(id) && SHIMS[id]) {
    shimsUsed.add(id);
    return SHIMS[id]();
  }
  if (!fs.existsSync(file)) {
    if (SHIMS[id] && process.env.MOSAIC_SHIM_ALL_MISSING !== '0') {
      shimsUsed.add(id);
      return SHIMS[id]();
    }
    throw new Error(`Cannot find core module ${id}`);
  }
  return load(file, coreRequireFor, internalBinding, 'internalBinding');
}

function requirePublic(id) {
  const name = id.startsWith('node:') ? id.slice(5) : id;
  const plugin = PLUGINS[name];
  if (plugin === undefined) return require(id);
  const file = path.join(ROOT, 'modules', plugin.dir, plugin.main);
  const binding = plugin.dir === 'os' ? osBinding() : undefined;
  return load(file, pluginRequireFor, binding, 'binding');
}

function coreRequireFor() {
  return function mosaicRequire(id) {
    if (id.startsWith('internal/')) return requireInternal(id);
    return requirePublic(id);
  };
}

function pluginRequireFor(file) {
  const dir = path.dirname(file);
  return function pluginRequire(id) {
    if (id.startsWith('./') || id.startsWith('../')) {
      let target = path.resolve(dir, id);
      if (!target.endsWith('.js')) target += '.js';
      const binding = path.basename(path.dirname(target)) === 'os' ?
        osBinding() : undefined;
      return load(target, pluginRequireFor, binding, 'binding');
    }
    if (id.startsWith('internal/')) return requireInternal(id);
    return requirePublic(id);
  };
}

module.exports = {
  require: (id) => (id.startsWith('internal/') ? requireInternal(id) : requirePublic(id)),
  internalBinding,
  shimsUsed,
  ROOT,
};
