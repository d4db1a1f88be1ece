'use strict';
// CommonJS: node's `Module` with its resolution rules, caches and the hooks
// popular tools patch (_resolveFilename, _load, _extensions, _compile).

const path = require('internal/path');
const builtins = require('internal/modules/builtins');
const { readFileUtf8, internalModuleStat, realpath, compileFunction } = internalBinding('loader');
const {
  readPackage, findPackageScope, resolveExports, resolveImports,
} = require('internal/modules/package_resolve');

const kWrapperParams = ['exports', 'require', 'module', '__filename', '__dirname'];
const requireConditions = new Set(['require', 'node', 'module-sync', 'node-addons']);

// Stats are cached only while a top-level module runs (its whole require
// tree), and only hits, as node does: a file created later, or a
// directory removed since, is seen.
let statCache = null;
const realpathCache = new Map();
let preserveSymlinks = false;
let preserveSymlinksMain = false;

function stat(filename) {
  if (statCache !== null) {
    const cached = statCache.get(filename);
    if (cached !== undefined) return cached;
  }
  const result = internalModuleStat(filename);
  if (statCache !== null && result >= 0) statCache.set(filename, result);
  return result;
}

function toRealPath(requestPath) {
  let result = realpathCache.get(requestPath);
  if (result === undefined) {
    result = realpath(requestPath);
    realpathCache.set(requestPath, result);
  }
  return result;
}

// module.parent lives here, behind Module.prototype's accessor (node's
// DEP0144 with --pending-deprecation).
const moduleParentCache = new WeakMap();

function Module(id = '', parent) {
  this.id = id;
  this.path = path.dirname(id);
  // Defined, not assigned: a setter someone put on Object.prototype must
  // not swallow it.
  Object.defineProperty(this, 'exports', {
    __proto__: null, value: {}, writable: true, enumerable: true, configurable: true,
  });
  this.filename = null;
  this.loaded = false;
  this.children = [];
  this.paths = [];
  moduleParentCache.set(this, parent);
  if (parent && parent.children && !parent.children.includes(this)) parent.children.push(this);
}

let parentDeprecationWarned = false;
function warnModuleParent() {
  if (parentDeprecationWarned || !require_('internal/options').pendingDeprecation()) return;
  parentDeprecationWarned = true;
  process.emitWarning('module.parent is deprecated due to accuracy issues. Please use ' +
                      'require.main to find program entry point instead.', 'DeprecationWarning', 'DEP0144');
}

Object.defineProperty(Module.prototype, 'parent', {
  __proto__: null,
  configurable: true,
  enumerable: false,
  get() {
    warnModuleParent();
    return moduleParentCache.get(this);
  },
  set(value) {
    warnModuleParent();
    moduleParentCache.set(this, value);
  },
});

Module._cache = Object.create(null);
Module._pathCache = Object.create(null);
Module._extensions = Object.create(null);
Module.globalPaths = [];
Module.builtinModules = builtins.builtinModules.slice();
Module.isBuiltin = builtins.isBuiltin;
Module.wrapper = [
  '(function (exports, require, module, __filename, __dirname) { ',
  '\n});',
];
Module.wrap = (script) => Module.wrapper[0] + script + Module.wrapper[1];

Module._initPaths = function _initPaths() {
  const home = process.env.HOME;
  const prefix = path.resolve(process.execPath, '..', '..');
  const paths = [path.resolve(prefix, 'lib', 'node')];
  if (home) {
    paths.unshift(path.resolve(home, '.node_libraries'));
    paths.unshift(path.resolve(home, '.node_modules'));
  }
  const nodePath = process.env.NODE_PATH;
  if (nodePath) {
    paths.unshift(...nodePath.split(':').filter(Boolean).map((p) => path.resolve(p)));
  }
  Module.globalPaths = paths;
};

// The node_modules folders to search from `from`, innermost first.
Module._nodeModulePaths = function _nodeModulePaths(from) {
  from = path.resolve(from);
  if (from === '/') return ['/node_modules'];
  const paths = [];
  const parts = from.split('/');
  for (let i = parts.length; i > 0; i--) {
    if (parts[i - 1] === 'node_modules') continue;
    const dir = parts.slice(0, i).join('/');
    paths.push((dir || '') + '/node_modules');
  }
  paths.push('/node_modules');
  return paths.filter((p, i) => p !== '/node_modules' || i === paths.length - 1);
};

