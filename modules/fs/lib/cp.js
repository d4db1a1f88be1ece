'use strict';

// fs.cp / fs.cpSync / fs.promises.cp.
//
// The copy algorithm is written once, as a generator that yields the
// file-system operations it needs ([name, ...args]); a synchronous driver
// runs them with the *Sync functions and an asynchronous one with the
// promise API, so both forms behave identically (same checks, same errors,
// same order).

const pathModule = require('path');
const {
  errors: {
    codes: {
      ERR_FS_CP_DIR_TO_NON_DIR,
      ERR_FS_CP_EEXIST,
      ERR_FS_CP_EINVAL,
      ERR_FS_CP_FIFO_PIPE,
      ERR_FS_CP_NON_DIR_TO_DIR,
      ERR_FS_CP_SOCKET,
      ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY,
      ERR_FS_CP_UNKNOWN,
      ERR_FS_EISDIR,
      ERR_INCOMPATIBLE_OPTION_PAIR,
      ERR_INVALID_ARG_TYPE,
      ERR_INVALID_RETURN_VALUE,
      ERR_OUT_OF_RANGE,
    },
  },
  validators: { validateBoolean, validateFunction, validateObject },
  getValidatedPath,
  makeCallback,
  pathString,
} = require('./util');

const EINVAL = 22;
const EISDIR = 21;
const ENOTDIR = 20;
const EEXIST = 17;

const kSync = Symbol('kSync');

const kDefaults = {
  dereference: false,
  errorOnExist: false,
  filter: undefined,
  force: true,
  preserveTimestamps: false,
  recursive: false,
  verbatimSymlinks: false,
  mode: 0,
};

function validateCpOptions(options) {
  if (options === undefined) return { ...kDefaults };
  validateObject(options, 'options');
  options = { ...kDefaults, ...options };
  validateBoolean(options.dereference, 'options.dereference');
  validateBoolean(options.errorOnExist, 'options.errorOnExist');
  validateBoolean(options.force, 'options.force');
  validateBoolean(options.preserveTimestamps, 'options.preserveTimestamps');
  validateBoolean(options.recursive, 'options.recursive');
  validateBoolean(options.verbatimSymlinks, 'options.verbatimSymlinks');
  const mode = options.mode;
  if (mode != null) {
    if (typeof mode !== 'number') throw new ERR_INVALID_ARG_TYPE('mode', 'integer', mode);
    if (!Number.isInteger(mode) || mode < 0 || mode > 7) {
      throw new ERR_OUT_OF_RANGE('mode', '>= 0 && <= 7', mode);
    }
  } else {
    options.mode = 0;
  }
  if (options.dereference === true && options.verbatimSymlinks === true) {
    throw new ERR_INCOMPATIBLE_OPTION_PAIR('dereference', 'verbatimSymlinks');
  }
  if (options.filter !== undefined) validateFunction(options.filter, 'options.filter');
  return options;
}

function ctx(message, path, errno, code) {
  return { message, path, syscall: 'cp', errno, code };
}

function areIdentical(srcStat, destStat) {
  return destStat.ino && destStat.dev && destStat.ino === srcStat.ino &&
    destStat.dev === srcStat.dev;
}

function isSrcSubdir(src, dest) {
  const srcArr = pathModule.resolve(src).split(pathModule.sep).filter((s) => s !== '');
  const destArr = pathModule.resolve(dest).split(pathModule.sep).filter((s) => s !== '');
  return srcArr.every((cur, i) => destArr[i] === cur);
}

// --- the algorithm ---------------------------------------------------------

function* cpFn(src, dest, opts) {
  if (opts.filter) {
    const shouldCopy = yield ['filter', src, dest];
    if (!shouldCopy) return;
  }
  const { srcStat, destStat } = yield* checkPaths(src, dest, opts);
  yield* checkParentPaths(src, srcStat, dest);
  const destParent = pathModule.dirname(dest);
  if (!(yield ['exists', destParent])) yield ['mkdirp', destParent];
  yield* copyEntry(destStat, src, dest, opts);
}

function* checkPaths(src, dest, opts) {
  const statOp = opts.dereference ? 'stat' : 'lstat';
  const srcStat = yield [statOp, src, true];
  const destStat = yield [statOp, dest, false];
  if (destStat) {
    if (areIdentical(srcStat, destStat)) {
      throw new ERR_FS_CP_EINVAL(ctx('src and dest cannot be the same', dest, EINVAL, 'EINVAL'));
    }
    if (srcStat.isDirectory() && !destStat.isDirectory()) {
      throw new ERR_FS_CP_DIR_TO_NON_DIR(ctx(
        `cannot overwrite non-directory ${dest} with directory ${src}`, dest, EISDIR, 'EISDIR'));
    }
    if (!srcStat.isDirectory() && destStat.isDirectory()) {
      throw new ERR_FS_CP_NON_DIR_TO_DIR(ctx(
        `cannot overwrite directory ${dest} with non-directory ${src}`, dest, ENOTDIR, 'ENOTDIR'));
    }
  }
  if (srcStat.isDirectory() && isSrcSubdir(src, dest)) {
    throw new ERR_FS_CP_EINVAL(ctx(
      `cannot copy ${src} to a subdirectory of self ${dest}`, dest, EINVAL, 'EINVAL'));
  }
  return { srcStat, destStat };
}

