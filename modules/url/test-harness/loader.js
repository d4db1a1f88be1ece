'use strict';
// Loads the Mosaic url plugin under the system node, the way Mosaic would:
//   plugin files (modules/url/*.js)
//       (function (exports, require, module, binding) { ... })
//       require('./x') -> the plugin's own files
//   core files (core/js/internal/**.js)
//       (function (exports, require, module, internalBinding) { ... })
//       require('internal/x') -> core/js/internal/x.js
//       require('internal/deps/<pkg>/<file>') -> the embedded npm packages
//         (third_party/.deps/core-npm/node_modules, loaded with node's
//         require: they are plain CommonJS packages)
//       require('internal/url') -> whatwg-url's URL and URLSearchParams
//   require('querystring'), require('path') -> Mosaic's plugins
//   any other builtin -> node's own

const fs = require('fs');
const path = require('path');
const vm = require('vm');

const ROOT = path.resolve(__dirname, '..', '..', '..');
const PLUGIN_DIR = path.join(ROOT, 'modules', 'url');
const CORE_DIR = path.join(ROOT, 'core', 'js');
const NPM_DIR = path.join(ROOT, 'third_party', '.deps', 'core-npm', 'node_modules');

const OTHER_PLUGINS = {
  querystring: path.join(ROOT, 'modules', 'querystring', 'querystring.js'),
  path: path.join(ROOT, 'modules', 'path', 'path.js'),
};

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
  if (id.startsWith('./') || id.startsWith('../')) {
    let file = path.resolve(path.dirname(fromFile), id);
    if (!file.endsWith('.js') && !file.endsWith('.json')) file += '.js';
    return load(file, kind);
  }
  if (id.startsWith('internal/deps/')) {
    return require(path.join(NPM_DIR, id.slice('internal/deps/'.length)));
  }
  if (id === 'internal/url') {
    // The plugin takes only URL and URLSearchParams from here; the core
    // file itself needs native bindings (util.inspect hooks).
    const { URL, URLSearchParams } = require(path.join(NPM_DIR, 'whatwg-url'));
    return { URL, URLSearchParams };
  }
  if (id.startsWith('internal/')) {
    return load(path.join(CORE_DIR, `${id}.js`), 'core');
  }
  return requireBuiltin(id);
}

function requireBuiltin(id) {
  if (id.startsWith('node:')) id = id.slice(5);
  if (id === 'url') return load(path.join(PLUGIN_DIR, 'url.js'), 'plugin');
  if (id === 'punycode') return load(path.join(ROOT, 'modules', 'punycode', 'punycode.js'), 'plugin');
  if (Object.prototype.hasOwnProperty.call(OTHER_PLUGINS, id)) {
    return load(OTHER_PLUGINS[id], 'plugin');
  }
  return require(id);
}

module.exports = { require: requireBuiltin, ROOT, PLUGIN_DIR };
