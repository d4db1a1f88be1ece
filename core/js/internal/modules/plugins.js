'use strict';
// Plugins: which the runtime holds (its lock file and the plugin path), and
// loading one on first require — dependencies first, ranges checked — then
// evaluating its embedded JavaScript with its Node-API binding.

const binding = internalBinding('plugins');
const { satisfies } = require('internal/modules/semver');

let catalog;          // name -> { name, version, file, hash, origin, stamp }
const loaded = new Map();  // name -> Plugin

// Builtin ids served by a plugin whose name differs from the id's first
// segment.
const aliases = new Map([
  ['sys', 'util'], ['constants', 'os'], ['_stream_duplex', 'stream'],
  ['_stream_passthrough', 'stream'], ['_stream_readable', 'stream'],
  ['_stream_transform', 'stream'], ['_stream_writable', 'stream'],
  ['_stream_wrap', 'stream'], ['_http_agent', 'http'], ['_http_client', 'http'],
  ['_http_common', 'http'], ['_http_incoming', 'http'], ['_http_outgoing', 'http'],
  ['_http_server', 'http'], ['_tls_common', 'tls'], ['_tls_wrap', 'tls'],
]);

function extraDirs() {
  const dirs = [];
  const { pluginPath } = require('internal/run_info').get();
  if (pluginPath) dirs.push(pluginPath);
  if (process.env.MOSAIC_PLUGIN_PATH) dirs.push(process.env.MOSAIC_PLUGIN_PATH);
  return dirs.join(':');
}

function getCatalog() {
  if (catalog !== undefined) return catalog;
  catalog = new Map();
  for (const [name, version, file, hash, origin, stamp] of binding.catalog(extraDirs())) {
    // The runtime's own plugins win over same-named ones on the plugin path.
    if (!catalog.has(name)) catalog.set(name, { name, version, file, hash, origin, stamp });
  }
  return catalog;
}

function pluginError(message, code) {
  const err = new Error(message);
  err.code = code;
  return err;
}

function missingPluginError(id, name) {
  return pluginError(
    `Cannot load built-in module '${id}': this runtime was composed without ` +
    `the '${name}' plugin. Add '//modules/${name}' to the modules of its ` +
    `mosaic_runtime(), or put libmosaic_${name}.so in a directory on ` +
    'MOSAIC_PLUGIN_PATH (or --plugin-path).',
    'ERR_MOSAIC_PLUGIN_MISSING');
}

class Plugin {
  constructor(manifest, entry) {
    this.name = manifest.name;
    this.version = manifest.version;
    this.file = entry.file;
    this.files = manifest.files;
    this.builtins = new Map(manifest.builtins);
    this.binding = undefined;
    this.cache = new Map();  // path -> module
    this.handle = manifest.handle;
  }

  // Evaluates one of the plugin's JS files (CommonJS-style, cached).
  require(path) {
    const cached = this.cache.get(path);
    if (cached !== undefined) return cached.exports;
    const source = this.files[path];
    if (source === undefined) {
      throw pluginError(`Plugin '${this.name}' has no file '${path}'`, 'ERR_MOSAIC_PLUGIN_INVALID');
    }
    const module = { exports: {}, id: path, loaded: false };
    this.cache.set(path, module);
    const fn = binding.compile(source, `node:${this.name}/${path}`, this.handle, path);
    try {
      fn.call(module.exports, module.exports, (id) => this.requireFrom(path, id), module, this.binding);
    } catch (err) {
      this.cache.delete(path);
      throw err;
    }
    module.loaded = true;
    return module.exports;
  }

  requireFrom(fromPath, id) {
    if (id.startsWith('./') || id.startsWith('../')) {
      return this.require(resolveRelative(fromPath, id));
    }
    return require(id);
  }
}

function resolveRelative(fromPath, id) {
  const parts = fromPath.split('/');
  parts.pop();
  for (const part of id.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.') parts.push(part);
  }
  let path = parts.join('/');
  if (!path.endsWith('.js') && !path.endsWith('.json')) path += '.js';
  return path;
}

