'use strict';

// readdir in its three forms, including withFileTypes and recursive.
// The binding returns a listing as one '\0'-joined string (or Buffer) of
// names and, with types, a string of UV_DIRENT_* digits.

const pathModule = require('path');
const {
  lazyBuffer,
  errors: { codes: { ERR_INVALID_ARG_TYPE } },
  fsError,
  encodeResult,
  wantsBuffer,
} = require('./util');
const {
  Dirent,
  DirentFromStats,
  getStatsFromBinding,
  UV_DIRENT_UNKNOWN,
  UV_DIRENT_DIR,
  S_IFMT,
  S_IFDIR,
} = require('./stats');

const UV_DIRENT_LINK = 3;

function splitBuffer(buf) {
  const out = [];
  if (buf.length === 0) return out;
  let start = 0;
  for (;;) {
    const i = buf.indexOf(0, start);
    if (i === -1) {
      out.push(buf.subarray(start));
      return out;
    }
    out.push(buf.subarray(start, i));
    start = i + 1;
  }
}

// Names of a listing in the requested encoding.
function namesOf(listing, encoding) {
  if (typeof listing === 'string') return listing === '' ? [] : listing.split('\0');
  const names = splitBuffer(listing);
  if (encoding === 'buffer') return names.map((b) => lazyBuffer().from(b));
  for (let i = 0; i < names.length; i++) names[i] = encodeResult(names[i], encoding);
  return names;
}

function joinPath(dir, name) {
  if (typeof dir !== 'string') dir = lazyBuffer().from(dir).toString();
  return pathModule.join(dir, typeof name === 'string' ? name : name.toString());
}

// Dirents of a [names, types] listing; UNKNOWN types are settled with lstat
// (synchronously, or through `lstatAsync(path, cb)` when given).
function direntsSync(path, result, encoding) {
  const names = namesOf(result[0], encoding);
  const types = result[1];
  const out = new Array(names.length);
  for (let i = 0; i < names.length; i++) {
    const type = types.charCodeAt(i) - 48;
    if (type === UV_DIRENT_UNKNOWN) {
      const full = joinPath(path, names[i]);
      const rc = binding.lstat(full, false);
      if (rc < 0) throw fsError(rc, 'lstat', full);
      out[i] = new DirentFromStats(names[i], getStatsFromBinding(binding.statValues), path);
    } else {
      out[i] = new Dirent(names[i], type, path);
    }
  }
  return out;
}

function direntsAsync(path, result, encoding, callback) {
  let out;
  try {
    const names = namesOf(result[0], encoding);
    const types = result[1];
    out = new Array(names.length);
    let pending = 0;
    let failed = false;
    for (let i = 0; i < names.length; i++) {
      const type = types.charCodeAt(i) - 48;
      if (type !== UV_DIRENT_UNKNOWN) {
        out[i] = new Dirent(names[i], type, path);
        continue;
      }
      pending++;
      const full = joinPath(path, names[i]);
      binding.lstat(full, false, (status) => {
        if (failed) return;
        if (status < 0) {
          failed = true;
          callback(fsError(status, 'lstat', full));
          return;
        }
        out[i] = new DirentFromStats(names[i], getStatsFromBinding(binding.statValues), path);
        if (--pending === 0) callback(null, out);
      });
    }
    if (pending > 0) return;
  } catch (err) {
    callback(err);
    return;
  }
  callback(null, out);
}

function listingResult(path, result, options) {
  if (options.withFileTypes) return direntsSync(path, result, options.encoding);
  return namesOf(result, options.encoding);
}

function readdirSync(path, options) {
  if (options.recursive) return readdirSyncRecursive(path, options);
  const result = binding.readdir(path, wantsBuffer(options.encoding), !!options.withFileTypes);
  if (typeof result === 'number') throw fsError(result, 'scandir', path);
  return listingResult(path, result, options);
}

function readdir(path, options, callback) {
  if (options.recursive) {
    // Like Node 20: the recursive callback form lists synchronously.
    callback(null, readdirSyncRecursive(path, options));
    return;
  }
  const withTypes = !!options.withFileTypes;
  binding.readdir(path, wantsBuffer(options.encoding), withTypes, (status, result) => {
    if (status !== 0) {
      callback(fsError(status, 'scandir', path));
      return;
    }
    if (withTypes) {
      direntsAsync(path, result, options.encoding, callback);
      return;
    }
    let names;
    try {
      names = namesOf(result, options.encoding);
    } catch (err) {
      callback(err);
      return;
    }
    callback(null, names);
  });
}

