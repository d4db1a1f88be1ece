'use strict';
// The ES module loader: builds the module graph (compiling source text,
// wrapping CommonJS, JSON and builtins as synthetic modules), then
// instantiates and evaluates it. import() from either module kind and
// import.meta come here through the core's host callbacks.

const binding = internalBinding('modules');
const { readFileUtf8 } = internalBinding('loader');
const { resolve, formatOf } = require('internal/modules/esm/resolve');

const moduleMap = new Map();  // url -> { id, url, format }
// Files of no declared type found to contain ES module syntax.
const detectedModules = new Set();
let preserveSymlinks = false;

function url() {
  return require('internal/url');
}

function codes() {
  return require('internal/errors').codes;
}

function cjsLoader() {
  return require('internal/modules/cjs/loader');
}

// Names a CommonJS module exports, found lexically as node does
// (cjs-module-lexer), following `module.exports = require(...)` re-exports.
function cjsExportNames(filename, seen = new Set()) {
  const names = new Set();
  if (seen.has(filename)) return names;
  seen.add(filename);
  let source;
  try {
    source = readFileUtf8(filename, true);
  } catch {
    return names;
  }
  if (!filename.endsWith('.js') && !filename.endsWith('.cjs')) return names;
  let parsed;
  try {
    parsed = require('internal/deps/cjs-module-lexer/lexer').parse(cjsLoader()._stripShebang(source));
  } catch {
    return names;  // a syntax error surfaces when the module runs
  }
  for (const name of parsed.exports) names.add(name);
  const Module = cjsLoader();
  for (const request of parsed.reexports) {
    try {
      const fake = new Module(filename, null);
      fake.filename = filename;
      fake.paths = Module._nodeModulePaths(require('internal/path').dirname(filename));
      const target = Module._resolveFilename(request, fake, false);
      for (const name of cjsExportNames(target, seen)) names.add(name);
    } catch {}
  }
  return names;
}

function createCommonJsModule(moduleURL) {
  const filename = url().fileURLToPath(moduleURL);
  const names = [...cjsExportNames(filename)].filter((n) => n !== 'default');
  return binding.createSynthetic(moduleURL, ['default', ...names], () => {
    const Module = cjsLoader();
    const exports = Module._cache[filename] ?
      Module._cache[filename].exports : Module._load(filename, null, false);
    const values = { default: exports };
    for (const name of names) {
      try {
        values[name] = exports == null ? undefined : exports[name];
      } catch {
        values[name] = undefined;
      }
    }
    return values;
  });
}

// Builtin module records with the exports object and names they mirror.
const builtinRecords = [];

function createBuiltinModule(moduleURL) {
  const exports = require('internal/modules/builtins').requirePublic(moduleURL);
  const names = exports !== null && (typeof exports === 'object' || typeof exports === 'function') ?
    Object.keys(exports).filter((n) => n !== 'default') : [];
  const id = binding.createSynthetic(moduleURL, ['default', ...names], () => {
    const values = { default: exports };
    for (const name of names) values[name] = exports[name];
    return values;
  });
  builtinRecords.push({ id, exports, names });
  return id;
}

// module.syncBuiltinESMExports(): the named exports of builtin ES modules
// take the current values of the CommonJS exports' properties (names added
// since are not added, as in node).
function syncBuiltinESMExports() {
  for (const { id, exports, names } of builtinRecords) {
    for (const name of names) binding.setSyntheticExport(id, name, exports[name]);
  }
}

function createJsonModule(moduleURL, source) {
  return binding.createSynthetic(moduleURL, ['default'], () => {
    try {
      return { default: JSON.parse(source) };
    } catch (err) {
      err.message = `${url().fileURLToPath(moduleURL)}: ${err.message}`;
      throw err;
    }
  });
}

function sourceOf(moduleURL) {
  if (moduleURL.startsWith('data:')) {
    const match = /^data:([^,;]*)(;base64)?,(.*)$/s.exec(moduleURL);
    if (!match) throw new (codes().ERR_INVALID_URL)(moduleURL);
    const body = match[2] ? atob(match[3]) : decodeURIComponent(match[3]);
    return { source: body, mime: match[1] };
  }
  return { source: readFileUtf8(url().fileURLToPath(moduleURL), true) };
}

