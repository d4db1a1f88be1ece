'use strict';

// Loads Mosaic's core JS modules (core/js/internal/*.js) under the system
// node, with the Mosaic module convention:
//
//   (function (exports, require, module, internalBinding) { ... })
//
// - require('internal/<x>') resolves to core/js/internal/<x>.js, except:
//     * ids in REDIRECTS, other engineers' modules that need native
//       bindings node does not have, map to the node builtin with the same
//       behaviour (util.inspect, timers, events);
//     * internal/process/task_queues always comes from ../shims (node's
//       queueMicrotask/nextTick);
//     * errors/validators fall back to the stand-ins in ../shims/internal
//       when the core file is missing or fails to load (or when
//       MOSAIC_STANDINS=1 forces them);
//     * anything else that does not exist throws MODULE_NOT_FOUND, like the
//       runtime would (event_target relies on that for
//       internal/process/report).
// - require('<builtin>') is node's own require.
// - internalBinding(name) comes from ./bindings.js.

const fs = require('fs');
const path = require('path');
const vm = require('vm');

const repoRoot = path.resolve(__dirname, '..', '..', '..');
const coreDir = path.join(repoRoot, 'core', 'js');
const shimDir = path.join(__dirname, '..', 'shims');

const REDIRECTS = {
  'internal/util/inspect': 'util',
  'internal/timers': 'timers',
  'internal/events': 'events',
};

const STANDIN_CAPABLE = new Set(['internal/errors', 'internal/validators']);

// Core modules that always come from ../shims under node (they are built
// on the runtime's native task queue).
const ALWAYS_SHIMMED = new Set(['internal/process/task_queues']);

const forceStandins = process.env.MOSAIC_STANDINS === '1';

function createLoader({ bindings }) {
  const cache = new Map();
  const notes = [];

  function notFound(id) {
    const err = new Error(`Cannot find module '${id}'`);
    err.code = 'MODULE_NOT_FOUND';
    return err;
  }

  function evaluate(id, file) {
    const source = fs.readFileSync(file, 'utf8');
    const fn = vm.compileFunction(
      source, ['exports', 'require', 'module', 'internalBinding'],
      { filename: file });
    const mod = { exports: {}, id, loaded: false };
    cache.set(id, mod);
    try {
      fn.call(undefined, mod.exports, mosaicRequire, mod, internalBinding);
    } catch (err) {
      cache.delete(id);
      throw err;
    }
    mod.loaded = true;
    return mod.exports;
  }

  function mosaicRequire(id) {
    const cached = cache.get(id);
    if (cached !== undefined) return cached.exports;
    if (!id.startsWith('internal/')) return require(id);
    if (Object.prototype.hasOwnProperty.call(REDIRECTS, id)) {
      return require(REDIRECTS[id]);
    }
    const coreFile = path.join(coreDir, `${id}.js`);
    const shimFile = path.join(shimDir, `${id}.js`);
    if (STANDIN_CAPABLE.has(id)) {
      if (!forceStandins && fs.existsSync(coreFile)) {
        try {
          return evaluate(id, coreFile);
        } catch (err) {
          notes.push(`${id}: core file failed to load under node ` +
                     `(${err.message}); using the stand-in`);
        }
      }
      notes.push(`${id}: stand-in from shims/${id}.js`);
      return evaluate(id, shimFile);
    }
    if (ALWAYS_SHIMMED.has(id)) return evaluate(id, shimFile);
    if (fs.existsSync(coreFile)) return evaluate(id, coreFile);
    throw notFound(id);
  }

  function internalBinding(name) {
    const b = bindings[name];
    if (b === undefined) throw new Error(`No such binding: ${name}`);
    return b;
  }

  return { require: mosaicRequire, internalBinding, notes };
}

module.exports = { createLoader, repoRoot, coreDir };