// Is this (name, type) entry a directory when links are followed?
function followsToDir(full, type) {
  if (type === UV_DIRENT_DIR) return true;
  if (type !== UV_DIRENT_LINK && type !== UV_DIRENT_UNKNOWN) return false;
  return binding.statType(full, false) === S_IFDIR;
}

function checkRecursivePath(path, options) {
  if (typeof path !== 'string') throw new ERR_INVALID_ARG_TYPE('path', 'string', path);
  return options.encoding === 'buffer';
}

function bufferNameError(listing) {
  const first = splitBuffer(lazyBuffer().isBuffer(listing) ? listing : lazyBuffer().from(listing));
  return new ERR_INVALID_ARG_TYPE('path', 'string', lazyBuffer().from(first[0]));
}

// Appends one directory's listing (with types) to `out` -- Dirents, or
// names relative to basePath -- and each subdirectory, links followed, to
// `pending`, the caller's queue or stack.
function collectEntries(basePath, dir, result, options, buffers, out, pending) {
  const withTypes = !!options.withFileTypes;
  if (buffers && result[0].length > 0 && !withTypes) throw bufferNameError(result[0]);
  if (withTypes) {
    for (const d of direntsSync(dir, result, options.encoding)) {
      out.push(d);
      if (d.isDirectory()) pending.push(joinPath(dir, d.name));
    }
    return;
  }
  const names = namesOf(result[0], options.encoding);
  const types = result[1];
  for (let i = 0; i < names.length; i++) {
    const full = pathModule.join(dir, names[i]);
    out.push(pathModule.relative(basePath, full));
    if (followsToDir(full, types.charCodeAt(i) - 48)) pending.push(full);
  }
}

// Breadth-first, like Node's sync and callback forms.
function readdirSyncRecursive(basePath, options) {
  const buffers = checkRecursivePath(basePath, options);
  const out = [];
  const queue = [basePath];
  for (let q = 0; q < queue.length; q++) {
    const dir = queue[q];
    const result = binding.readdir(dir, wantsBuffer(options.encoding), true);
    if (typeof result === 'number') throw fsError(result, 'scandir', dir);
    collectEntries(basePath, dir, result, options, buffers, out, queue);
  }
  return out;
}

function readdirRecursive(basePath, options, callback) {
  let buffers;
  try {
    buffers = checkRecursivePath(basePath, options);
  } catch (err) {
    callback(err);
    return;
  }
  const out = [];
  const queue = [basePath];
  let q = 0;
  const next = () => {
    if (q >= queue.length) {
      callback(null, out);
      return;
    }
    const dir = queue[q++];
    binding.readdir(dir, wantsBuffer(options.encoding), true, (status, result) => {
      if (status !== 0) {
        callback(fsError(status, 'scandir', dir));
        return;
      }
      try {
        collectEntries(basePath, dir, result, options, buffers, out, queue);
      } catch (err) {
        callback(err);
        return;
      }
      next();
    });
  };
  next();
}

// fs.promises.readdir's recursive form: depth first from a stack, the
// order Node's promise API yields.
function readdirPromiseRecursive(basePath, options) {
  return new Promise((resolve, reject) => {
    let buffers;
    try {
      buffers = checkRecursivePath(basePath, options);
    } catch (err) {
      reject(err);
      return;
    }
    const out = [];
    const stack = [basePath];
    const next = () => {
      if (stack.length === 0) {
        resolve(out);
        return;
      }
      const dir = stack.pop();
      binding.readdir(dir, wantsBuffer(options.encoding), true, (status, result) => {
        if (status !== 0) {
          reject(fsError(status, 'scandir', dir));
          return;
        }
        try {
          collectEntries(basePath, dir, result, options, buffers, out, stack);
        } catch (err) {
          reject(err);
          return;
        }
        next();
      });
    };
    next();
  });
}

module.exports = {
  readdir,
  readdirSync,
  readdirPromiseRecursive,
  namesOf,
  direntsSync,
  direntsAsync,
  S_IFMT,
};
