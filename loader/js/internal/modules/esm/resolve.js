'use strict';
// ES module resolution as node specifies it (ESM_RESOLVE): URLs and
// relative specifiers without extension probing, bare specifiers through
// node_modules with "exports", '#' imports, and builtins.

const path = require('internal/path');
const builtins = require('internal/modules/builtins');
const { internalModuleStat, realpath } = internalBinding('loader');
const {
  readPackage, findPackageScope, resolveExports, resolveImports,
} = require('internal/modules/package_resolve');

const importConditions = new Set(['node', 'import', 'module-sync', 'node-addons']);

function url() {
  return require('internal/url');
}

function codes() {
  return require('internal/errors').codes;
}

function isRelative(specifier) {
  return specifier.startsWith('./') || specifier.startsWith('../') ||
    specifier === '.' || specifier === '..' || specifier.startsWith('/');
}

function hasScheme(specifier) {
  return /^[a-zA-Z][a-zA-Z\d+\-.]*:/.test(specifier);
}

// The path a file: URL names, for error messages ("imported from /x.mjs").
function displayBase(parentURL) {
  if (parentURL && parentURL.startsWith('file:')) {
    try {
      return url().fileURLToPath(parentURL);
    } catch {}
  }
  return parentURL;
}

function legacyMainResolve(pkgDir, pkg, base) {
  const candidates = [];
  if (pkg && pkg.main) {
    const main = path.resolve(pkgDir, pkg.main);
    candidates.push(main, `${main}.js`, `${main}.json`, `${main}.node`,
                    `${main}/index.js`, `${main}/index.json`, `${main}/index.node`);
  }
  candidates.push(`${pkgDir}/index.js`, `${pkgDir}/index.json`, `${pkgDir}/index.node`);
  for (const file of candidates) {
    if (internalModuleStat(file) === 0) return file;
  }
  throw new (codes().ERR_MODULE_NOT_FOUND)(pkgDir, displayBase(base), null);
}

function parsePackageName(specifier, base) {
  let separator = specifier.indexOf('/');
  let valid = true;
  if (specifier[0] === '@') {
    if (separator === -1 || specifier.length === 0) valid = false;
    else separator = specifier.indexOf('/', separator + 1);
  }
  const name = separator === -1 ? specifier : specifier.slice(0, separator);
  if (name.startsWith('.') || name.includes('\\') || name.includes('%')) valid = false;
  if (!valid) {
    throw new (codes().ERR_INVALID_MODULE_SPECIFIER)(specifier, 'is not a valid package name', displayBase(base));
  }
  return { name, subpath: '.' + (separator === -1 ? '' : specifier.slice(separator)) };
}

// Resolves a bare specifier to an absolute file path.
function packageResolve(specifier, base, parentDir) {
  const { name, subpath } = parsePackageName(specifier, base);
  const self = findPackageScope(parentDir);
  if (self && self.name === name && self.exports !== undefined && self.exports !== null) {
    const dir = self.path.slice(0, -'/package.json'.length);
    return resolveExports(dir, self, subpath, importConditions, displayBase(base));
  }
  let dir = parentDir;
  for (;;) {
    const pkgDir = `${dir === '/' ? '' : dir}/node_modules/${name}`;
    if (!dir.endsWith('/node_modules') && internalModuleStat(pkgDir) === 1) {
      const pkg = readPackage(`${pkgDir}/package.json`);
      if (pkg && pkg.exports !== undefined && pkg.exports !== null) {
        return resolveExports(pkgDir, pkg, subpath, importConditions, displayBase(base));
      }
      if (subpath === '.') return legacyMainResolve(pkgDir, pkg, base);
      return path.resolve(pkgDir, subpath);
    }
    if (dir === '/') break;
    dir = path.dirname(dir);
  }
  const err = new (codes().ERR_MODULE_NOT_FOUND)(name, displayBase(base), null);
  err.message = `Cannot find package '${name}' imported from ${displayBase(base)}`;
  throw err;
}

function finalizeFile(filename, base, preserveSymlinks) {
  const stat = internalModuleStat(filename.endsWith('/') ? filename.slice(0, -1) : filename);
  if (stat === 1) {
    throw new (codes().ERR_UNSUPPORTED_DIR_IMPORT)(filename, displayBase(base), url().pathToFileURL(filename).href);
  }
  if (stat !== 0) {
    throw new (codes().ERR_MODULE_NOT_FOUND)(filename, displayBase(base), url().pathToFileURL(filename).href);
  }
  return preserveSymlinks ? filename : realpath(filename);
}

// resolve(specifier, parentURL) -> 'file:///...' | 'node:fs' | other URL
function resolve(specifier, parentURL, preserveSymlinks = false) {
  if (builtins.isBuiltin(specifier) &&
      (specifier.startsWith('node:') || builtins.canBeRequiredWithoutScheme(specifier))) {
    return specifier.startsWith('node:') ? specifier : `node:${specifier}`;
  }
  let filename;
  if (isRelative(specifier)) {
    const resolved = new (url().URL)(specifier, parentURL);
    if (resolved.protocol !== 'file:') return resolved.href;
    filename = url().fileURLToPath(resolved);
  } else if (hasScheme(specifier)) {
    const resolved = new (url().URL)(specifier);
    if (resolved.protocol === 'node:') {
      throw new (codes().ERR_UNKNOWN_BUILTIN_MODULE)(specifier);
    }
    if (resolved.protocol !== 'file:' && resolved.protocol !== 'data:') {
      throw new (codes().ERR_UNSUPPORTED_ESM_URL_SCHEME)(resolved, ['file', 'data', 'node']);
    }
    if (resolved.protocol === 'data:') return resolved.href;
    filename = url().fileURLToPath(resolved);
  } else {
    const parentDir = parentURL && parentURL.startsWith('file:') ?
      path.dirname(url().fileURLToPath(parentURL)) : process.cwd();
    if (specifier[0] === '#') {
      const target = resolveImports(specifier, parentDir, importConditions, displayBase(parentURL));
      if (typeof target === 'object') return resolve(target.bare, parentURL, preserveSymlinks);
      filename = target;
    } else {
      filename = packageResolve(specifier, parentURL, parentDir);
    }
  }
  return url().pathToFileURL(finalizeFile(filename, parentURL, preserveSymlinks)).href;
}

// The module format of a resolved file: URL.
function formatOf(fileURL) {
  if (fileURL.startsWith('node:')) return 'builtin';
  if (fileURL.startsWith('data:')) return 'data';
  const filename = url().fileURLToPath(fileURL);
  const ext = path.extname(filename);
  if (ext === '.mjs') return 'module';
  if (ext === '.cjs') return 'commonjs';
  if (ext === '.json') return 'json';
  if (ext === '.node') return 'addon';
  const scope = findPackageScope(path.dirname(filename));
  const type = scope ? scope.type : 'none';
  if (ext === '.js' || ext === '') return type === 'module' ? 'module' : 'commonjs';
  throw new (codes().ERR_UNKNOWN_FILE_EXTENSION)(ext, filename);
}

module.exports = { resolve, formatOf, importConditions };
