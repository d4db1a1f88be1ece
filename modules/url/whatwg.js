'use strict';

// The WHATWG side of the `url` builtin: URL and URLSearchParams are the
// core's (the same objects as the globals); the helper functions are
// implemented here with Node 20's exact behaviour (the `windows` options,
// argument checks, ada's host handling).

const { URL, URLSearchParams, escapePathChars } = require('internal/url');
const whatwg = require('internal/deps/whatwg-url/index');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_FILE_URL_HOST,
    ERR_INVALID_FILE_URL_PATH,
    ERR_INVALID_URL_SCHEME,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { validateObject, validateString } = require('internal/validators');
const idna = require('./idna');

const kEmptyObject = Object.freeze({ __proto__: null });
const isWindows = process.platform === 'win32';

let pathModule;
function lazyPath() {
  if (pathModule === undefined) pathModule = require('path');
  return pathModule;
}

// A WHATWG URL, or something shaped like one (and not a legacy Url).
function isURLLike(value) {
  return Boolean(value?.href && value.protocol &&
    value.auth === undefined && value.path === undefined);
}

function domainToASCII(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  return idna.domainToASCII(`${domain}`);
}

function domainToUnicode(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  return idna.domainToUnicode(`${domain}`);
}

// ---------------------------------------------------------------------------
// fileURLToPath

// Index of the first '%2F'/'%2f' (and, for Windows, '%5C'/'%5c') or -1.
function findEncodedSeparator(pathname, windows) {
  for (let i = 0; i < pathname.length; i++) {
    if (pathname[i] !== '%') continue;
    const next = pathname[i + 1];
    const third = pathname.codePointAt(i + 2) | 0x20;
    if ((next === '2' && third === 0x66) || (windows && next === '5' && third === 0x63)) {
      return i;
    }
  }
  return -1;
}

function posixPathOf(url) {
  if (url.hostname !== '') throw new ERR_INVALID_FILE_URL_HOST(process.platform);
  const pathname = url.pathname;
  if (findEncodedSeparator(pathname, false) !== -1) {
    throw new ERR_INVALID_FILE_URL_PATH('must not include encoded / characters');
  }
  return decodeURIComponent(pathname);
}

function windowsPathOf(url) {
  const hostname = url.hostname;
  let pathname = url.pathname;
  if (findEncodedSeparator(pathname, true) !== -1) {
    throw new ERR_INVALID_FILE_URL_PATH('must not include encoded \\ or / characters');
  }
  pathname = decodeURIComponent(pathname.replaceAll('/', '\\'));
  if (hostname !== '') {
    // A UNC path; punycode host names come back in Unicode.
    return `\\\\${domainToUnicode(hostname)}${pathname}`;
  }
  const letter = pathname.codePointAt(1) | 0x20;
  if (letter < 0x61 || letter > 0x7A || pathname[2] !== ':') {
    throw new ERR_INVALID_FILE_URL_PATH('must be absolute');
  }
  return pathname.slice(1);
}

function fileURLToPath(path, options = kEmptyObject) {
  const windows = options?.windows;
  if (typeof path === 'string') {
    path = new URL(path);
  } else if (!isURLLike(path)) {
    throw new ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], path);
  }
  if (path.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
  return (windows ?? isWindows) ? windowsPathOf(path) : posixPathOf(path);
}

// ---------------------------------------------------------------------------
// pathToFileURL

function pathToFileURL(filepath, options) {
  const windows = options?.windows ?? isWindows;
  validateString(filepath, 'path');
  if (windows && filepath.startsWith('\\\\')) {
    // UNC: \\server\share\rest, or \\?\UNC\server\share\rest.
    const url = new URL('file://');
    const prefix = filepath.startsWith('\\\\?\\UNC\\') ? 8 : 2;
    const hostEnd = filepath.indexOf('\\', prefix);
    if (hostEnd === -1) {
      throw new ERR_INVALID_ARG_VALUE('path', filepath, 'Missing UNC resource path');
    }
    if (hostEnd === 2) {
      throw new ERR_INVALID_ARG_VALUE('path', filepath, 'Empty UNC servername');
    }
    url.hostname = domainToASCII(filepath.slice(prefix, hostEnd));
    url.pathname = escapePathChars(filepath.slice(hostEnd).replace(/\\/g, '/'), windows);
    return url;
  }
  const path = lazyPath();
  let resolved = windows ? path.win32.resolve(filepath) : path.posix.resolve(filepath);
  // resolve() drops a trailing separator: keep it.
  const last = filepath.charCodeAt(filepath.length - 1);
  if ((last === 0x2F || (windows && last === 0x5C)) &&
      resolved[resolved.length - 1] !== path.sep) {
    resolved += '/';
  }
  return new URL(`file://${escapePathChars(resolved, windows)}`);
}

// ---------------------------------------------------------------------------
// urlToHttpOptions

function urlToHttpOptions(url) {
  const { hostname, pathname, port, username, password, search } = url;
  const options = {
    __proto__: null,
    ...url,
    protocol: url.protocol,
    hostname: hostname && hostname.startsWith('[') ? hostname.slice(1, -1) : hostname,
    hash: url.hash,
    search,
    pathname,
    path: `${pathname || ''}${search || ''}`,
    href: url.href,
  };
  if (port !== '') options.port = Number(port);
  if (username || password) {
    options.auth = `${decodeURIComponent(username)}:${decodeURIComponent(password)}`;
  }
  return options;
}

// ---------------------------------------------------------------------------
// url.format(URL, options)

// Serializes `url` without the parts options turn off; undefined when its
// href does not parse (as Node's native formatter returns nothing then).
function formatWhatwg(url, options) {
  let fragment = true;
  let unicode = false;
  let search = true;
  let auth = true;
  if (options) {
    validateObject(options, 'options');
    if (options.fragment != null) fragment = Boolean(options.fragment);
    if (options.unicode != null) unicode = Boolean(options.unicode);
    if (options.search != null) search = Boolean(options.search);
    if (options.auth != null) auth = Boolean(options.auth);
  }
  const record = whatwg.basicURLParse(`${url.href}`);
  if (record === null) return undefined;
  if (!fragment) record.fragment = null;
  if (!search) record.query = null;
  if (!auth) {
    record.username = '';
    record.password = '';
  }
  if (unicode && record.host !== null) {
    record.host = idna.hostToUnicode(whatwg.serializeHost(record.host));
  }
  return whatwg.serializeURL(record);
}

module.exports = {
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  pathToFileURL,
  fileURLToPath,
  urlToHttpOptions,
  formatWhatwg,
};
