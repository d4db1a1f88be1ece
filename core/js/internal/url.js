'use strict';
// WHATWG URL and URLSearchParams (the npm package whatwg-url, embedded at
// build time) plus node's file-URL helpers.

const whatwg = require('internal/deps/whatwg-url/index');
const { URLSearchParams } = whatwg;

// whatwg-url's URL with node's errors: TypeError [ERR_INVALID_URL] carrying
// `input` (and `base`), ERR_MISSING_ARGS without arguments.
class URL extends whatwg.URL {
  constructor(url, base = undefined) {
    if (arguments.length === 0) throw new (codes().ERR_MISSING_ARGS)('url');
    try {
      if (base === undefined) super(url); else super(url, base);
    } catch (err) {
      if (!(err instanceof TypeError) || !/^Invalid (base )?URL/.test(err.message)) throw err;
      throw new (codes().ERR_INVALID_URL)(`${url}`, base === undefined ? null : `${base}`);
    }
  }

  // A URL of this class (whatwg-url's own parse() returns its internal
  // object), or null.
  static parse(url, base = undefined) {
    if (arguments.length === 0) throw new (codes().ERR_MISSING_ARGS)('url');
    try {
      return new URL(url, base);
    } catch (err) {
      if (err.code === 'ERR_INVALID_URL') return null;
      throw err;
    }
  }

  static canParse(url, base = undefined) {
    if (arguments.length === 0) throw new (codes().ERR_MISSING_ARGS)('url');
    return base === undefined ? super.canParse(`${url}`) : super.canParse(`${url}`, `${base}`);
  }
}

// Shaped as node's URL: the accessors and methods are URL.prototype's own
// (whose prototype is Object.prototype), the statics enumerable.
{
  const { constructor, ...members } = Object.getOwnPropertyDescriptors(whatwg.URL.prototype);
  Object.defineProperties(URL.prototype, members);
  Object.setPrototypeOf(URL.prototype, Object.prototype);
  for (const name of ['parse', 'canParse']) {
    Object.defineProperty(URL, name, { __proto__: null, enumerable: true });
  }
}

// Object URLs name Blobs, which the buffer plugin makes and keeps: without
// it no Blob exists, so createObjectURL only rejects its argument.
function objectURLs() {
  const plugins = require('internal/modules/plugins');
  return plugins.isLoaded('buffer') ? require('buffer')[Symbol.for('mosaic.buffer.objectURLs')] :
    undefined;
}

Object.defineProperties(URL, {
  createObjectURL: {
    __proto__: null,
    writable: true,
    enumerable: true,
    configurable: true,
    value: function createObjectURL(obj) {
      const registry = objectURLs();
      if (registry === undefined) throw new (codes().ERR_INVALID_ARG_TYPE)('obj', 'Blob', obj);
      return registry.create(obj);
    },
  },
  revokeObjectURL: {
    __proto__: null,
    writable: true,
    enumerable: true,
    configurable: true,
    value: function revokeObjectURL(url) {
      if (arguments.length === 0) throw new (codes().ERR_MISSING_ARGS)('url');
      objectURLs()?.revoke(`${url}`);
    },
  },
});

const kInspect = Symbol.for('nodejs.util.inspect.custom');
require('internal/util/inspect').inspect.registerURL(
  URL, require('internal/deps/whatwg-url/lib/utils').implSymbol);

// node prints URLs with their components rather than an empty object.
Object.defineProperty(URL.prototype, kInspect, {
  configurable: true,
  enumerable: false,
  writable: true,
  value: function inspect(depth, options, inspectFn) {
    if (typeof depth === 'number' && depth < 0) return this;
    const obj = {
      href: this.href, origin: this.origin, protocol: this.protocol,
      username: this.username, password: this.password, host: this.host,
      hostname: this.hostname, port: this.port, pathname: this.pathname,
      search: this.search, searchParams: this.searchParams, hash: this.hash,
    };
    return `URL ${inspectFn(obj, options)}`;
  },
});