function checkAssertion(record, type, parentURL) {
  if (record.format === 'json' && type !== 'json') {
    throw new (codes().ERR_IMPORT_ASSERTION_TYPE_MISSING)(record.url, 'json');
  }
  if (type === 'json' && record.format !== 'json') {
    throw new (codes().ERR_IMPORT_ASSERTION_TYPE_FAILED)(record.url, 'json');
  }
  if (type !== undefined && type !== 'json') {
    throw new (codes().ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED)(type);
  }
}

// Creates (once) the record for a resolved URL and, recursively, its deps.
function getRecord(moduleURL) {
  const existing = moduleMap.get(moduleURL);
  if (existing !== undefined) return existing;
  let format = detectedModules.has(moduleURL) ? 'module' : formatOf(moduleURL);
  let id;
  if (format === 'data') {
    const { source, mime } = sourceOf(moduleURL);
    if (mime === 'application/json') {
      format = 'json';
      id = createJsonModule(moduleURL, source);
    } else if (mime === 'text/javascript') {
      format = 'module';
      id = binding.compile(source, moduleURL);
    } else {
      throw new (codes().ERR_UNKNOWN_MODULE_FORMAT)(mime, moduleURL);
    }
  } else if (format === 'module') {
    id = binding.compile(sourceOf(moduleURL).source, moduleURL);
  } else if (format === 'commonjs') {
    id = createCommonJsModule(moduleURL);
  } else if (format === 'builtin') {
    id = createBuiltinModule(moduleURL);
  } else if (format === 'json') {
    id = createJsonModule(moduleURL, sourceOf(moduleURL).source);
  } else {
    throw new (codes().ERR_UNKNOWN_FILE_EXTENSION)('.node', url().fileURLToPath(moduleURL));
  }
  const record = { id, url: moduleURL, format };
  moduleMap.set(moduleURL, record);
  if (format === 'module') linkRecord(record);
  return record;
}

function linkRecord(record) {
  const resolved = [];
  for (const [specifier, type] of binding.requests(record.id)) {
    const dep = getRecord(resolve(specifier, record.url, preserveSymlinks));
    checkAssertion(dep, type, record.url);
    resolved.push(dep.id);
  }
  binding.link(record.id, resolved);
}

// Loads, links and evaluates `specifier`; resolves to its namespace.
async function importModule(specifier, parentURL, type) {
  const record = getRecord(resolve(specifier, parentURL, preserveSymlinks));
  checkAssertion(record, type, parentURL);
  binding.instantiate(record.id);
  // import() of a module whose body is running (itself, or a cycle back to
  // it): V8 cannot evaluate it again until that body returns, so wait for
  // the running evaluation to leave the stack: normally by the next
  // microtask, else (microtasks run inside it) on later loop turns.
  for (let turns = 0; binding.status(record.id) === kEvaluating; turns++) {
    await (turns < 16 ? null : new Promise((resolveTurn) => setImmediate(resolveTurn)));
  }
  await binding.evaluate(record.id);
  return binding.getNamespace(record.id);
}

// v8::Module::Status values.
const kEvaluating = 3;
const kEvaluated = 4;
const kErrored = 5;
// URL -> filename of the CommonJS module whose require() of it is running.
const requiring = new Map();

// require() of an ES module (node >= 20.19): its graph is loaded, linked
// and evaluated synchronously, which a graph with top-level await cannot
// be. `detected`: a file of no declared type found to hold ES module syntax.
function requireModule(filename, parentFilename, detected = false) {
  const moduleURL = url().pathToFileURL(filename).href;
  if (detected) detectedModules.add(moduleURL);
  const record = getRecord(moduleURL);
  const status = binding.status(record.id);
  if (status === kErrored) throw binding.getError(record.id);
  if (status === kEvaluating) throw requireCycleError(filename, moduleURL, parentFilename);
  if (status !== kEvaluated) {
    binding.instantiate(record.id);
    requiring.set(moduleURL, parentFilename);
    try {
      if (!binding.evaluateSync(record.id)) {
        throw new (codes().ERR_REQUIRE_ASYNC_MODULE)(filename, parentFilename);
      }
    } finally {
      requiring.delete(moduleURL);
    }
  }
  return requiredExports(record);
}

function requireCycleError(filename, moduleURL, parentFilename) {
  const requiredBy = requiring.get(moduleURL);
  let message = `Cannot require() ES Module ${filename} in a cycle.`;
  if (requiredBy !== undefined) {
    message += ` (from ${requiredBy})`;
  } else {
    message += ` (from ${parentFilename}) A cycle involving require(esm) is not allowed to ` +
      'maintain invariants mandated by the ECMAScript specification. Try making at least ' +
      'part of the dependency in the graph lazily loaded.';
  }
  return new (codes().ERR_REQUIRE_CYCLE_MODULE)(message);
}

