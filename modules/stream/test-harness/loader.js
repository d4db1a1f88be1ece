'use strict';
// Loads the Mosaic stream plugin under the system node, the way Mosaic
// would:
//   plugin files (modules/stream/**.js)
//       (function (exports, require, module, binding) { ... })
//       require('./x') / require('../x') -> the plugin's own files
//   core files (core/js/internal/**.js)
//       (function (exports, require, module, internalBinding) { ... })
//       require('internal/x') -> core/js/internal/x.js
//   require('events')          -> Mosaic's events plugin (modules/events)
//   require('stream'), 'stream/promises', '_stream_*' -> this plugin
//   any other builtin          -> node's own (buffer, string_decoder, util)
//
// MOSAIC_STREAM_USE_NODE_EVENTS=1 uses node's events instead;
// MOSAIC_STREAM_USE_MOSAIC_DECODER=1 uses Mosaic's string_decoder plugin
// (modules/string_decoder) instead of node's.

const fs = require('fs');
const path = require('path');
const vm = require('vm');

const ROOT = path.resolve(__dirname, '..', '..', '..');
// MOSAIC_STREAM_DIR: load the plugin from another copy (experiments).
const PLUGIN_DIR = process.env.MOSAIC_STREAM_DIR || path.join(ROOT, 'modules', 'stream');
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

const OTHER_PLUGINS = {};
if (process.env.MOSAIC_STREAM_USE_NODE_EVENTS !== '1') {
  OTHER_PLUGINS.events = path.join(ROOT, 'modules', 'events', 'events.js');
}

if (process.env.MOSAIC_STREAM_USE_MOSAIC_DECODER === '1') {
  OTHER_PLUGINS.string_decoder = path.join(ROOT, 'modules', 'string_decoder', 'string_decoder.js');
}

const cache = new Map();

function internalBinding(name) {
  throw new Error(`internalBinding('${name}') is not available under the harness`);
}

function load(file, kind) {
  const cached = cache.get(file);
  if (cached) return cached.exports;
  const module = { exports: {}, id: file, loaded: false };
  cache.set(file, module);
  const src = fs.readFileSync(file, 'utf8');
  const params = kind === 'core' ?
    '(exports, require, module, internalBinding)' :
    '(exports, require, module, binding)';
  const fn = vm.runInThisContext(`(function ${params} {${src}\n})`, { filename: file });
  const req = (id) => requireFrom(file, kind, id);
  try {
    fn.call(module.exports, module.exports, req, module, kind === 'core' ? internalBinding : {});
  } catch (err) {
    cache.delete(file);
    throw err;
  }
  module.loaded = true;
  return module.exports;
}

function requireFrom(fromFile, kind, id) {
  if (id.startsWith('node:')) id = id.slice(5);
  if (id.startsWith('./') || id.startsWith('../')) {
    let file = path.resolve(path.dirname(fromFile), id);
    if (!file.endsWith('.js') && !file.endsWith('.json')) file += '.js';
    return load(file, kind);
  }
  // Under node every builtin plugin is "loaded": node's buffer is always
  // there.
  if (id === 'internal/modules/plugins') return { isLoaded: () => true };
  if (id.startsWith('internal/')) {
    return load(path.join(CORE_DIR, `${id}.js`), 'core');
  }
  return requireBuiltin(id);
}

function requireBuiltin(id) {
  if (id.startsWith('node:')) id = id.slice(5);
  if (Object.prototype.hasOwnProperty.call(BUILTINS, id)) {
    return load(path.join(PLUGIN_DIR, BUILTINS[id]), 'plugin');
  }
  if (Object.prototype.hasOwnProperty.call(OTHER_PLUGINS, id)) {
    return load(OTHER_PLUGINS[id], 'plugin');
  }
  return require(id);
}

module.exports = { require: requireBuiltin, ROOT, PLUGIN_DIR };