Object.defineProperty(URLSearchParams.prototype, kInspect, {
  configurable: true,
  enumerable: false,
  writable: true,
  value: function inspect(depth, options, inspectFn) {
    const entries = [...this].map(([k, v]) => `${inspectFn(k, options)} => ${inspectFn(v, options)}`);
    return entries.length === 0 ? 'URLSearchParams {}' : `URLSearchParams { ${entries.join(', ')} }`;
  },
});

function codes() {
  return require('internal/errors').codes;
}

function isURL(value) {
  return value != null && typeof value.href === 'string' && typeof value.protocol === 'string' &&
    value.auth === undefined && value.path === undefined;
}

function fileURLToPath(path) {
  let url = path;
  if (typeof path === 'string') {
    url = new URL(path);
  } else if (!isURL(path)) {
    throw new (codes().ERR_INVALID_ARG_TYPE)('path', ['string', 'URL'], path);
  }
  if (url.protocol !== 'file:') throw new (codes().ERR_INVALID_URL_SCHEME)('file');
  if (url.hostname !== '') {
    throw new (codes().ERR_INVALID_FILE_URL_HOST)('linux');
  }
  const pathname = url.pathname;
  for (let n = 0; n < pathname.length; n++) {
    if (pathname[n] === '%') {
      const third = pathname.codePointAt(n + 2) | 0x20;
      if (pathname[n + 1] === '2' && third === 102) {
        throw new (codes().ERR_INVALID_FILE_URL_PATH)('must not include encoded / characters');
      }
    }
  }
  return decodeURIComponent(pathname);
}

// What pathToFileURL escapes beyond the URL parser (node 20's set; a
// backslash only on POSIX, where it is a file name character).
const kPathEscapes = {
  '%': '%25', '\\': '%5C', '\n': '%0A', '\r': '%0D', '\t': '%09', '?': '%3F', '#': '%23',
  '[': '%5B', ']': '%5D', '|': '%7C', '~': '%7E',
};
const kPosixPathEscape = /[%\\\n\r\t?#[\]|~]/g;
const kWindowsPathEscape = /[%\n\r\t?#[\]|~]/g;

function escapePathChars(text, windows = false) {
  return text.replace(windows ? kWindowsPathEscape : kPosixPathEscape, (ch) => kPathEscapes[ch]);
}

function pathToFileURL(filepath) {
  const path = require('internal/path');
  let resolved = path.resolve(filepath);
  if (filepath.endsWith('/') && !resolved.endsWith('/')) resolved += '/';
  return new URL(`file://${escapePathChars(resolved)}`);
}

function urlToHttpOptions(url) {
  const options = {
    protocol: url.protocol,
    hostname: typeof url.hostname === 'string' && url.hostname.startsWith('[') ?
      url.hostname.slice(1, -1) : url.hostname,
    hash: url.hash,
    search: url.search,
    pathname: url.pathname,
    path: `${url.pathname || ''}${url.search || ''}`,
    href: url.href,
  };
  if (url.port !== '') options.port = Number(url.port);
  if (url.username || url.password) {
    options.auth = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
  }
  return options;
}

function domainToASCII(domain) {
  const tr46 = require('internal/deps/tr46/index');
  const result = tr46.toASCII(`${domain}`, { checkBidi: true, checkHyphens: false, checkJoiners: true, useSTD3ASCIIRules: false, verifyDNSLength: false });
  return result === null ? '' : result;
}

function domainToUnicode(domain) {
  const tr46 = require('internal/deps/tr46/index');
  const result = tr46.toUnicode(`${domain}`, { checkBidi: true, checkHyphens: false, checkJoiners: true, useSTD3ASCIIRules: false });
  return result.error ? '' : result.domain;
}

module.exports = {
  URL,
  URLSearchParams,
  fileURLToPath,
  pathToFileURL,
  escapePathChars,
  urlToHttpOptions,
  domainToASCII,
  domainToUnicode,
  isURL,
};
