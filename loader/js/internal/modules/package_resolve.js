'use strict';
// package.json reading (cached per process) and the `exports` / `imports`
// resolution algorithm of node's ESM and CommonJS resolvers.

const { readFileUtf8, internalModuleStat } = internalBinding('loader');

const packageJsonCache = new Map();  // path -> parsed package.json | false

function readPackage(jsonPath) {
  const cached = packageJsonCache.get(jsonPath);
  if (cached !== undefined) return cached || undefined;
  const text = readFileUtf8(jsonPath);
  if (text === undefined) {
    packageJsonCache.set(jsonPath, false);
    return undefined;
  }
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    err.path = jsonPath;
    err.message = `Error parsing ${jsonPath}: ${err.message}`;
    throw err;
  }
  const pkg = {
    path: jsonPath,
    name: typeof parsed.name === 'string' ? parsed.name : undefined,
    main: typeof parsed.main === 'string' ? parsed.main : undefined,
    type: parsed.type === 'module' || parsed.type === 'commonjs' ? parsed.type : 'none',
    exports: parsed.exports,
    imports: parsed.imports,
  };
  packageJsonCache.set(jsonPath, pkg);
  return pkg;
}

// The nearest package.json at or above `dir`.
function findPackageScope(dir) {
  let current = dir;
  for (;;) {
    if (current.endsWith('/node_modules')) return undefined;
    const jsonPath = (current === '/' ? '' : current) + '/package.json';
    const pkg = readPackage(jsonPath);
    if (pkg !== undefined) return pkg;
    if (current === '/') return undefined;
    const slash = current.lastIndexOf('/');
    current = slash <= 0 ? '/' : current.slice(0, slash);
  }
}

function errors() {
  return require('internal/errors').codes;
}

function isConditionalSugar(exports, pkgPath) {
  if (typeof exports === 'string' || Array.isArray(exports)) return true;
  if (exports === null || typeof exports !== 'object') return false;
  let isConditional;
  for (const key of Object.keys(exports)) {
    const cur = key === '' || key[0] !== '.';
    if (isConditional === undefined) {
      isConditional = cur;
    } else if (isConditional !== cur) {
      throw new (errors().ERR_INVALID_PACKAGE_CONFIG)(pkgPath, undefined,
        '"exports" cannot contain some keys starting with \'.\' and some not.' +
        ' The exports object must either be an object of package subpath keys' +
        ' or an object of main entry condition name keys only.');
    }
  }
  return isConditional;
}

function patternKeyCompare(a, b) {
  const aStar = a.indexOf('*');
  const bStar = b.indexOf('*');
  const baseA = aStar === -1 ? a.length : aStar + 1;
  const baseB = bStar === -1 ? b.length : bStar + 1;
  if (baseA > baseB) return -1;
  if (baseB > baseA) return 1;
  if (aStar === -1) return 1;
  if (bStar === -1) return -1;
  if (a.length > b.length) return -1;
  if (b.length > a.length) return 1;
  return 0;
}

const invalidSegment = /(^|\\|\/)((\.|%2e)(\.|%2e)?|(n|%6e|%4e)(o|%6f|%4f)(d|%64|%44)(e|%65|%45)(_|%5f)(m|%6d|%4d)(o|%6f|%4f)(d|%64|%44)(u|%75|%55)(l|%6c|%4c)(e|%65|%45)(s|%73|%53))?(\\|\/|$)/i;