function* checkParentPaths(src, srcStat, dest) {
  const srcParent = pathModule.resolve(pathModule.dirname(src));
  const destParent = pathModule.resolve(pathModule.dirname(dest));
  if (destParent === srcParent || destParent === pathModule.parse(destParent).root) return;
  const destStat = yield ['stat', destParent, false];
  if (!destStat) return;
  if (areIdentical(srcStat, destStat)) {
    throw new ERR_FS_CP_EINVAL(ctx(
      `cannot copy ${src} to a subdirectory of self ${dest}`, dest, EINVAL, 'EINVAL'));
  }
  yield* checkParentPaths(src, srcStat, destParent);
}

function* copyEntry(destStat, src, dest, opts) {
  const srcStat = yield [opts.dereference ? 'stat' : 'lstat', src, true];
  if (srcStat.isDirectory() && opts.recursive) {
    if (!destStat) {
      yield ['mkdir', dest];
      yield* copyDir(src, dest, opts);
      yield ['chmod', dest, srcStat.mode];
    } else {
      yield* copyDir(src, dest, opts);
    }
    return;
  }
  if (srcStat.isDirectory()) {
    // Node's sync form reports errno EINVAL here, its async form EISDIR.
    throw new ERR_FS_EISDIR(ctx(`${src} is a directory (not copied)`, src,
                                opts[kSync] ? EINVAL : EISDIR, 'EISDIR'));
  }
  if (srcStat.isFile() || srcStat.isCharacterDevice() || srcStat.isBlockDevice()) {
    if (destStat) {
      if (opts.force) {
        yield ['unlink', dest];
      } else {
        if (opts.errorOnExist) {
          throw new ERR_FS_CP_EEXIST(ctx(`${dest} already exists`, dest, EEXIST, 'EEXIST'));
        }
        return;
      }
    }
    yield ['copyFile', src, dest, opts.mode];
    if (opts.preserveTimestamps) {
      const mode = Number(srcStat.mode);
      if ((mode & 0o200) === 0) yield ['chmod', dest, mode | 0o200];
      const updated = yield ['stat', src, true];
      yield ['utimes', dest, updated.atime, updated.mtime];
    }
    yield ['chmod', dest, srcStat.mode];
    return;
  }
  if (srcStat.isSymbolicLink()) {
    yield* onLink(destStat, src, dest, opts);
    return;
  }
  if (srcStat.isSocket()) {
    throw new ERR_FS_CP_SOCKET(ctx(`cannot copy a socket file: ${dest}`, dest, EINVAL, 'EINVAL'));
  }
  if (srcStat.isFIFO()) {
    throw new ERR_FS_CP_FIFO_PIPE(ctx(`cannot copy a FIFO pipe: ${dest}`, dest, EINVAL, 'EINVAL'));
  }
  throw new ERR_FS_CP_UNKNOWN(ctx(`cannot copy an unknown file type: ${dest}`, dest, EINVAL, 'EINVAL'));
}

function* copyDir(src, dest, opts) {
  const names = yield ['list', src];
  for (const name of names) {
    const srcItem = pathModule.join(src, name);
    const destItem = pathModule.join(dest, name);
    let shouldCopy = true;
    if (opts.filter) shouldCopy = yield ['filter', srcItem, destItem];
    if (!shouldCopy) continue;
    const { destStat } = yield* checkPaths(srcItem, destItem, opts);
    yield* copyEntry(destStat, srcItem, destItem, opts);
  }
}

function* onLink(destStat, src, dest, opts) {
  let resolvedSrc = yield ['readlink', src];
  if (!opts.verbatimSymlinks && !pathModule.isAbsolute(resolvedSrc)) {
    resolvedSrc = pathModule.resolve(pathModule.dirname(src), resolvedSrc);
  }
  if (!destStat) {
    yield ['symlink', resolvedSrc, dest];
    return;
  }
  let resolvedDest;
  try {
    resolvedDest = yield ['readlink', dest];
  } catch (err) {
    if (err.code === 'EINVAL' || err.code === 'UNKNOWN') {
      yield ['symlink', resolvedSrc, dest];
      return;
    }
    throw err;
  }
  if (!pathModule.isAbsolute(resolvedDest)) {
    resolvedDest = pathModule.resolve(pathModule.dirname(dest), resolvedDest);
  }
  if (isSrcSubdir(resolvedSrc, resolvedDest)) {
    throw new ERR_FS_CP_EINVAL(ctx(
      `cannot copy ${resolvedSrc} to a subdirectory of self ${resolvedDest}`, dest, EINVAL, 'EINVAL'));
  }
  const srcStat = yield ['stat', src, true];
  if (srcStat.isDirectory() && isSrcSubdir(resolvedDest, resolvedSrc)) {
    throw new ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY(ctx(
      `cannot overwrite ${resolvedDest} with ${resolvedSrc}`, dest, EINVAL, 'EINVAL'));
  }
  yield ['unlink', dest];
  yield ['symlink', resolvedSrc, dest];
}