// What require() returns for an evaluated ES module: its namespace, or the
// value it exports as 'module.exports'; a namespace with a default export
// gains `__esModule: true` (through a facade module re-exporting it) so
// transpiled CommonJS reads the default export as such.
function requiredExports(record) {
  const namespace = binding.getNamespace(record.id);
  if ('module.exports' in namespace) return namespace['module.exports'];
  if (!('default' in namespace) || '__esModule' in namespace) return namespace;
  record.facade ??= facadeNamespace(record);
  return record.facade;
}

function facadeNamespace(record) {
  const id = binding.compile('export * from "original"; export { default } from "original"; ' +
                             'export const __esModule = true;', record.url);
  binding.link(id, binding.requests(id).map(() => record.id));
  binding.instantiate(id);
  binding.evaluateSync(id);
  return binding.getNamespace(id);
}

// The URL to resolve against for code that is not itself a module
// (CommonJS files by path, -e code by name).
function referrerURL(referrer) {
  if (typeof referrer === 'string' && referrer.startsWith('file:')) return referrer;
  if (typeof referrer === 'string' && referrer.startsWith('/')) return url().pathToFileURL(referrer).href;
  return url().pathToFileURL(`${process.cwd()}/`).href;
}

function importModuleDynamically(specifier, referrer, type) {
  return importModule(specifier, referrerURL(referrer), type);
}

// import.meta with node's keys, in node's order.
function initializeImportMeta(meta, moduleURL) {
  if (moduleURL.startsWith('file:')) {
    const filename = url().fileURLToPath(moduleURL);
    meta.dirname = require('internal/path').dirname(filename);
    meta.filename = filename;
  }
  meta.resolve = (specifier) => resolveForImportMeta(`${specifier}`, moduleURL);
  meta.url = moduleURL;
}

// import.meta.resolve computes where a specifier points without loading
// it, as node's: a missing file or a directory still gives its URL, and a
// URL of a scheme or builtin the loader would refuse is returned as is.
function resolveForImportMeta(specifier, moduleURL) {
  try {
    return resolve(specifier, moduleURL, preserveSymlinks);
  } catch (err) {
    if ((err.code === 'ERR_MODULE_NOT_FOUND' || err.code === 'ERR_UNSUPPORTED_DIR_IMPORT') && err.url) {
      return err.url;
    }
    if (err.code === 'ERR_UNSUPPORTED_ESM_URL_SCHEME' || err.code === 'ERR_UNKNOWN_BUILTIN_MODULE') {
      return new (url().URL)(specifier).href;
    }
    throw err;
  }
}

function configure(options) {
  preserveSymlinks = options.preserveSymlinks;
}

// Runs `filename` as the main ES module; a rejection becomes the process's
// uncaught exception, a never-settling top-level await exit code 13.
// `detected`: the file has no declared type but ES module syntax.
function runMainModule(filename, detected = false) {
  const mainURL = url().pathToFileURL(filename).href;
  if (detected) detectedModules.add(mainURL);
  return runEntry(() => importModule(mainURL, undefined), mainURL);
}

// Runs source text (--input-type=module, -e) as the main module.
function runMainSource(source, name) {
  const entryURL = url().pathToFileURL(`${process.cwd()}/${name}`).href;
  return runEntry(async () => {
    const record = { id: binding.compile(source, entryURL), url: entryURL, format: 'module' };
    linkRecord(record);
    binding.instantiate(record.id);
    await binding.evaluate(record.id);
  }, entryURL);
}

function runEntry(run, entryURL) {
  let settled = false;
  process.on('exit', (code) => {
    if (!settled && code === 0 && process.exitCode === undefined) {
      internalBinding('process').writeString(2,
        `Warning: Detected unsettled top-level await at ${entryURL}\n`);
      process.exitCode = 13;
    }
  });
  run().then(() => { settled = true; }, (err) => {
    settled = true;
    internalBinding('runtime').triggerUncaughtException(err);
  });
}

module.exports = {
  configure,
  importModule,
  importModuleDynamically,
  initializeImportMeta,
  requireModule,
  syncBuiltinESMExports,
  runMainModule,
  runMainSource,
  formatOf,
};
