'use strict';
// The registry of public builtin modules: which live in core and which come
// from plugins, loaded lazily on first require.

let requireInternal;

// Builtins whose implementation the core itself needs. Their plugin (when a
// runtime is composed with it) re-exports the same object.
const coreModules = new Map([
  ['module', 'internal/modules/cjs/loader'],
]);

// Every module name Node has; used to tell "not in this runtime" apart from
// "no such module".
const nodeBuiltinNames = [
  '_http_agent', '_http_client', '_http_common', '_http_incoming',
  '_http_outgoing', '_http_server', '_stream_duplex', '_stream_passthrough',
  '_stream_readable', '_stream_transform', '_stream_wrap', '_stream_writable',
  '_tls_common', '_tls_wrap', 'assert', 'assert/strict', 'async_hooks',
  'buffer', 'child_process', 'cluster', 'console', 'constants', 'crypto',
  'dgram', 'diagnostics_channel', 'dns', 'dns/promises', 'domain', 'events',
  'fs', 'fs/promises', 'http', 'http2', 'https', 'inspector', 'module', 'net',
  'os', 'path', 'path/posix', 'path/win32', 'perf_hooks', 'process',
  'punycode', 'querystring', 'readline', 'readline/promises', 'repl',
  'stream', 'stream/consumers', 'stream/promises', 'stream/web',
  'string_decoder', 'sys', 'timers', 'timers/promises', 'tls',
  'trace_events', 'tty', 'url', 'util', 'util/types', 'v8', 'vm', 'wasi',
  'worker_threads', 'zlib',
];
const nodeBuiltins = new Set(nodeBuiltinNames);
// Only reachable with the node: prefix, as in Node.
const prefixOnly = new Set(['test', 'test/reporters', 'sea']);

const publicCache = new Map();

function setInternalLoader(loader) {
  requireInternal = loader;
}

// Modules of plugins that are not node builtins (third-party plugins on the
// plugin path): they are builtins of this runtime, found by plugin name. A
// plugin named like a node builtin provides only node's names, and a name
// with an empty segment ('events/', npm's way to ask for the package of
// that name) is never a builtin.
function isPluginModule(name) {
  const slash = name.indexOf('/');
  const plugin = slash === -1 ? name : name.slice(0, slash);
  if (plugin === '' || plugin[0] === '.' || plugin[0] === '@') return false;
  if (nodeBuiltins.has(plugin) || name.endsWith('/') || name.includes('//')) return false;
  return requireInternal('internal/modules/plugins').getCatalog().has(plugin);
}

function canBeRequiredWithoutScheme(name) {
  return nodeBuiltins.has(name) || isPluginModule(name);
}

function isBuiltin(specifier) {
  if (typeof specifier !== 'string') return false;
  if (specifier.startsWith('node:')) {
    const name = specifier.slice(5);
    return nodeBuiltins.has(name) || prefixOnly.has(name) || isPluginModule(name);
  }
  return nodeBuiltins.has(specifier) || isPluginModule(specifier);
}

// The plugin name that provides a builtin ('fs/promises' -> 'fs').
function pluginFor(name) {
  const slash = name.indexOf('/');
  return slash === -1 ? name : name.slice(0, slash);
}

function requirePublic(specifier) {
  const name = specifier.startsWith('node:') ? specifier.slice(5) : specifier;
  const cached = publicCache.get(name);
  if (cached !== undefined) return cached;
  let exports;
  if (name === 'process') {
    exports = globalThis.process;
  } else if (coreModules.has(name)) {
    exports = requireInternal(coreModules.get(name));
  } else if (nodeBuiltins.has(name) || prefixOnly.has(name) || isPluginModule(name)) {
    exports = requireInternal('internal/modules/plugins').loadBuiltin(name, pluginFor(name));
  } else {
    const { codes } = requireInternal('internal/errors');
    throw new codes.ERR_UNKNOWN_BUILTIN_MODULE(specifier);
  }
  publicCache.set(name, exports);
  return exports;
}

// Whether require(name) can succeed in this runtime (the core has it, or
// the runtime holds the plugin that provides it).
function isAvailable(name) {
  if (name === 'process' || coreModules.has(name)) return true;
  return requireInternal('internal/modules/plugins').canLoadBuiltin(name, pluginFor(name));
}

module.exports = {
  setInternalLoader,
  requirePublic,
  isAvailable,
  isBuiltin,
  canBeRequiredWithoutScheme,
  builtinModules: nodeBuiltinNames,
};
