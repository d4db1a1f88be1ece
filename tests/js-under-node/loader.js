'use strict';
// Loads Mosaic's plain-JS modules under the system node, the way the Mosaic
// runtime would: each file is wrapped in
//   (function (exports, require, module, internalBinding) { ... })
// - require('internal/x')  -> core/js/internal/x.js
// - require('<name>') for a module Mosaic implements here (events, path,
//   querystring, string_decoder) -> modules/<name>/<name>.js
// - any other builtin -> node's own (util, buffer, assert, ...)
// - internalBinding('uv') -> node's own binding (needs --expose-internals)

const fs = require('fs');
const path = require('path');
const vm = require('vm');

const ROOT = path.resolve(__dirname, '..', '..');
const OURS = new Set(['events', 'path', 'querystring', 'string_decoder']);

let nodeInternalBinding;
function internalBinding(name) {
  if (nodeInternalBinding === undefined) {
    try {
      nodeInternalBinding = require('internal/test/binding').internalBinding;
    } catch {
      nodeInternalBinding = null;
    }
  }
  if (name === 'uv') {
    if (nodeInternalBinding) return nodeInternalBinding('uv');
    // Fallback without --expose-internals: build the table from util.
    const util = require('util');
    const os = require('os');
    const map = util.getSystemErrorMap();
    const b = { getErrorMap: () => map, errname: (n) => util.getSystemErrorName(n) };
    for (const [errno, [n]] of map) b[`UV_${n}`] = errno;
    void os;
    return b;
  }
  throw new Error(`No such binding: ${name}`);
}

// Under node the global EventTarget/AbortSignal are node's, so the
// EventTarget helpers internal/events reaches for must be node's too.
function nodeEventTargetShim() {
  const events = require('events');
  let internals = {};
  try {
    internals = require('internal/event_target');
  } catch {
    // without --expose-internals: fall back on instanceof
  }
  return {
    isEventTarget: internals.isEventTarget ||
      ((o) => typeof EventTarget === 'function' && o instanceof EventTarget),
    kResistStopPropagation: internals.kResistStopPropagation,
    getEventListeners: (target, type) => events.getEventListeners(target, type),
    getMaxListeners: (target) => events.getMaxListeners(target),
    setMaxListeners: (n, ...targets) => events.setMaxListeners(n, ...targets),
  };
}
// inspect is compared separately (tests/inspect-under-node); here node's own
// stands in so events' error messages can be checked without its bindings.
const shims = new Map([
  ['internal/event_target', nodeEventTargetShim],
  ['internal/util/inspect', () => require('util')],
]);

const cache = new Map();

// The npm packages the core embeds as internal/deps/<package>/...: in Bazel's
// runfiles (external/core_npm) or, run by hand, where tools/setup installs them.
const depDirs = [path.join(ROOT, 'external', 'core_npm'),
                 path.join(ROOT, 'third_party', '.deps', 'core-npm', 'node_modules')];

function resolveDep(rest) {
  for (const dir of depDirs) {
    const file = path.join(dir, rest.endsWith('.js') ? rest : `${rest}.js`);
    if (fs.existsSync(file)) return file;
  }
  return null;
}

// require() inside an embedded package, as the core's depsRequire does it:
// relative paths within the package, other packages by their "main".
function depRequire(file) {
  return (specifier) => {
    if (specifier.startsWith('./') || specifier.startsWith('../')) {
      return loadFile(path.resolve(path.dirname(file), specifier).replace(/\.js$/, '') + '.js',
                      specifier);
    }
    for (const dir of depDirs) {
      const pkg = path.join(dir, specifier, 'package.json');
      if (!fs.existsSync(pkg)) continue;
      const main = JSON.parse(fs.readFileSync(pkg, 'utf8')).main || 'index.js';
      return loadFile(path.join(dir, specifier, main).replace(/\.js$/, '') + '.js', specifier);
    }
    return mosaicRequire(specifier);
  };
}

function resolve(id) {
  if (id.startsWith('node:')) id = id.slice(5);
  if (id.startsWith('internal/deps/')) return resolveDep(id.slice('internal/deps/'.length));
  if (id.startsWith('internal/')) {
    return path.join(ROOT, 'core', 'js', `${id}.js`);
  }
  if (OURS.has(id)) return path.join(ROOT, 'modules', id, `${id}.js`);
  return null;
}

function mosaicRequire(id) {
  if (shims.has(id)) {
    if (!cache.has(id)) cache.set(id, { exports: shims.get(id)() });
    return cache.get(id).exports;
  }
  const file = resolve(id);
  if (file === null) return require(id);
  return loadFile(file, id);
}

function loadFile(file, id) {
  const cached = cache.get(file);
  if (cached) return cached.exports;
  const module = { exports: {}, id, filename: file };
  cache.set(file, module);
  const src = fs.readFileSync(file, 'utf8');
  const fn = vm.runInThisContext(
    `(function (exports, require, module, internalBinding) {${src}\n})`,
    { filename: file });
  const isDep = depDirs.some((dir) => file.startsWith(dir + path.sep));
  fn.call(module.exports, module.exports, isDep ? depRequire(file) : mosaicRequire, module,
          internalBinding);
  return module.exports;
}

module.exports = { require: mosaicRequire, internalBinding, ROOT };