function loadPlugin(name, chain) {
  const done = loaded.get(name);
  if (done !== undefined) {
    if (done === 'loading') {
      throw pluginError(`Plugin dependency cycle: ${chain.concat(name).join(' -> ')}`,
                        'ERR_MOSAIC_PLUGIN_CYCLE');
    }
    return done;
  }
  const entry = getCatalog().get(name);
  if (entry === undefined) return undefined;
  loaded.set(name, 'loading');
  try {
    const manifest = binding.load(entry.file, entry.hash, entry.stamp);
    if (manifest.name !== name) {
      throw pluginError(`${entry.file} holds plugin '${manifest.name}', expected '${name}'`,
                        'ERR_MOSAIC_PLUGIN_INVALID');
    }
    if (entry.version && entry.version !== manifest.version) {
      throw pluginError(`Plugin '${name}' is version ${manifest.version} but the runtime's ` +
                        `lock file says ${entry.version}`, 'ERR_MOSAIC_PLUGIN_INVALID');
    }
    for (const [depName, range] of manifest.dependencies) {
      const dep = dependencyVersion(depName, chain.concat(name));
      if (dep === undefined) {
        throw pluginError(`Plugin '${name}' requires plugin '${depName}' (${range}), ` +
                          'which this runtime does not have', 'ERR_MOSAIC_PLUGIN_MISSING');
      }
      if (!satisfies(dep.version, range)) {
        throw pluginError(`Plugin '${name}' requires plugin '${depName}' ${range}, ` +
                          `but the runtime has ${dep.version}`, 'ERR_MOSAIC_PLUGIN_VERSION');
      }
    }
    const plugin = new Plugin(manifest, entry);
    plugin.binding = manifest.hasInit ? binding.init(manifest.handle, entry.file) : {};
    loaded.set(name, plugin);
    process.versions[name] = manifest.version;
    return plugin;
  } catch (err) {
    loaded.delete(name);
    throw err;
  }
}

// A dependency's version, from the lock file when it records one: the
// dependency itself is then only opened when something requires it (fs
// needs stream for its streams, not to start), and its manifest is checked
// against the lock then. Plugins from the plugin path have no recorded
// version and are loaded to learn it.
function dependencyVersion(name, chain) {
  const done = loaded.get(name);
  if (done !== undefined && done !== 'loading') return done;
  const entry = getCatalog().get(name);
  if (entry !== undefined && entry.version) return entry;
  return loadPlugin(name, chain);
}

// Whether plugin `name` has been loaded (a plugin can tell from this that no
// object of another plugin's classes can exist yet).
function isLoaded(name) {
  return loaded.get(name) instanceof Plugin;
}

// Whether this runtime holds the plugin that provides builtin `id`.
function canLoadBuiltin(id, pluginName) {
  return getCatalog().has(aliases.get(id) || pluginName);
}

// require('<id>') for a builtin a plugin provides.
function loadBuiltin(id, pluginName) {
  const name = aliases.get(id) || pluginName;
  const plugin = loadPlugin(name, []);
  if (plugin === undefined) throw missingPluginError(id, name);
  const path = plugin.builtins.get(id);
  if (path === undefined) {
    throw pluginError(`Plugin '${name}' ${plugin.version} does not provide '${id}'`,
                      'ERR_MOSAIC_PLUGIN_MISSING');
  }
  return plugin.require(path);
}

// process.dlopen(module, filename[, flags])
function dlopen(module, filename, flags) {
  return require('internal/modules/addons').dlopen(module, filename, flags);
}

// `mosaic --plugins`
function printPlugins() {
  const { writeString } = internalBinding('process');
  const lines = [];
  for (const entry of getCatalog().values()) {
    const state = loaded.get(entry.name);
    const version = entry.version || (state && state.version) || '?';
    lines.push(`${entry.name}\t${version}\t${state ? 'loaded' : 'not loaded'}\t${entry.origin}\t${entry.file}`);
  }
  writeString(1, lines.length ? `${lines.join('\n')}\n` : '(no plugins: core only)\n');
}

module.exports = { loadBuiltin, canLoadBuiltin, isLoaded, dlopen, printPlugins, getCatalog };