// Resolves one target of `exports`/`imports` to an absolute path, or null.
function resolveTarget(pkgDir, pkgPath, target, subpath, key, isPattern, isImports, conditions, base) {
  if (typeof target === 'string') {
    if (!target.startsWith('./')) {
      if (isImports && !target.startsWith('../') && !target.startsWith('/')) {
        const resolved = isPattern ? target.replace(/\*/g, subpath) : target + subpath;
        return { bare: resolved };
      }
      throw new (errors().ERR_INVALID_PACKAGE_TARGET)(pkgPath, key, target, isImports, base);
    }
    if (invalidSegment.test(target.slice(2))) {
      throw new (errors().ERR_INVALID_PACKAGE_TARGET)(pkgPath, key, target, isImports, base);
    }
    if (subpath !== '' && invalidSegment.test(subpath)) {
      throw new (errors().ERR_INVALID_MODULE_SPECIFIER)(
        isPattern ? key.replace('*', subpath) : key + subpath,
        `request is not a valid match in pattern "${key}" for the "${isImports ? 'imports' : 'exports'}" resolution of ${pkgPath}`,
        base);
    }
    const resolved = pkgDir + target.slice(1);
    return isPattern ? resolved.replace(/\*/g, subpath) : resolved + subpath;
  }
  if (Array.isArray(target)) {
    if (target.length === 0) return null;
    let lastError;
    for (const item of target) {
      let resolved;
      try {
        resolved = resolveTarget(pkgDir, pkgPath, item, subpath, key, isPattern, isImports, conditions, base);
      } catch (err) {
        lastError = err;
        if (err.code === 'ERR_INVALID_PACKAGE_TARGET') continue;
        throw err;
      }
      if (resolved === undefined) continue;
      if (resolved === null) {
        lastError = null;
        continue;
      }
      return resolved;
    }
    if (lastError) throw lastError;
    return lastError === null ? null : undefined;
  }
  if (target !== null && typeof target === 'object') {
    for (const cond of Object.keys(target)) {
      if (/^\d+$/.test(cond)) {
        throw new (errors().ERR_INVALID_PACKAGE_CONFIG)(pkgPath, base,
          '"exports" cannot contain numeric property keys.');
      }
    }
    for (const cond of Object.keys(target)) {
      if (cond === 'default' || conditions.has(cond)) {
        const resolved = resolveTarget(pkgDir, pkgPath, target[cond], subpath, key, isPattern, isImports, conditions, base);
        if (resolved === undefined) continue;
        return resolved;
      }
    }
    return undefined;
  }
  if (target === null) return null;
  throw new (errors().ERR_INVALID_PACKAGE_TARGET)(pkgPath, key, target, isImports, base);
}

// Matches `request` ('.', './x', '#x') against an exports/imports map.
function resolveMap(pkgDir, pkgPath, map, request, isImports, conditions, base) {
  if (Object.prototype.hasOwnProperty.call(map, request) && !request.includes('*')) {
    return resolveTarget(pkgDir, pkgPath, map[request], '', request, false, isImports, conditions, base);
  }
  let bestKey = '';
  let bestSubpath = '';
  for (const key of Object.keys(map)) {
    const star = key.indexOf('*');
    if (star === -1 || star !== key.lastIndexOf('*')) continue;
    const prefix = key.slice(0, star);
    if (!request.startsWith(prefix) || request === prefix) continue;
    const suffix = key.slice(star + 1);
    if (request.length >= key.length && request.endsWith(suffix) &&
        patternKeyCompare(bestKey, key) === 1) {
      bestKey = key;
      bestSubpath = request.slice(star, request.length - suffix.length);
    }
  }
  if (bestKey) {
    return resolveTarget(pkgDir, pkgPath, map[bestKey], bestSubpath, bestKey, true, isImports, conditions, base);
  }
  return undefined;
}

// Resolves `subpath` ('.' or './x') of a package with `exports`.
function resolveExports(pkgDir, pkg, subpath, conditions, base) {
  let exports = pkg.exports;
  if (isConditionalSugar(exports, pkg.path)) exports = { '.': exports };
  const resolved = resolveMap(pkgDir, pkg.path, exports, subpath, false, conditions, base);
  if (resolved === undefined || resolved === null) {
    throw new (errors().ERR_PACKAGE_PATH_NOT_EXPORTED)(pkgDir + '/', subpath, base);
  }
  return resolved;
}

// Resolves '#name' against the imports of the package containing `fromDir`.
function resolveImports(request, fromDir, conditions, base) {
  if (request === '#' || request.startsWith('#/') || request.endsWith('/')) {
    throw new (errors().ERR_INVALID_MODULE_SPECIFIER)(request, 'is not a valid internal imports specifier name', base);
  }
  const pkg = findPackageScope(fromDir);
  if (pkg !== undefined && pkg.imports !== null && typeof pkg.imports === 'object') {
    const pkgDir = pkg.path.slice(0, -'/package.json'.length);
    const resolved = resolveMap(pkgDir, pkg.path, pkg.imports, request, true, conditions, base);
    if (resolved !== undefined && resolved !== null) return resolved;
  }
  throw new (errors().ERR_PACKAGE_IMPORT_NOT_DEFINED)(
    request, pkg && pkg.path.slice(0, -'package.json'.length), base);
}

module.exports = {
  readPackage,
  findPackageScope,
  resolveExports,
  resolveImports,
  internalModuleStat,
};
