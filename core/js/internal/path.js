'use strict';

// path.posix and path.win32 (the core's module loader needs them, so they
// live in core; the path plugin re-exports them) with Node 20's results,
// including its handling of UNC roots, drive-relative paths and the
// Windows device-name hardening (CVE-2024-36139, CVE-2025-27210).

const { validateObject, validateString } = require('internal/validators');

const CHAR_FORWARD_SLASH = 47;  // '/'
const CHAR_BACKWARD_SLASH = 92;  // '\'
const CHAR_DOT = 46;  // '.'
const CHAR_COLON = 58;  // ':'
const CHAR_QUESTION_MARK = 63;  // '?'

function isPosixPathSeparator(code) {
  return code === CHAR_FORWARD_SLASH;
}

function isPathSeparator(code) {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
}

// A-Z or a-z
function isWindowsDeviceRoot(code) {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

// Names Windows maps to devices in any directory ('CON:', 'com1:', ...).
const kReservedNames = new Set([
  'CON', 'PRN', 'AUX', 'NUL',
  'COM1', 'COM2', 'COM3', 'COM4', 'COM5', 'COM6', 'COM7', 'COM8', 'COM9',
  'LPT1', 'LPT2', 'LPT3', 'LPT4', 'LPT5', 'LPT6', 'LPT7', 'LPT8', 'LPT9',
  'COM\u00b9', 'COM\u00b2', 'COM\u00b3', 'LPT\u00b9', 'LPT\u00b2', 'LPT\u00b3',
]);

// Collapses '.', '..' and repeated separators of a root-less path; the
// result has no leading or trailing separator. With allowAboveRoot, '..'
// segments that climb past the start are kept.
function normalizeString(path, allowAboveRoot, separator, isSep) {
  const segments = [];
  let above = 0;  // leading '..' segments kept in `segments`
  let start = 0;
  const len = path.length;
  for (let i = 0; i <= len; i++) {
    if (i < len && !isSep(path.charCodeAt(i))) continue;
    const segLen = i - start;
    if (segLen === 0 ||
        (segLen === 1 && path.charCodeAt(start) === CHAR_DOT)) {
      // empty or '.'
    } else if (segLen === 2 && path.charCodeAt(start) === CHAR_DOT &&
               path.charCodeAt(start + 1) === CHAR_DOT) {
      if (segments.length > above) {
        segments.pop();
      } else if (allowAboveRoot) {
        segments.push('..');
        above++;
      }
    } else {
      segments.push(path.slice(start, i));
    }
    start = i + 1;
  }
  return segments.join(separator);
}

function formatExt(ext) {
  return ext ? `${ext[0] === '.' ? '' : '.'}${ext}` : '';
}

function _format(sep, pathObject) {
  validateObject(pathObject, 'pathObject');
  const dir = pathObject.dir || pathObject.root;
  const base = pathObject.base ||
    `${pathObject.name || ''}${formatExt(pathObject.ext)}`;
  if (!dir) return base;
  return dir === pathObject.root ? `${dir}${base}` : `${dir}${sep}${base}`;
}

// Scans `path` backwards from its end down to `stop` and locates the last
// component and its extension the way basename/extname/parse see them.
// `startPart` is where the component starts when no separator precedes
// it. Returns [startPart, startDot, end, preDotState] ready for the '.'/'..' rule in
// hasExtension().
function scanLastComponent(path, stop, startPart, isSep) {
  let startDot = -1;
  let end = -1;
  let matchedSlash = true;
  // 0: no dot yet, 1: a dot directly precedes a run that may still be all
  // dots, -1: a non-dot character seen before the dot.
  let preDotState = 0;
  for (let i = path.length - 1; i >= stop; --i) {
    const code = path.charCodeAt(i);
    if (isSep(code)) {
      if (!matchedSlash) {
        startPart = i + 1;
        break;
      }
      continue;
    }
    if (end === -1) {
      matchedSlash = false;
      end = i + 1;
    }
    if (code === CHAR_DOT) {
      if (startDot === -1) {
        startDot = i;
      } else if (preDotState !== 1) {
        preDotState = 1;
      }
    } else if (startDot !== -1) {
      preDotState = -1;
    }
  }
  return [startPart, startDot, end, preDotState];
}

function hasExtension(startPart, startDot, end, preDotState) {
  return !(startDot === -1 ||
           end === -1 ||
           // A dot-only component ('.', '..') or one whose only dot leads.
           preDotState === 0 ||
           (preDotState === 1 && startDot === end - 1 && startDot === startPart + 1));
}

// The basename algorithm shared by both flavours; `start` skips a drive.
function basenameFrom(path, suffix, start, isSep) {
  let end = -1;
  let matchedSlash = true;

  if (suffix !== undefined && suffix.length > 0 && suffix.length <= path.length) {
    if (suffix === path) return '';
    let extIdx = suffix.length - 1;
    let firstNonSlashEnd = -1;
    for (let i = path.length - 1; i >= start; --i) {
      const code = path.charCodeAt(i);
      if (isSep(code)) {
        if (!matchedSlash) {
          start = i + 1;
          break;
        }
      } else {
        if (firstNonSlashEnd === -1) {
          matchedSlash = false;
          firstNonSlashEnd = i + 1;
        }
        if (extIdx >= 0) {
          // Try to match the suffix from its end.
          if (code === suffix.charCodeAt(extIdx)) {
            if (--extIdx === -1) end = i;
          } else {
            extIdx = -1;
            end = firstNonSlashEnd;
          }
        }
      }
    }

    if (start === end) {
      end = firstNonSlashEnd;
    } else if (end === -1) {
      end = path.length;
    }
    return path.slice(start, end);
  }

  for (let i = path.length - 1; i >= start; --i) {
    if (isSep(path.charCodeAt(i))) {
      if (!matchedSlash) {
        start = i + 1;
        break;
      }
    } else if (end === -1) {
      matchedSlash = false;
      end = i + 1;
    }
  }

  if (end === -1) return '';
  return path.slice(start, end);
}

// For '\\server\share...' returns the index just past 'share' (and the
// server/share names); -1 when `path` has no complete UNC root.
function uncRootEnd(path) {
  const len = path.length;
  if (len < 2 || !isPathSeparator(path.charCodeAt(0)) ||
      !isPathSeparator(path.charCodeAt(1))) {
    return -1;
  }
  let j = 2;
  while (j < len && !isPathSeparator(path.charCodeAt(j))) j++;
  if (j === len || j === 2) return -1;  // no server or nothing after it
  const serverEnd = j;
  while (j < len && isPathSeparator(path.charCodeAt(j))) j++;
  if (j === len) return -1;  // no share
  const shareStart = j;
  while (j < len && !isPathSeparator(path.charCodeAt(j))) j++;
  uncParts.server = path.slice(2, serverEnd);
  uncParts.shareStart = shareStart;
  uncParts.share = path.slice(shareStart, j);
  return j;
}
const uncParts = { server: '', shareStart: 0, share: '' };

function isDeviceNamespace(server) {
  return server === '?' || server === '.';
}

function posixCwd() {
  return process.cwd();
}

// path.matchesGlob(): experimental in node 20 as here, on the same
// npm minimatch (embedded, internal/deps) with node's options.
let minimatch;
let globWarned = false;
function glob(path, pattern, windows) {
  if (!globWarned) {
    globWarned = true;
    process.emitWarning('glob is an experimental feature and might change at any time',
                        'ExperimentalWarning');
  }
  validateString(path, 'path');
  validateString(pattern, 'pattern');
  minimatch ??= require('internal/deps/minimatch/dist/commonjs/index').minimatch;
  return minimatch(path, pattern, {
    __proto__: null,
    nocase: false,  // case-insensitive only on macOS and Windows hosts
    windowsPathsNoEscape: true,
    nonegate: true,
    nocomment: true,
    optimizationLevel: 2,
    platform: windows ? 'win32' : 'posix',
    nocaseMagicOnly: true,
  });
}

// path.win32.relative for paths whose lower-case form has another length
// ('İ' lower-cases to two code units), where offsets into the lower-cased
// strings would not fit the originals: compares whole segments instead.
function win32RelativeBySegments(fromOrig, toOrig) {
  const from = splitWin32Resolved(fromOrig);
  const to = splitWin32Resolved(toOrig);
  const length = Math.min(from.length, to.length);
  let common = 0;
  while (common < length && from[common].toLowerCase() === to[common].toLowerCase()) common++;
  if (common === 0) return toOrig;
  const up = new Array(from.length - common).fill('..');
  return up.concat(to.slice(common)).join('\\');
}

function splitWin32Resolved(path) {
  const parts = path.split('\\');
  if (parts[parts.length - 1] === '') parts.pop();
  return parts;
}

const win32 = {
  resolve(...args) {
    let resolvedDevice = '';
    let resolvedTail = '';
    let resolvedAbsolute = false;

    for (let i = args.length - 1; i >= -1; i--) {
      let path;
      if (i >= 0) {
        path = args[i];
        validateString(path, `paths[${i}]`);
        if (path.length === 0) continue;
      } else if (resolvedDevice.length === 0) {
        path = process.cwd();
      } else {
        // Each drive has its own cwd, kept by cmd.exe in '=X:' variables.
        path = process.env[`=${resolvedDevice}`] || process.cwd();
        if (path === undefined ||
            (path.slice(0, 2).toLowerCase() !== resolvedDevice.toLowerCase() &&
             path.charCodeAt(2) === CHAR_BACKWARD_SLASH)) {
          path = `${resolvedDevice}\\`;
        }
      }

      const len = path.length;
      let rootEnd = 0;
      let device = '';
      let isAbsolute = false;
      const code = path.charCodeAt(0);

      if (len === 1) {
        if (isPathSeparator(code)) {
          rootEnd = 1;
          isAbsolute = true;
        }
      } else if (isPathSeparator(code)) {
        isAbsolute = true;
        const unc = uncRootEnd(path);
        if (unc !== -1) {
          if (isDeviceNamespace(uncParts.server)) {
            // '\\?\x', '\\.\pipe\x': the root is '\\?' / '\\.'.
            device = `\\\\${uncParts.server}`;
            rootEnd = 4;
          } else {
            device = `\\\\${uncParts.server}\\${uncParts.share}`;
            rootEnd = unc;
          }
        } else if (!isPathSeparator(path.charCodeAt(1))) {
          rootEnd = 1;
        }
      } else if (isWindowsDeviceRoot(code) && path.charCodeAt(1) === CHAR_COLON) {
        device = path.slice(0, 2);
        rootEnd = 2;
        if (len > 2 && isPathSeparator(path.charCodeAt(2))) {
          isAbsolute = true;
          rootEnd = 3;
        }
      }

      if (device.length > 0) {
        if (resolvedDevice.length > 0) {
          if (device.toLowerCase() !== resolvedDevice.toLowerCase()) {
            // A path on another drive does not contribute.
            continue;
          }
        } else {
          resolvedDevice = device;
        }
      }

      if (resolvedAbsolute) {
        if (resolvedDevice.length > 0) break;
      } else {
        resolvedTail = `${path.slice(rootEnd)}\\${resolvedTail}`;
        resolvedAbsolute = isAbsolute;
        if (isAbsolute && resolvedDevice.length > 0) break;
      }
    }

    resolvedTail = normalizeString(resolvedTail, !resolvedAbsolute, '\\', isPathSeparator);

    return resolvedAbsolute ?
      `${resolvedDevice}\\${resolvedTail}` :
      `${resolvedDevice}${resolvedTail}` || '.';
  },

  normalize(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    let rootEnd = 0;
    let device;
    let isAbsolute = false;
    let reservedDevice = false;
    const code = path.charCodeAt(0);

    if (len === 1) {
      // '/' -> '\'; anything else is already normal.
      return isPosixPathSeparator(code) ? '\\' : path;
    }
    if (isPathSeparator(code)) {
      isAbsolute = true;
      const unc = uncRootEnd(path);
      if (unc !== -1 && isDeviceNamespace(uncParts.server)) {
        // '\\?\x', '\\.\pipe\x': the root is '\\?' / '\\.'.
        device = `\\\\${uncParts.server}`;
        rootEnd = 4;
      } else if (unc === len) {
        // Only a UNC root: nothing left to normalize.
        return `\\\\${uncParts.server}\\${path.slice(uncParts.shareStart)}\\`;
      } else if (unc !== -1) {
        device = `\\\\${uncParts.server}\\${uncParts.share}`;
        rootEnd = unc;
      } else if (!isPathSeparator(path.charCodeAt(1))) {
        rootEnd = 1;
      }
    } else if (isWindowsDeviceRoot(code) && path.charCodeAt(1) === CHAR_COLON) {
      device = path.slice(0, 2);
      rootEnd = 2;
      if (len > 2 && isPathSeparator(path.charCodeAt(2))) {
        isAbsolute = true;
        rootEnd = 3;
      }
    } else {
      // 'CON:...', 'com1:...': a reserved device name acts as a
      // drive-like prefix that must stay relative ('.\CON:...').
      // Without a ':' Node 20 compares all but the last character
      // ('CONX' and 'COM1\\' count as reserved); kept for compatibility.
      const colon = path.indexOf(':');
      if (kReservedNames.has(path.slice(0, colon).toUpperCase())) {
        device = path.slice(0, colon + 1);
        rootEnd = colon + 1;
        reservedDevice = true;
      }
    }

    let tail = rootEnd < len ?
      normalizeString(path.slice(rootEnd), !isAbsolute, '\\', isPathSeparator) :
      '';
    if (tail.length === 0 && !isAbsolute) tail = '.';
    if (tail.length > 0 && isPathSeparator(path.charCodeAt(len - 1))) tail += '\\';

    if (reservedDevice) return `.\\${device}${tail}`;

    if (!isAbsolute && device === undefined && path.includes(':')) {
      // A relative path must not come out as something Windows reads as a
      // drive or stream path (CVE-2024-36139).
      if (tail.length >= 2 && isWindowsDeviceRoot(tail.charCodeAt(0)) &&
          tail.charCodeAt(1) === CHAR_COLON) {
        return `.\\${tail}`;
      }
      let index = path.indexOf(':');
      do {
        if (index === len - 1 || isPathSeparator(path.charCodeAt(index + 1))) {
          return `.\\${tail}`;
        }
      } while ((index = path.indexOf(':', index + 1)) !== -1);
    }

    if (device === undefined) return isAbsolute ? `\\${tail}` : tail;
    return isAbsolute ? `${device}\\${tail}` : `${device}${tail}`;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return false;
    const code = path.charCodeAt(0);
    return isPathSeparator(code) ||
      (len > 2 && isWindowsDeviceRoot(code) &&
       path.charCodeAt(1) === CHAR_COLON &&
       isPathSeparator(path.charCodeAt(2)));
  },

  join(...args) {
    if (args.length === 0) return '.';

    let joined;
    let firstPart;
    for (let i = 0; i < args.length; ++i) {
      const arg = args[i];
      validateString(arg, 'path');
      if (arg.length > 0) {
        if (joined === undefined) {
          joined = firstPart = arg;
        } else {
          joined += `\\${arg}`;
        }
      }
    }

    if (joined === undefined) return '.';

    // normalize() must not mistake a join that merely starts with slashes
    // for a UNC path: only a first argument that itself looks like a UNC
    // root ('\\server...') may keep two leading slashes.
    let needsReplace = true;
    let slashCount = 0;
    if (isPathSeparator(firstPart.charCodeAt(0))) {
      ++slashCount;
      const firstLen = firstPart.length;
      if (firstLen > 1 && isPathSeparator(firstPart.charCodeAt(1))) {
        ++slashCount;
        if (firstLen > 2) {
          if (isPathSeparator(firstPart.charCodeAt(2))) {
            ++slashCount;
          } else {
            needsReplace = false;
          }
        }
      }
    }
    if (needsReplace) {
      while (slashCount < joined.length && isPathSeparator(joined.charCodeAt(slashCount))) {
        slashCount++;
      }
      if (slashCount >= 2) joined = `\\${joined.slice(slashCount)}`;
    }

    return win32.normalize(joined);
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');

    if (from === to) return '';

    const fromOrig = win32.resolve(from);
    const toOrig = win32.resolve(to);

    if (fromOrig === toOrig) return '';

    from = fromOrig.toLowerCase();
    to = toOrig.toLowerCase();

    if (from === to) return '';
    if (from.length !== fromOrig.length || to.length !== toOrig.length) {
      return win32RelativeBySegments(fromOrig, toOrig);
    }

    // Leading backslashes, and trailing ones (UNC roots only have them).
    let fromStart = 0;
    while (fromStart < from.length && from.charCodeAt(fromStart) === CHAR_BACKWARD_SLASH) {
      fromStart++;
    }
    let fromEnd = from.length;
    while (fromEnd - 1 > fromStart && from.charCodeAt(fromEnd - 1) === CHAR_BACKWARD_SLASH) {
      fromEnd--;
    }
    const fromLen = fromEnd - fromStart;

    let toStart = 0;
    while (toStart < to.length && to.charCodeAt(toStart) === CHAR_BACKWARD_SLASH) {
      toStart++;
    }
    let toEnd = to.length;
    while (toEnd - 1 > toStart && to.charCodeAt(toEnd - 1) === CHAR_BACKWARD_SLASH) {
      toEnd--;
    }
    const toLen = toEnd - toStart;

    const length = fromLen < toLen ? fromLen : toLen;
    let lastCommonSep = -1;
    let i = 0;
    for (; i < length; i++) {
      const fromCode = from.charCodeAt(fromStart + i);
      if (fromCode !== to.charCodeAt(toStart + i)) break;
      else if (fromCode === CHAR_BACKWARD_SLASH) lastCommonSep = i;
    }

    if (i !== length) {
      // Different before any common separator (e.g. other drives).
      if (lastCommonSep === -1) return toOrig;
    } else {
      if (toLen > length) {
        if (to.charCodeAt(toStart + i) === CHAR_BACKWARD_SLASH) {
          // `from` is a prefix directory of `to`.
          return toOrig.slice(toStart + i + 1);
        }
        if (i === 2) {
          // `from` is a device root ('C:\' -> 'C:\foo').
          return toOrig.slice(toStart + i);
        }
      }
      if (fromLen > length) {
        if (from.charCodeAt(fromStart + i) === CHAR_BACKWARD_SLASH) {
          // `to` is a prefix directory of `from`.
          lastCommonSep = i;
        } else if (i === 2) {
          // `to` is a device root.
          lastCommonSep = 3;
        }
      }
      if (lastCommonSep === -1) lastCommonSep = 0;
    }

    let out = '';
    for (i = fromStart + lastCommonSep + 1; i <= fromEnd; ++i) {
      if (i === fromEnd || from.charCodeAt(i) === CHAR_BACKWARD_SLASH) {
        out += out.length === 0 ? '..' : '\\..';
      }
    }

    toStart += lastCommonSep;

    if (out.length > 0) return `${out}${toOrig.slice(toStart, toEnd)}`;

    if (toOrig.charCodeAt(toStart) === CHAR_BACKWARD_SLASH) ++toStart;
    return toOrig.slice(toStart, toEnd);
  },

  toNamespacedPath(path) {
    // Only strings are namespaced; anything else comes back as is.
    if (typeof path !== 'string' || path.length === 0) return path;

    const resolvedPath = win32.resolve(path);

    if (resolvedPath.length <= 2) return path;

    if (resolvedPath.charCodeAt(0) === CHAR_BACKWARD_SLASH) {
      if (resolvedPath.charCodeAt(1) === CHAR_BACKWARD_SLASH) {
        const code = resolvedPath.charCodeAt(2);
        if (code !== CHAR_QUESTION_MARK && code !== CHAR_DOT) {
          // '\\server\share\x' -> '\\?\UNC\server\share\x'
          return `\\\\?\\UNC\\${resolvedPath.slice(2)}`;
        }
      }
    } else if (isWindowsDeviceRoot(resolvedPath.charCodeAt(0)) &&
               resolvedPath.charCodeAt(1) === CHAR_COLON &&
               resolvedPath.charCodeAt(2) === CHAR_BACKWARD_SLASH) {
      // 'C:\x' -> '\\?\C:\x'
      return `\\\\?\\${resolvedPath}`;
    }

    return resolvedPath;
  },

  dirname(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    let rootEnd = -1;
    let offset = 0;
    const code = path.charCodeAt(0);

    if (len === 1) {
      return isPathSeparator(code) ? path : '.';
    }

    if (isPathSeparator(code)) {
      rootEnd = offset = 1;
      const unc = uncRootEnd(path);
      if (unc === len) return path;  // only a UNC root
      if (unc !== -1) rootEnd = offset = unc + 1;
    } else if (isWindowsDeviceRoot(code) && path.charCodeAt(1) === CHAR_COLON) {
      rootEnd = len > 2 && isPathSeparator(path.charCodeAt(2)) ? 3 : 2;
      offset = rootEnd;
    }

    let end = -1;
    let matchedSlash = true;
    for (let i = len - 1; i >= offset; --i) {
      if (isPathSeparator(path.charCodeAt(i))) {
        if (!matchedSlash) {
          end = i;
          break;
        }
      } else {
        matchedSlash = false;
      }
    }

    if (end === -1) {
      if (rootEnd === -1) return '.';
      end = rootEnd;
    }
    return path.slice(0, end);
  },

  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    // Skip a drive so its ':' is not taken for part of the name.
    const start = (path.length >= 2 && isWindowsDeviceRoot(path.charCodeAt(0)) &&
                   path.charCodeAt(1) === CHAR_COLON) ? 2 : 0;
    return basenameFrom(path, suffix, start, isPathSeparator);
  },

  extname(path) {
    validateString(path, 'path');
    const start = (path.length >= 2 && path.charCodeAt(1) === CHAR_COLON &&
                   isWindowsDeviceRoot(path.charCodeAt(0))) ? 2 : 0;
    const { 0: startPart, 1: startDot, 2: end, 3: preDotState } =
      scanLastComponent(path, start, start, isPathSeparator);
    if (!hasExtension(startPart, startDot, end, preDotState)) return '';
    return path.slice(startDot, end);
  },

  format: _format.bind(null, '\\'),

  parse(path) {
    validateString(path, 'path');

    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    if (path.length === 0) return ret;

    const len = path.length;
    let rootEnd = 0;
    const code = path.charCodeAt(0);

    if (len === 1) {
      if (isPathSeparator(code)) {
        ret.root = ret.dir = path;
        return ret;
      }
      ret.base = ret.name = path;
      return ret;
    }
    if (isPathSeparator(code)) {
      rootEnd = 1;
      const unc = uncRootEnd(path);
      if (unc === len) {
        rootEnd = unc;
      } else if (unc !== -1) {
        rootEnd = unc + 1;
      }
    } else if (isWindowsDeviceRoot(code) && path.charCodeAt(1) === CHAR_COLON) {
      if (len <= 2) {
        ret.root = ret.dir = path;
        return ret;
      }
      rootEnd = 2;
      if (isPathSeparator(path.charCodeAt(2))) {
        if (len === 3) {
          ret.root = ret.dir = path;
          return ret;
        }
        rootEnd = 3;
      }
    }
    if (rootEnd > 0) ret.root = path.slice(0, rootEnd);

    const { 0: startPart, 1: startDot, 2: end, 3: preDotState } =
      scanLastComponent(path, rootEnd, rootEnd, isPathSeparator);

    if (end !== -1) {
      if (!hasExtension(startPart, startDot, end, preDotState)) {
        ret.base = ret.name = path.slice(startPart, end);
      } else {
        ret.name = path.slice(startPart, startDot);
        ret.base = path.slice(startPart, end);
        ret.ext = path.slice(startDot, end);
      }
    }

    // A directory that is the root keeps the root's trailing separator
    // ('C:\abc' -> 'C:\'); any other drops it ('C:\abc\def' -> 'C:\abc').
    if (startPart > 0 && startPart !== rootEnd) {
      ret.dir = path.slice(0, startPart - 1);
    } else {
      ret.dir = ret.root;
    }

    return ret;
  },

  matchesGlob(path, pattern) {
    return glob(path, pattern, true);
  },

  sep: '\\',
  delimiter: ';',
  win32: null,
  posix: null,
};