Module._resolveLookupPaths = function _resolveLookupPaths(request, parent) {
  if (builtins.canBeRequiredWithoutScheme(request) ||
      (request.startsWith('node:') && builtins.isBuiltin(request))) {
    return null;
  }
  const isRelative = request === '.' || request === '..' ||
    request.startsWith('./') || request.startsWith('../');
  if (!isRelative) {
    const own = parent && parent.paths && parent.paths.length > 0 ?
      parent.paths : Module._nodeModulePaths('.');
    return own.concat(Module.globalPaths);
  }
  if (!parent || !parent.id || !parent.filename) return ['.'];
  return [path.dirname(parent.filename)];
};

function tryFile(requestPath, isMain) {
  if (stat(requestPath) !== 0) return false;
  if (isMain ? preserveSymlinksMain : preserveSymlinks) return path.resolve(requestPath);
  return toRealPath(requestPath);
}

function tryExtensions(basePath, exts, isMain) {
  for (const ext of exts) {
    const filename = tryFile(basePath + ext, isMain);
    if (filename) return filename;
  }
  return false;
}

function tryPackage(requestPath, exts, isMain, originalPath) {
  const pkg = readPackage(path.resolve(requestPath, 'package.json'));
  const main = pkg && pkg.main;
  if (!main) return tryExtensions(path.resolve(requestPath, 'index'), exts, isMain);
  const filename = path.resolve(requestPath, main);
  const actual = tryFile(filename, isMain) ||
    tryExtensions(filename, exts, isMain) ||
    tryExtensions(path.resolve(filename, 'index'), exts, isMain);
  if (actual === false) {
    const found = tryExtensions(path.resolve(requestPath, 'index'), exts, isMain);
    if (found) {
      process.emitWarning(
        `Invalid 'main' field in '${path.resolve(requestPath, 'package.json')}' of '${main}'. ` +
        'Please either fix that or report it to the module author', 'DeprecationWarning', 'DEP0128');
      return found;
    }
    const err = new Error(`Cannot find module '${filename}'. ` +
      'Please verify that the package.json has a valid "main" entry');
    err.code = 'MODULE_NOT_FOUND';
    err.path = path.resolve(requestPath, 'package.json');
    err.requestPath = originalPath;
    throw err;
  }
  return actual;
}

// `require('pkg/sub')` where pkg has "exports".
function resolveExportsTarget(nmPath, request) {
  const match = /^((?:@[^/\\%]+\/)?[^./\\%][^/\\%]*)(\/.*)?$/.exec(request);
  if (!match) return undefined;
  const pkgDir = path.resolve(nmPath, match[1]);
  const pkg = readPackage(pkgDir + '/package.json');
  if (pkg === undefined || pkg.exports === undefined || pkg.exports === null) return undefined;
  const resolved = resolveExports(pkgDir, pkg, '.' + (match[2] || ''), requireConditions, undefined);
  return finalizeExportsPath(resolved, pkg.path);
}

// The file an "exports" target names, which must exist (node's error names
// the package.json that led to it).
function finalizeExportsPath(resolved, packageJsonPath) {
  const actual = tryFile(resolved, false);
  if (actual) return actual;
  const err = new Error(`Cannot find module '${resolved}'`);
  err.code = 'MODULE_NOT_FOUND';
  err.path = packageJsonPath;
  throw err;
}

// Self-reference: a module requiring its own package by name.
function resolveSelf(parentPath, request) {
  if (!parentPath) return false;
  const pkg = findPackageScope(parentPath);
  if (!pkg || pkg.exports === undefined || pkg.exports === null || !pkg.name) return false;
  if (request !== pkg.name && !request.startsWith(pkg.name + '/')) return false;
  const pkgDir = pkg.path.slice(0, -'/package.json'.length);
  const resolved = resolveExports(pkgDir, pkg, '.' + request.slice(pkg.name.length), requireConditions, undefined);
  return finalizeExportsPath(resolved, pkg.path);
}

