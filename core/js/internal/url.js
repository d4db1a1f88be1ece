'use strict';
// WHATWG URL and URLSearchParams (the npm package whatwg-url, embedded at
// build time) plus node's file-URL helpers.

const whatwg = require('internal/deps/whatwg-url/index');
const whatwgSearchParams = require('internal/deps/whatwg-url/lib/URLSearchParams');
const { implSymbol, iterInternalSymbol } = require('internal/deps/whatwg-url/lib/utils');

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

// Defines `source`'s members on `target` in node's order (the order of
// for...in and getOwnPropertyNames), the rest after them.
function defineInOrder(target, source, order) {
  const members = Object.getOwnPropertyDescriptors(source);
  delete members.constructor;
  const rest = Reflect.ownKeys(members).filter((name) => !order.includes(name));
  for (const name of [...order, ...rest]) {
    Object.defineProperty(target, name, { __proto__: null, ...members[name] });
  }
}

// Shaped as node's URL: the accessors and methods are URL.prototype's own
// (whose prototype is Object.prototype), the statics enumerable.
defineInOrder(URL.prototype, whatwg.URL.prototype, [
  'toString', 'href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port',
  'pathname', 'search', 'searchParams', 'hash', 'toJSON',
]);
Object.setPrototypeOf(URL.prototype, Object.prototype);
for (const name of ['parse', 'canParse']) {
  Object.defineProperty(URL, name, { __proto__: null, enumerable: true });
}

// whatwg-url caches searchParams under an enumerable symbol, which spread
// and Object.assign would copy: hidden as node's private field is.
{
  const { get } = Object.getOwnPropertyDescriptor(URL.prototype, 'searchParams');
  let cacheSymbol;
  Object.defineProperty(URL.prototype, 'searchParams', {
    __proto__: null,
    enumerable: true,
    configurable: true,
    get: function searchParams() {
      const params = Reflect.apply(get, this, []);
      if (cacheSymbol === undefined) {
        cacheSymbol = Object.getOwnPropertySymbols(this).find((symbol) => symbol !== implSymbol);
      }
      if (cacheSymbol !== undefined && Object.prototype.propertyIsEnumerable.call(this, cacheSymbol)) {
        Object.defineProperty(this, cacheSymbol, { __proto__: null, enumerable: false });
      }
      return params;
    },
  });
}

// URLSearchParams: whatwg-url's objects (URL#searchParams makes them too)
// behind node's constructor and argument checks, with node's error codes.
const searchParamsPrototype = whatwg.URLSearchParams.prototype;

function URLSearchParams(init = undefined) {
  if (new.target === undefined) {
    throw new TypeError("Class constructor URLSearchParams cannot be invoked without 'new'");
  }
  return Reflect.construct(whatwg.URLSearchParams, [searchParamsInit(init)], new.target);
}
URLSearchParams.prototype = searchParamsPrototype;
Object.defineProperty(searchParamsPrototype, 'constructor', {
  __proto__: null, value: URLSearchParams, writable: true, enumerable: false, configurable: true,
});

// node's reading of the constructor's argument: null and undefined are
// empty, pairs must be 2-element iterables (ERR_INVALID_TUPLE), a
// non-callable @@iterator is ERR_ARG_NOT_ITERABLE. What whatwg-url gets is
// a string, a record or an array of string pairs.
function searchParamsInit(init) {
  if (init === undefined || init === null) return undefined;
  if (typeof init !== 'object' && typeof init !== 'function') return `${init}`;
  const method = init[Symbol.iterator];
  if (method == null) return init;
  if (typeof method !== 'function') throw new (codes().ERR_ARG_NOT_ITERABLE)('Query pairs');
  const pairs = [];
  for (const pair of init) {
    if ((typeof pair !== 'object' && typeof pair !== 'function') || pair === null ||
        typeof pair[Symbol.iterator] !== 'function') {
      throw new (codes().ERR_INVALID_TUPLE)('Each query pair', '[name, value]');
    }
    const strings = Array.isArray(pair) ? pair.map((item) => `${item}`) : Array.from(pair, (item) => `${item}`);
    if (strings.length !== 2) throw new (codes().ERR_INVALID_TUPLE)('Each query pair', '[name, value]');
    pairs.push(strings);
  }
  return pairs;
}

function checkSearchParamsThis(self) {
  if (!whatwgSearchParams.is(self)) throw new (codes().ERR_INVALID_THIS)('URLSearchParams');
}

// Each method with node's checks in front: the receiver, then the
// required arguments (ERR_MISSING_ARGS), forEach's callback.
const kSearchParamsMethods = {
  __proto__: null,
  append: ['name', 'value'], delete: ['name'], get: ['name'], getAll: ['name'], has: ['name'],
  set: ['name', 'value'], sort: [], entries: [], forEach: [], keys: [], values: [], toString: [],
};

