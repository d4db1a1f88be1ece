'use strict';

// Loads core/js/internal/*.js modules under the system node, the way the
// mosaic binary does: each file is wrapped as
//   (function (exports, require, module, internalBinding) { ... })
// `require('internal/...')` resolves to core/js/internal, anything else
// falls back to node's own require (public builtins).
//
// internalBinding(name) is node's *own* binding of that name (needs
// `node --expose-internals`), which has the semantics the mosaic core must
// reproduce; 'performance' is shimmed with performance.now().

const fs = require('fs');
const path = require('path');
const vm = require('vm');

const INTERNAL_ROOT = path.resolve(__dirname, '..', '..', 'core', 'js', 'internal');

let nodeBindingLoader;
function nodeInternalBinding(name) {
  if (nodeBindingLoader === undefined) {
    // internal/test/binding warns when loaded; keep the output clean.
    const emitWarning = process.emitWarning;
    process.emitWarning = () => {};
    try {
      nodeBindingLoader = require('internal/test/binding').internalBinding;
    } catch (err) {
      throw new Error('run the harness with `node --expose-internals`', { cause: err });
    } finally {
      process.emitWarning = emitWarning;
    }
  }
  return nodeBindingLoader(name);
}

/**
 * Creates an isolated module registry.
 * @param {object} [overrides] binding name -> object replacing node's binding
 */
function createLoader(overrides = {}) {
  const cache = new Map();

  function internalBinding(name) {
    if (Object.prototype.hasOwnProperty.call(overrides, name)) {
      return overrides[name];
    }
    if (name === 'performance') {
      return { now: () => performance.now() };
    }
    return nodeInternalBinding(name);
  }

  function requireModule(id) {
    if (!id.startsWith('internal/')) {
      return require(id);
    }
    const cached = cache.get(id);
    if (cached !== undefined) return cached.exports;

    const filename = path.join(INTERNAL_ROOT, `${id.slice('internal/'.length)}.js`);
    const source = fs.readFileSync(filename, 'utf8');
    const fn = vm.compileFunction(
      source, ['exports', 'require', 'module', 'internalBinding'], { filename });
    const module = { exports: {}, id };
    cache.set(id, module);
    try {
      fn.call(module.exports, module.exports, requireModule, module, internalBinding);
    } catch (err) {
      cache.delete(id);
      throw err;
    }
    return module.exports;
  }

  return { require: requireModule, internalBinding };
}

module.exports = { createLoader, nodeInternalBinding };