Module._findPath = function _findPath(request, paths, isMain) {
  const absoluteRequest = path.isAbsolute(request);
  if (absoluteRequest) paths = [''];
  else if (!paths || paths.length === 0) return false;

  const cacheKey = request + '\x00' + paths.join('\x00');
  const entry = Module._pathCache[cacheKey];
  if (entry) return entry;

  const trailingSlash = request.length > 0 &&
    (request.endsWith('/') || request.endsWith('/.') || request.endsWith('/..') ||
     request === '.' || request === '..');
  const exts = Object.keys(Module._extensions);
  const isRelative = request.startsWith('./') || request.startsWith('../') || request === '.' || request === '..';
  // A missing search directory can hold nothing the request names, unless
  // the request climbs out of it ('../x'), as node reasons.
  const insidePath = !(trailingSlash ? request : `${request}/`).startsWith('../');
  for (const curPath of paths) {
    if (insidePath && curPath && stat(curPath) < 1) continue;
    if (!absoluteRequest && !isRelative) {
      const exported = resolveExportsTarget(curPath, request);
      if (exported) return (Module._pathCache[cacheKey] = exported);
    }
    const basePath = path.resolve(curPath, request);
    let filename;
    const rc = stat(basePath);
    if (!trailingSlash) {
      if (rc === 0) {
        filename = (isMain ? preserveSymlinksMain : preserveSymlinks) ?
          path.resolve(basePath) : toRealPath(basePath);
      }
      if (!filename) filename = tryExtensions(basePath, exts, isMain);
    }
    if (!filename && rc === 1) filename = tryPackage(basePath, exts, isMain, request);
    if (filename) {
      Module._pathCache[cacheKey] = filename;
      return filename;
    }
  }
  return false;
};

function requireStack(parent) {
  const stack = [];
  for (let cursor = parent; cursor; cursor = moduleParentCache.get(cursor)) {
    stack.push(cursor.filename || cursor.id);
  }
  return stack;
}

Module._resolveFilename = function _resolveFilename(request, parent, isMain, options) {
  if (builtins.isBuiltin(request) &&
      (request.startsWith('node:') || builtins.canBeRequiredWithoutScheme(request))) {
    return request;
  }
  let paths;
  if (typeof options === 'object' && options !== null && options.paths !== undefined &&
      !Array.isArray(options.paths)) {
    const { codes } = require_('internal/errors');
    throw new codes.ERR_INVALID_ARG_VALUE('options.paths', options.paths);
  }
  if (typeof options === 'object' && options !== null && Array.isArray(options.paths)) {
    const isRelative = request.startsWith('./') || request.startsWith('../');
    if (isRelative) {
      paths = options.paths;
    } else {
      const fake = new Module('', null);
      paths = [];
      for (const p of options.paths) {
        fake.paths = Module._nodeModulePaths(p);
        for (const lookup of Module._resolveLookupPaths(request, fake) || []) {
          if (!paths.includes(lookup)) paths.push(lookup);
        }
      }
    }
  } else {
    paths = Module._resolveLookupPaths(request, parent);
  }

  if (request[0] === '#' && parent && parent.filename) {
    const resolved = resolveImports(request, path.dirname(parent.filename), requireConditions, parent.filename);
    if (typeof resolved === 'object') return Module._resolveFilename(resolved.bare, parent, isMain);
    return finalizeExportsPath(resolved, request);
  }

  if (request[0] !== '.' && request[0] !== '/') {
    const parentPath = parent && parent.filename ? path.dirname(parent.filename) : process.cwd();
    const selfResolved = resolveSelf(parentPath, request);
    if (selfResolved) return selfResolved;
  }

  const filename = Module._findPath(request, paths, isMain);
  if (filename) return filename;

  const stack = requireStack(parent);
  let message = `Cannot find module '${request}'`;
  if (stack.length > 0) message += '\nRequire stack:\n- ' + stack.join('\n- ');
  const err = new Error(message);
  err.code = 'MODULE_NOT_FOUND';
  err.requireStack = stack;
  throw err;
};

function updateChildren(parent, child, scan) {
  const children = parent && parent.children;
  if (children && !(scan && children.includes(child))) children.push(child);
}

// A module's exports handed out inside a require cycle, before it has
// finished: reading a property it does not (yet) have warns, as node's
// does. Its prototype goes back to Object.prototype once it has loaded.
const circularRequireWarningProxy = new Proxy({}, {
  __proto__: null,
  get(target, prop) {
    // Object.prototype's members read as usual; __esModule is read by
    // transpiled ES modules as a matter of course.
    if (prop in target) return Reflect.get(target, prop);
    if (prop !== '__esModule') warnCircularRequire(prop);
    return undefined;
  },
  getOwnPropertyDescriptor(target, prop) {
    if (Object.prototype.hasOwnProperty.call(target, prop) || prop === '__esModule') {
      return Object.getOwnPropertyDescriptor(target, prop);
    }
    warnCircularRequire(prop);
    return undefined;
  },
});

function isProxy(value) {
  return require_('internal/util/types').isProxy(value);
}