function withSearchParamsChecks(name, original) {
  const required = kSearchParamsMethods[name];
  const checked = {
    [name](...args) {
      checkSearchParamsThis(this);
      if (args.length < required.length) throw new (codes().ERR_MISSING_ARGS)(...required);
      if (name === 'forEach') require('internal/validators').validateFunction(args[0], 'callback');
      return Reflect.apply(original, this, args);
    },
  }[name];
  Object.defineProperty(checked, 'length', { __proto__: null, value: original.length });
  return checked;
}

{
  const descriptors = Object.getOwnPropertyDescriptors(searchParamsPrototype);
  const checked = { __proto__: null };
  for (const name of Object.keys(kSearchParamsMethods)) {
    checked[name] = {
      __proto__: null, ...descriptors[name], value: withSearchParamsChecks(name, descriptors[name].value),
    };
  }
  const sizeGetter = descriptors.size.get;
  checked.size = {
    __proto__: null,
    ...descriptors.size,
    get: function size() {
      checkSearchParamsThis(this);
      return Reflect.apply(sizeGetter, this, []);
    },
  };
  for (const name of Object.keys(checked)) delete searchParamsPrototype[name];
  for (const name of ['size', 'append', 'delete', 'get', 'getAll', 'has', 'set', 'sort', 'entries',
                      'forEach', 'keys', 'values', 'toString']) {
    Object.defineProperty(searchParamsPrototype, name, checked[name]);
  }
  Object.defineProperty(searchParamsPrototype, Symbol.iterator, {
    __proto__: null,
    ...descriptors[Symbol.iterator], value: searchParamsPrototype.entries,
  });
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
require('internal/util/inspect').registerURL(
  URL, require('internal/deps/whatwg-url/lib/utils').implSymbol);

// node prints URLs with their components (under the subclass's name)
// rather than an empty object.
Object.defineProperty(URL.prototype, kInspect, {
  __proto__: null,
  configurable: true,
  enumerable: false,
  writable: true,
  value: function inspect(depth, options, inspectFn) {
    if (typeof depth === 'number' && depth < 0) return this;
    const constructor = constructorOf(this) || URL;
    const obj = {
      __proto__: { constructor },
      href: this.href, origin: this.origin, protocol: this.protocol,
      username: this.username, password: this.password, host: this.host,
      hostname: this.hostname, port: this.port, pathname: this.pathname,
      search: this.search, searchParams: this.searchParams, hash: this.hash,
    };
    return `${constructor.name} ${inspectFn(obj, options)}`;
  },
});

function constructorOf(object) {
  for (let proto = Object.getPrototypeOf(object); proto !== null; proto = Object.getPrototypeOf(proto)) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, 'constructor');
    if (descriptor !== undefined && typeof descriptor.value === 'function' && descriptor.value.name !== '') {
      return descriptor.value;
    }
  }
  return null;
}

Object.defineProperty(searchParamsPrototype, kInspect, {
  __proto__: null,
  configurable: true,
  enumerable: false,
  writable: true,
  value: function inspect(depth, options, inspectFn) {
    if (typeof depth === 'number' && depth < 0) return options.stylize('[Object]', 'special');
    const innerOptions = { ...options };
    if (depth !== null) innerOptions.depth = depth - 1;
    const entries = [...this].map(([k, v]) => `${inspectFn(k, innerOptions)} => ${inspectFn(v, innerOptions)}`);
    const name = this.constructor.name;
    if (entries.length === 0) return `${name} {}`;
    const { stripVTControlCharacters } = require('internal/util/inspect');
    const width = entries.reduce((sum, entry) => sum + stripVTControlCharacters(entry).length + 2, -2);
    if (width > options.breakLength) return `${name} {\n  ${entries.join(',\n  ')} }`;
    return `${name} { ${entries.join(', ')} }`;
  },
});

// keys()/values()/entries() iterators print what is left to iterate.
Object.defineProperty(Object.getPrototypeOf(new URLSearchParams().keys()), kInspect, {
  __proto__: null,
  configurable: true,
  enumerable: false,
  writable: true,
  value: function inspect(depth, options, inspectFn) {
    const state = this[iterInternalSymbol];
    if (state === undefined) throw new (codes().ERR_INVALID_THIS)('URLSearchParamsIterator');
    if (typeof depth === 'number' && depth < 0) return options.stylize('[Object]', 'special');
    const innerOptions = { ...options };
    if (depth !== null) innerOptions.depth = depth - 1;
    const pairs = state.target[implSymbol]._list.slice(state.index);
    const items = pairs.map(([key, value]) =>
      (state.kind === 'key' ? key : state.kind === 'value' ? value : [key, value]));
    const strings = items.map((item) => inspectFn(item, innerOptions));
    const multiline = inspectFn(items, innerOptions).includes('\n');
    const body = multiline ? `\n  ${strings.join(',\n  ')}` : ` ${strings.join(', ')}`;
    return `${this[Symbol.toStringTag]} {${body} }`;
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