const posix = {
  resolve(...args) {
    let resolvedPath = '';
    let resolvedAbsolute = false;

    for (let i = args.length - 1; i >= -1 && !resolvedAbsolute; i--) {
      const path = i >= 0 ? args[i] : posixCwd();
      validateString(path, `paths[${i}]`);

      if (path.length === 0) continue;

      resolvedPath = `${path}/${resolvedPath}`;
      resolvedAbsolute = path.charCodeAt(0) === CHAR_FORWARD_SLASH;
    }

    resolvedPath = normalizeString(resolvedPath, !resolvedAbsolute, '/', isPosixPathSeparator);

    if (resolvedAbsolute) return `/${resolvedPath}`;
    return resolvedPath.length > 0 ? resolvedPath : '.';
  },

  normalize(path) {
    validateString(path, 'path');

    if (path.length === 0) return '.';

    const isAbsolute = path.charCodeAt(0) === CHAR_FORWARD_SLASH;
    const trailingSeparator = path.charCodeAt(path.length - 1) === CHAR_FORWARD_SLASH;

    path = normalizeString(path, !isAbsolute, '/', isPosixPathSeparator);

    if (path.length === 0) {
      if (isAbsolute) return '/';
      return trailingSeparator ? './' : '.';
    }
    if (trailingSeparator) path += '/';

    return isAbsolute ? `/${path}` : path;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    return path.length > 0 && path.charCodeAt(0) === CHAR_FORWARD_SLASH;
  },

  join(...args) {
    if (args.length === 0) return '.';
    let joined;
    for (let i = 0; i < args.length; ++i) {
      const arg = args[i];
      validateString(arg, 'path');
      if (arg.length > 0) {
        if (joined === undefined) {
          joined = arg;
        } else {
          joined += `/${arg}`;
        }
      }
    }
    if (joined === undefined) return '.';
    return posix.normalize(joined);
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');

    if (from === to) return '';

    from = posix.resolve(from);
    to = posix.resolve(to);

    if (from === to) return '';

    // Both are absolute: compare past the leading '/'.
    const fromStart = 1;
    const fromEnd = from.length;
    const fromLen = fromEnd - fromStart;
    const toStart = 1;
    const toLen = to.length - toStart;

    const length = (fromLen < toLen ? fromLen : toLen);
    let lastCommonSep = -1;
    let i = 0;
    for (; i < length; i++) {
      const fromCode = from.charCodeAt(fromStart + i);
      if (fromCode !== to.charCodeAt(toStart + i)) break;
      else if (fromCode === CHAR_FORWARD_SLASH) lastCommonSep = i;
    }
    if (i === length) {
      if (toLen > length) {
        if (to.charCodeAt(toStart + i) === CHAR_FORWARD_SLASH) {
          // `from` is a directory prefix of `to` ('/foo/bar' -> '/foo/bar/baz').
          return to.slice(toStart + i + 1);
        }
        if (i === 0) {
          // `from` is the root ('/' -> '/foo').
          return to.slice(toStart + i);
        }
      } else if (fromLen > length) {
        if (from.charCodeAt(fromStart + i) === CHAR_FORWARD_SLASH) {
          // `to` is a directory prefix of `from`.
          lastCommonSep = i;
        } else if (i === 0) {
          // `to` is the root.
          lastCommonSep = 0;
        }
      }
    }

    let out = '';
    // One '..' per component of `from` past the common part.
    for (i = fromStart + lastCommonSep + 1; i <= fromEnd; ++i) {
      if (i === fromEnd || from.charCodeAt(i) === CHAR_FORWARD_SLASH) {
        out += out.length === 0 ? '..' : '/..';
      }
    }

    return `${out}${to.slice(toStart + lastCommonSep)}`;
  },

  toNamespacedPath(path) {
    // Non-op on POSIX systems
    return path;
  },

  dirname(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    const hasRoot = path.charCodeAt(0) === CHAR_FORWARD_SLASH;
    let end = -1;
    let matchedSlash = true;
    for (let i = path.length - 1; i >= 1; --i) {
      if (path.charCodeAt(i) === CHAR_FORWARD_SLASH) {
        if (!matchedSlash) {
          end = i;
          break;
        }
      } else {
        matchedSlash = false;
      }
    }

    if (end === -1) return hasRoot ? '/' : '.';
    if (hasRoot && end === 1) return '//';
    return path.slice(0, end);
  },

  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    return basenameFrom(path, suffix, 0, isPosixPathSeparator);
  },

  extname(path) {
    validateString(path, 'path');
    const { 0: startPart, 1: startDot, 2: end, 3: preDotState } =
      scanLastComponent(path, 0, 0, isPosixPathSeparator);
    if (!hasExtension(startPart, startDot, end, preDotState)) return '';
    return path.slice(startDot, end);
  },

  format: _format.bind(null, '/'),

  parse(path) {
    validateString(path, 'path');

    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    if (path.length === 0) return ret;
    const isAbsolute = path.charCodeAt(0) === CHAR_FORWARD_SLASH;
    let start;
    if (isAbsolute) {
      ret.root = '/';
      start = 1;
    } else {
      start = 0;
    }
    const { 0: startPart, 1: startDot, 2: end, 3: preDotState } =
      scanLastComponent(path, start, 0, isPosixPathSeparator);

    if (end !== -1) {
      const begin = startPart === 0 && isAbsolute ? 1 : startPart;
      if (!hasExtension(startPart, startDot, end, preDotState)) {
        ret.base = ret.name = path.slice(begin, end);
      } else {
        ret.name = path.slice(begin, startDot);
        ret.base = path.slice(begin, end);
        ret.ext = path.slice(startDot, end);
      }
    }

    if (startPart > 0) {
      ret.dir = path.slice(0, startPart - 1);
    } else if (isAbsolute) {
      ret.dir = '/';
    }

    return ret;
  },

  matchesGlob(path, pattern) {
    return glob(path, pattern, false);
  },

  sep: '/',
  delimiter: ':',
  win32: null,
  posix: null,
};

posix.win32 = win32.win32 = win32;
posix.posix = win32.posix = posix;

// Legacy internal API, docs-only deprecated: DEP0080
win32._makeLong = win32.toNamespacedPath;
posix._makeLong = posix.toNamespacedPath;

module.exports = posix;