function warnCircularRequire(prop) {
  process.emitWarning(`Accessing non-existent property '${String(prop)}' of module exports ` +
                      'inside circular dependency');
}

function exportsForCircularRequire(module) {
  const { exports } = module;
  if (exports && !isProxy(exports) && Object.getPrototypeOf(exports) === Object.prototype &&
      !exports.__esModule) {
    Object.setPrototypeOf(exports, circularRequireWarningProxy);
  }
  return exports;
}

Module._load = function _load(request, parent, isMain) {
  if (request.startsWith('node:')) return builtins.requirePublic(request);
  const filename = Module._resolveFilename(request, parent, isMain);
  const cached = Module._cache[filename];
  if (cached !== undefined) {
    updateChildren(parent, cached, true);
    // An ES module still being required is in a cycle: the ESM loader
    // throws ERR_REQUIRE_CYCLE_MODULE.
    if (!cached.loaded && isEsmFile(filename)) {
      return require_('internal/modules/esm/loader').requireModule(filename, parentFilename(cached));
    }
    return cached.loaded ? cached.exports : exportsForCircularRequire(cached);
  }
  if (builtins.isBuiltin(filename)) return builtins.requirePublic(filename);

  const module = new Module(filename, parent);
  if (isMain) {
    process.mainModule = module;
    module.id = '.';
    require('internal/modules/cjs/main_module').set(module);
  }
  Module._cache[filename] = module;
  let threw = true;
  try {
    module.load(filename);
    threw = false;
  } finally {
    if (module.exports && !isProxy(module.exports) &&
        Object.getPrototypeOf(module.exports) === circularRequireWarningProxy) {
      Object.setPrototypeOf(module.exports, Object.prototype);
    }
    if (threw) {
      delete Module._cache[filename];
      if (parent && parent.children) {
        const i = parent.children.indexOf(module);
        if (i !== -1) parent.children.splice(i, 1);
      }
    }
  }
  return module.exports;
};

function findLongestRegisteredExtension(filename) {
  const name = path.basename(filename);
  let index = 0;
  let currentExtension;
  while ((index = name.indexOf('.', index + 1)) !== -1) {
    if (index === 0) continue;
    currentExtension = name.slice(index);
    if (Module._extensions[currentExtension]) return currentExtension;
  }
  return '.js';
}

Module.prototype.load = function load(filename) {
  this.filename = filename;
  this.paths = Module._nodeModulePaths(path.dirname(filename));
  const extension = findLongestRegisteredExtension(filename);
  Module._extensions[extension](this, filename);
  this.loaded = true;
};

