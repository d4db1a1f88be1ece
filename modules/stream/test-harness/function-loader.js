'use strict';
// Like loader.js, but with `new Function` instead of `vm` and the public
// `require` for everything outside this plugin and core/js/internal, so it
// also runs on mosaic itself (whose user code cannot require internal/*).
// This lets a mosaic binary built with an older snapshot of this plugin run
// the current sources:
//
//   mosaic -r ./use-current-stream.js script.js

const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..', '..');
const PLUGIN_DIR = path.join(ROOT, 'modules', 'stream');
const CORE_DIR = path.join(ROOT, 'core', 'js');

const BUILTINS = {
  stream: 'stream.js',
  'stream/promises': 'promises.js',
  _stream_readable: '_stream_readable.js',
  _stream_writable: '_stream_writable.js',
  _stream_duplex: '_stream_duplex.js',
  _stream_transform: '_stream_transform.js',
  _stream_passthrough: '_stream_passthrough.js',
  _stream_wrap: '_stream_wrap.js',
};

const cache = new Map();
const publicRequire = require;

function load(file, kind) {
  const cached = cache.get(file);
  if (cached) return cached.exports;
  const module = { exports: {}, id: file, loaded: false };
  cache.set(file, module);
  const src = fs.readFileSync(file, 'utf8');
  // eslint-disable-next-line no-new-func
  const fn = new Function('exports', 'require', 'module',
                          kind === 'core' ? 'internalBinding' : 'binding',
                          `${src}\n//# sourceURL=${file}`);
  const req = (id) => requireFrom(file, kind, id);
  const binding = kind === 'core' ?
    (name) => { throw new Error(`internalBinding('${name}') is not available here`); } :
    {};
  try {
    fn.call(module.exports, module.exports, req, module, binding);
  } catch (err) {
    cache.delete(file);
    throw err;
  }
  module.loaded = true;
  return module.exports;
}

function requireFrom(fromFile, kind, id) {
  if (id.startsWith('./') || id.startsWith('../')) {
    let file = path.resolve(path.dirname(fromFile), id);
    if (!file.endsWith('.js')) file += '.js';
    return load(file, kind);
  }
  if (id.startsWith('internal/')) return load(path.join(CORE_DIR, `${id}.js`), 'core');
  return requireBuiltin(id);
}

function requireBuiltin(id) {
  if (id.startsWith('node:')) id = id.slice(5);
  if (Object.prototype.hasOwnProperty.call(BUILTINS, id)) {
    return load(path.join(PLUGIN_DIR, BUILTINS[id]), 'plugin');
  }
  return publicRequire(id);
}

module.exports = { require: requireBuiltin };
