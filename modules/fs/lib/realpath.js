'use strict';

// realpath. fs.realpath(Sync) resolves with libuv's realpath(3) in one call;
// only when that fails does it walk the path component by component
// (lstat/stat/readlink), so the error names the same syscall and path as
// Node's JavaScript realpath does. realpath.native reports realpath errors.

const pathModule = require('path');
const {
  lazyBuffer,
  fsError,
  getOptions,
  getValidatedPath,
  pathString,
} = require('./util');

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

function encodeResult(result, options) {
  const enc = options && options.encoding;
  if (!enc || enc === 'utf8' || enc === 'utf-8') return result;
  const asBuffer = lazyBuffer().from(result);
  if (enc === 'buffer') return asBuffer;
  return asBuffer.toString(enc);
}

// The component walk; returns the resolved path or throws Node's error.
function walk(p) {
  let rest = pathModule.resolve(pathString(p));
  let resolved = '/';
  let links = 0;
  const parts = () => rest.split('/').filter((s) => s !== '');
  let queue = parts();
  while (queue.length > 0) {
    const part = queue.shift();
    const next = resolved === '/' ? `/${part}` : `${resolved}/${part}`;
    let rc = binding.lstat(next, false);
    if (rc < 0) throw fsError(rc, 'lstat', next);
    if ((binding.statValues[1] & S_IFMT) !== S_IFLNK) {
      resolved = next;
      continue;
    }
    rc = binding.stat(next, false);
    if (rc < 0) throw fsError(rc, 'stat', next);
    const target = binding.readlink(next, false);
    if (typeof target === 'number') throw fsError(target, 'readlink', next);
    if (++links > 40) throw fsError(-40, 'stat', next);
    rest = pathModule.resolve(resolved, target, ...queue);
    resolved = '/';
    queue = parts();
  }
  return resolved;
}

function realpathSync(p, options) {
  options = getOptions(options);
  p = getValidatedPath(p);
  const r = binding.realpath(p, false);
  if (typeof r === 'string') return encodeResult(r, options);
  return encodeResult(walk(p), options);
}

function realpath(p, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateCallback(callback);
  options = getOptions(options);
  p = getValidatedPath(p);
  binding.realpath(p, false, (status, r) => {
    if (status === 0) {
      callback(null, encodeResult(r, options));
      return;
    }
    let result;
    try {
      result = walk(p);
    } catch (err) {
      callback(err);
      return;
    }
    callback(null, encodeResult(result, options));
  });
}

function validateCallback(callback) {
  require('./util').makeCallback(callback);
}

function realpathSyncNative(p, options) {
  options = getOptions(options);
  p = getValidatedPath(p);
  const r = binding.realpath(p, options.encoding === 'buffer');
  if (typeof r === 'number') throw fsError(r, 'realpath', p);
  return encodeNative(r, options);
}

function encodeNative(r, options) {
  const enc = options.encoding;
  if (!enc || enc === 'utf8' || enc === 'utf-8' || enc === 'buffer') return r;
  return lazyBuffer().from(r).toString(enc);
}

function realpathNative(p, options, callback) {
  callback = typeof options === 'function' ? options : callback;
  validateCallback(callback);
  options = getOptions(options);
  p = getValidatedPath(p);
  binding.realpath(p, options.encoding === 'buffer', (status, r) => {
    if (status !== 0) callback(fsError(status, 'realpath', p));
    else callback(null, encodeNative(r, options));
  });
}

function realpathPromise(p, options) {
  return new Promise((resolve, reject) => {
    options = getOptions(options);
    p = getValidatedPath(p);
    binding.realpath(p, options.encoding === 'buffer', (status, r) => {
      if (status !== 0) reject(fsError(status, 'realpath', p));
      else resolve(encodeNative(r, options));
    });
  });
}

module.exports = {
  realpath,
  realpathSync,
  realpathNative,
  realpathSyncNative,
  realpathPromise,
};