Module.prototype.require = function require(id) {
  if (typeof id !== 'string') {
    const { codes } = require_('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('id', 'string', id);
  }
  if (id === '') {
    const { codes } = require_('internal/errors');
    throw new codes.ERR_INVALID_ARG_VALUE('id', id, 'must be a non-empty string');
  }
  return Module._load(id, this, false);
};
const require_ = require;

function makeRequireFunction(mod) {
  const requireFn = function require(request) {
    return mod.require(request);
  };
  function resolve(request, options) {
    if (typeof request !== 'string') {
      const { codes } = require_('internal/errors');
      throw new codes.ERR_INVALID_ARG_TYPE('request', 'string', request);
    }
    return Module._resolveFilename(request, mod, false, options);
  }
  resolve.paths = function paths(request) {
    if (typeof request !== 'string') {
      const { codes } = require_('internal/errors');
      throw new codes.ERR_INVALID_ARG_TYPE('request', 'string', request);
    }
    return Module._resolveLookupPaths(request, mod);
  };
  requireFn.resolve = resolve;
  requireFn.main = require_('internal/modules/cjs/main_module').get();
  requireFn.extensions = Module._extensions;
  requireFn.cache = Module._cache;
  return requireFn;
}

Module.prototype._compile = function _compile(content, filename) {
  let fn;
  try {
    fn = compileFunction(content, filename, kWrapperParams, isUntypedJs(filename));
  } catch (err) {
    warnOfModuleSyntax(err, content, filename);
    throw err;
  }
  if (fn === null) {
    // ES module syntax in a file of no declared type: node >= 20.19 runs
    // it as an ES module (the entry point asynchronously, so it may use
    // top-level await).
    const esmLoader = require_('internal/modules/esm/loader');
    if (this.id === '.') {
      esmLoader.runMainModule(filename, true);
    } else {
      this.exports = esmLoader.requireModule(filename, parentFilename(this), true);
    }
    return undefined;
  }
  const dirname = path.dirname(filename);
  const requireFn = makeRequireFunction(this);
  const outermost = statCache === null;
  if (outermost) statCache = new Map();
  try {
    return fn.call(this.exports, this.exports, requireFn, this, filename, dirname);
  } finally {
    if (outermost) statCache = null;
  }
};

// ES module syntax in a file declared CommonJS: node names the fix before
// the SyntaxError ends the process.
function warnOfModuleSyntax(err, content, filename) {
  if (!(err instanceof SyntaxError) ||
      compileFunction(content, filename, kWrapperParams, true) !== null) {
    return;
  }
  require_('internal/process/warning').emitWarningSync(
    'To load an ES module, set "type": "module" in the package.json or use the .mjs extension.');
}

Module._extensions['.js'] = function loadJs(module, filename) {
  if (isEsmFile(filename)) {
    module.exports = require_('internal/modules/esm/loader')
      .requireModule(filename, parentFilename(module));
    return;
  }
  module._compile(stripShebang(readFileUtf8(filename, true)), filename);
};

// A .mjs file, or a .js file in a package of "type": "module".
function isEsmFile(filename) {
  if (filename.endsWith('.mjs')) return true;
  if (!filename.endsWith('.js')) return false;
  const pkg = findPackageScope(path.dirname(filename));
  return pkg !== undefined && pkg.type === 'module';
}

// A file whose format its syntax decides: an extensionless one (whatever
// the package's type: yargs's CommonJS `yargs` file sits in a module
// package), or a .js file in no package or one without "type".
function isUntypedJs(filename) {
  const ext = path.extname(filename);
  if (ext === '') return true;
  if (ext !== '.js') return false;
  const pkg = findPackageScope(path.dirname(filename));
  return pkg === undefined || pkg.type === 'none';
}

function parentFilename(module) {
  const parent = moduleParentCache.get(module);
  return (parent && parent.filename) || undefined;
}

function stripShebang(content) {
  // V8 understands hashbangs only at the very start of a script, not inside
  // the CommonJS wrapper function.
  if (content.charCodeAt(0) === 35 && content.charCodeAt(1) === 33) {
    const nl = content.indexOf('\n');
    return nl === -1 ? '' : '//' + content.slice(2);
  }
  return content;
}

Module._extensions['.json'] = function loadJson(module, filename) {
  const content = readFileUtf8(filename, true);
  try {
    module.exports = JSON.parse(content);
  } catch (err) {
    err.message = filename + ': ' + err.message;
    throw err;
  }
};

Module._extensions['.node'] = function loadNative(module, filename) {
  return process.dlopen(module, path.toNamespacedPath(filename));
};

Module.createRequire = function createRequire(filename) {
  let filepath = filename;
  if (typeof filename === 'object' && filename !== null && typeof filename.href === 'string') {
    filepath = require_('internal/url').fileURLToPath(filename);
  } else if (typeof filename === 'string' && filename.startsWith('file:')) {
    filepath = require_('internal/url').fileURLToPath(filename);
  } else if (typeof filename !== 'string' || !path.isAbsolute(filename)) {
    const { codes } = require_('internal/errors');
    throw new codes.ERR_INVALID_ARG_VALUE('filename', filename,
      'must be a file URL object, file URL string, or absolute path string');
  }
  const trailingSlash = filepath.endsWith('/');
  const proxyPath = trailingSlash ? path.join(filepath, 'noop.js') : filepath;
  const m = new Module(proxyPath);
  m.filename = proxyPath;
  m.paths = Module._nodeModulePaths(m.path);
  return makeRequireFunction(m);
};

Module.runMain = function runMain(main = process.argv[1]) {
  Module._load(main, null, true);
};

Module.syncBuiltinESMExports = function syncBuiltinESMExports() {
  require_('internal/modules/esm/loader').syncBuiltinESMExports();
};
Module.findSourceMap = function findSourceMap() { return undefined; };
Module.register = function register() {
  const { codes } = require_('internal/errors');
  throw new codes.ERR_MOSAIC_NOT_IMPLEMENTED('module.register');
};
Module.Module = Module;

function configure(options) {
  preserveSymlinks = options.preserveSymlinks;
  preserveSymlinksMain = options.preserveSymlinksMain;
  Module._initPaths();
}

module.exports = Module;
Object.defineProperty(Module, '_configure', { __proto__: null, value: configure, enumerable: false });
Object.defineProperty(Module, '_stripShebang', { __proto__: null, value: stripShebang, enumerable: false });