// --- drivers ---------------------------------------------------------------

let fsMod;
function fs() {
  if (fsMod === undefined) fsMod = require('../fs');
  return fsMod;
}

function isPromise(v) {
  return v != null && typeof v.then === 'function';
}

const syncOps = {
  filter(opts, src, dest) {
    const r = opts.filter(src, dest);
    if (isPromise(r)) throw new ERR_INVALID_RETURN_VALUE('boolean', 'filter', r);
    return r;
  },
  stat(opts, p, must) {
    return fs().statSync(p, { bigint: true, throwIfNoEntry: must });
  },
  lstat(opts, p, must) {
    return fs().lstatSync(p, { bigint: true, throwIfNoEntry: must });
  },
  exists(opts, p) { return fs().existsSync(p); },
  mkdirp(opts, p) { fs().mkdirSync(p, { recursive: true }); },
  mkdir(opts, p) { fs().mkdirSync(p); },
  chmod(opts, p, mode) { fs().chmodSync(p, Number(mode)); },
  unlink(opts, p) { fs().unlinkSync(p); },
  copyFile(opts, s, d, mode) { fs().copyFileSync(s, d, mode); },
  utimes(opts, p, a, m) { fs().utimesSync(p, a, m); },
  readlink(opts, p) { return fs().readlinkSync(p); },
  symlink(opts, t, p) { fs().symlinkSync(t, p); },
  list(opts, p) {
    const dir = fs().opendirSync(p);
    const names = [];
    try {
      let d;
      while ((d = dir.readSync()) !== null) names.push(d.name);
    } finally {
      dir.closeSync();
    }
    return names;
  },
};

function runSync(gen, opts) {
  let step = gen.next();
  while (!step.done) {
    const [op, ...args] = step.value;
    let value;
    try {
      value = syncOps[op](opts, ...args);
    } catch (err) {
      step = gen.throw(err);
      continue;
    }
    step = gen.next(value);
  }
  return step.value;
}

const asyncOps = {
  async filter(opts, src, dest) {
    return opts.filter(src, dest);
  },
  async stat(opts, p, must) {
    try {
      return await fs().promises.stat(p, { bigint: true });
    } catch (err) {
      if (!must && err.code === 'ENOENT') return null;
      throw err;
    }
  },
  async lstat(opts, p, must) {
    try {
      return await fs().promises.lstat(p, { bigint: true });
    } catch (err) {
      if (!must && err.code === 'ENOENT') return null;
      throw err;
    }
  },
  async exists(opts, p) {
    return fs().promises.access(p).then(() => true, () => false);
  },
  mkdirp(opts, p) { return fs().promises.mkdir(p, { recursive: true }); },
  mkdir(opts, p) { return fs().promises.mkdir(p); },
  chmod(opts, p, mode) { return fs().promises.chmod(p, Number(mode)); },
  unlink(opts, p) { return fs().promises.unlink(p); },
  copyFile(opts, s, d, mode) { return fs().promises.copyFile(s, d, mode); },
  utimes(opts, p, a, m) { return fs().promises.utimes(p, a, m); },
  readlink(opts, p) { return fs().promises.readlink(p); },
  symlink(opts, t, p) { return fs().promises.symlink(t, p); },
  async list(opts, p) {
    const dir = await fs().promises.opendir(p);
    const names = [];
    for await (const d of dir) names.push(d.name);
    return names;
  },
};

async function runAsync(gen, opts) {
  let step = gen.next();
  while (!step.done) {
    const [op, ...args] = step.value;
    let value;
    try {
      value = await asyncOps[op](opts, ...args);
    } catch (err) {
      step = gen.throw(err);
      continue;
    }
    step = gen.next(value);
  }
  return step.value;
}

// The sync stat ops give back undefined (not null) for a missing entry.
for (const name of ['stat', 'lstat']) {
  const fn = syncOps[name];
  syncOps[name] = (opts, p, must) => {
    if (must) return fn(opts, p, true);
    const r = fn(opts, p, false);
    return r === undefined ? null : r;
  };
}

function paths(src, dest) {
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  return [pathString(src), pathString(dest)];
}

function cpSync(src, dest, options) {
  options = validateCpOptions(options);
  options[kSync] = true;
  [src, dest] = paths(src, dest);
  runSync(cpFn(src, dest, options), options);
}

function cpPromise(src, dest, options) {
  return new Promise((resolve, reject) => {
    options = validateCpOptions(options);
    [src, dest] = paths(src, dest);
    runAsync(cpFn(src, dest, options), options).then(resolve, reject);
  });
}

function cp(src, dest, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  options = validateCpOptions(options);
  [src, dest] = paths(src, dest);
  runAsync(cpFn(src, dest, options), options).then(() => callback(null, undefined), callback);
}

module.exports = { cp, cpSync, cpPromise };
