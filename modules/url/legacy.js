'use strict';

// The legacy (pre-WHATWG) URL API of Node 20: the Url class with parse,
// format, resolve, resolveObject and parseHost.
//
// Its results are defined by what Node 20 returns, quirks included (the
// test-harness/ folder compares this file against node's url module on a
// large corpus). Summary of the parser:
//
//   1. Trim C0 controls, space, U+00A0 and U+FEFF from both ends; turn '\'
//      into '/' up to the first '?' or '#'.
//   2. Inputs that are only a path (and query) take a fast path.
//   3. Scheme ([a-z0-9.+-]+:), then '//' -> slashes, then the authority
//      (auth up to the last '@', host up to a host-ending or non-host
//      character, port), then path, '?query' and '#hash'.
//   4. Hostnames are lower-cased and IDNA-encoded (ada's to_ascii, as Node
//      does); a hostname that then holds a forbidden character throws
//      ERR_INVALID_URL. Characters that never belong in a URL are escaped.
//   5. href is the result of format().

const {
  codes: { ERR_INVALID_URL, ERR_INVALID_URI },
} = require('internal/errors');
const { validateString } = require('internal/validators');
const { pendingDeprecation } = require('internal/options');
const { legacyHostToASCII } = require('./idna');

let querystring;
function qs() {
  if (querystring === undefined) querystring = require('querystring');
  return querystring;
}

// ---------------------------------------------------------------------------
// Protocol tables (keys with and without the trailing colon)

function tableOf(names) {
  const set = new Set();
  for (const name of names) {
    set.add(name);
    set.add(`${name}:`);
  }
  return set;
}
// Never have a host; their path is taken verbatim (no auto-escaping).
const kHostless = tableOf(['javascript']);
// Always written with '//' and given a '/' path when they have a host.
const kSlashed = tableOf(['http', 'https', 'ftp', 'gopher', 'file', 'ws', 'wss']);

// ---------------------------------------------------------------------------
// Character classes

const CC_TAB = 9;
const CC_LF = 10;
const CC_CR = 13;
const CC_SPACE = 32;
const CC_DQUOTE = 34;
const CC_HASH = 35;
const CC_PERCENT = 37;
const CC_SQUOTE = 39;
const CC_SLASH = 47;
const CC_COLON = 58;
const CC_SEMICOLON = 59;
const CC_LT = 60;
const CC_GT = 62;
const CC_QUESTION = 63;
const CC_AT = 64;
const CC_LBRACKET = 91;
const CC_BACKSLASH = 92;
const CC_RBRACKET = 93;
const CC_CARET = 94;
const CC_BACKTICK = 96;
const CC_LBRACE = 123;
const CC_PIPE = 124;
const CC_RBRACE = 125;

function isTrimmable(code) {
  return code <= 0x20 || code === 0xA0 || code === 0xFEFF;
}

// Characters that may not appear in a host: they end it (and the rest goes
// to the path), unless an '@' follows them before the host ends. (Tabs and
// newlines never get there: they are dropped first.)
const kNotInHost = new Uint8Array(128);
for (const code of [CC_SPACE, CC_DQUOTE, CC_PERCENT,
  CC_SQUOTE, CC_SEMICOLON, CC_LT, CC_GT, CC_BACKSLASH, CC_CARET,
  CC_BACKTICK, CC_LBRACE, CC_PIPE, CC_RBRACE]) {
  kNotInHost[code] = 1;
}

// Characters the parser escapes wherever they appear after the host.
const kAutoEscape = new Map([
  [CC_TAB, '%09'], [CC_LF, '%0A'], [CC_CR, '%0D'], [CC_SPACE, '%20'],
  [CC_DQUOTE, '%22'], [CC_SQUOTE, '%27'], [CC_LT, '%3C'], [CC_GT, '%3E'],
  [CC_BACKSLASH, '%5C'], [CC_CARET, '%5E'], [CC_BACKTICK, '%60'],
  [CC_LBRACE, '%7B'], [CC_PIPE, '%7C'], [CC_RBRACE, '%7D'],
]);

// A hostname holding any of these after IDNA processing is rejected.
const kForbiddenInHostname = /[\0\t\n\r #%/:<>?@[\\\]^|]/;
const kForbiddenInIPv6Hostname = /[\0\t\n\r #%/<>?@\\^|]/;
const kMaxHostnameLength = 255;

const kProtocol = /^[a-z0-9.+-]+:/i;
const kPort = /:[0-9]*$/;
// '//user@host' without a scheme still names a host.
const kAuthAndHost = /^\/\/[^@/]+@[^@/]+/;
// A bare path ('/x', '//x', not '///x') with no whitespace, optionally
// followed by '?query': parsed without the general machinery.
const kPathOnly = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/;

function isBracketed(hostname) {
  return hostname.charCodeAt(0) === CC_LBRACKET &&
    hostname.charCodeAt(hostname.length - 1) === CC_RBRACKET;
}

// ---------------------------------------------------------------------------
// Deprecations

let invalidPortWarned = false;
function warnInvalidPort(input) {
  if (invalidPortWarned) return;
  invalidPortWarned = true;
  process.emitWarning(
    `The URL ${input} is invalid. Future versions of Node.js will throw an error.`,
    'DeprecationWarning', 'DEP0170');
}

// ---------------------------------------------------------------------------
// Url

function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

// Step 1: the trimmed input with backslashes of its first part (before any
// '?' or '#') made forward slashes, plus what the fast-path check needs.
function prepareInput(input) {
  const length = input.length;
  let first = 0;
  while (first < length && isTrimmable(input.charCodeAt(first))) first++;
  let last = length;
  while (last > first && isTrimmable(input.charCodeAt(last - 1))) last--;

  let out = '';
  let copied = first;
  let hasHash = false;
  let hasAt = false;
  let splitAt = -1;
  for (let i = first; i < last; i++) {
    const code = input.charCodeAt(i);
    if (splitAt === -1) {
      if (code === CC_AT) {
        hasAt = true;
      } else if (code === CC_HASH || code === CC_QUESTION) {
        splitAt = i;
        if (code === CC_HASH) hasHash = true;
      } else if (code === CC_BACKSLASH) {
        out += `${input.slice(copied, i)}/`;
        copied = i + 1;
      }
    } else if (code === CC_HASH) {
      hasHash = true;
      break;
    }
  }
  out += input.slice(copied, last);
  return { rest: out, hasHash, hasAt };
}

function escapeUnsafe(text) {
  let out = '';
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const escaped = kAutoEscape.get(text.charCodeAt(i));
    if (escaped !== undefined) {
      out += text.slice(copied, i) + escaped;
      copied = i + 1;
    }
  }
  return copied === 0 ? text : out + text.slice(copied);
}

Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
  validateString(url, 'url');

  const prepared = prepareInput(url);
  let rest = prepared.rest;

  if (!slashesDenoteHost && !prepared.hasHash && !prepared.hasAt) {
    const simple = kPathOnly.exec(rest);
    if (simple !== null) {
      this.path = rest;
      this.href = rest;
      this.pathname = simple[1];
      if (simple[2]) {
        this.search = simple[2];
        const raw = simple[2].slice(1);
        this.query = parseQueryString ? qs().parse(raw) : raw;
      } else if (parseQueryString) {
        this.search = null;
        this.query = { __proto__: null };
      }
      return this;
    }
  }

  // Scheme.
  const schemeMatch = kProtocol.exec(rest);
  let scheme;       // as written, colon included
  let lowerScheme;  // undefined without a scheme
  if (schemeMatch !== null) {
    scheme = schemeMatch[0];
    lowerScheme = scheme.toLowerCase();
    this.protocol = lowerScheme;
    rest = rest.slice(scheme.length);
  }

  // '//'.
  let slashes = false;
  if (slashesDenoteHost || scheme !== undefined || kAuthAndHost.test(rest)) {
    slashes = rest.charCodeAt(0) === CC_SLASH && rest.charCodeAt(1) === CC_SLASH;
    if (slashes && !(scheme !== undefined && kHostless.has(lowerScheme))) {
      rest = rest.slice(2);
      this.slashes = true;
    }
  }

  // Authority. (The slashed-scheme test deliberately uses the scheme as
  // written: 'HTTP:x' gets a host, 'http:x' does not.)
  if (!kHostless.has(lowerScheme) &&
      (slashes || (scheme !== undefined && !kSlashed.has(scheme)))) {
    rest = parseAuthority(this, rest, url);
  }

  if (!kHostless.has(lowerScheme)) rest = escapeUnsafe(rest);

  // '#hash' is everything from the first '#'; '?search' is from the first
  // '?' before it.
  let queryStart = -1;
  let hashStart = -1;
  for (let i = 0; i < rest.length; i++) {
    const code = rest.charCodeAt(i);
    if (code === CC_HASH) {
      hashStart = i;
      break;
    }
    if (code === CC_QUESTION && queryStart === -1) queryStart = i;
  }
  if (hashStart !== -1) this.hash = rest.slice(hashStart);
  const pathEnd = queryStart !== -1 ? queryStart : hashStart;
  if (queryStart !== -1) {
    const searchEnd = hashStart === -1 ? rest.length : hashStart;
    this.search = rest.slice(queryStart, searchEnd);
    const raw = rest.slice(queryStart + 1, searchEnd);
    this.query = parseQueryString ? qs().parse(raw) : raw;
  } else if (parseQueryString) {
    this.search = null;
    this.query = { __proto__: null };
  }

  if (pathEnd === -1) {
    if (rest.length > 0) this.pathname = rest;
  } else if (pathEnd > 0) {
    this.pathname = rest.slice(0, pathEnd);
  }
  if (kSlashed.has(lowerScheme) && this.hostname && !this.pathname) {
    this.pathname = '/';
  }

  if (this.pathname || this.search) {
    this.path = (this.pathname || '') + (this.search || '');
  }

  this.href = this.format();
  return this;
};

// Parses '[auth@]host[:port]' at the start of `rest` into `self` and
// returns what follows it. `input` is the original string (for errors).
function parseAuthority(self, rest, input) {
  // Tabs and newlines before the end of the host are dropped, as the
  // WHATWG parser drops them everywhere.
  let hostEnd = rest.search(/[#/?]/);
  if (hostEnd === -1) hostEnd = rest.length;
  const head = rest.slice(0, hostEnd);
  if (/[\t\n\r]/.test(head)) rest = head.replace(/[\t\n\r]/g, '') + rest.slice(hostEnd);

  // The host ends at the first '/', '?' or '#'. Characters that cannot be
  // in a host also end it, unless a later '@' (before that end) shows they
  // were part of the auth; the last such '@' separates auth and host.
  let end = -1;
  let at = -1;
  let bad = -1;
  for (let i = 0; i < rest.length && end === -1; i++) {
    const code = rest.charCodeAt(i);
    if (code === CC_HASH || code === CC_SLASH || code === CC_QUESTION) {
      if (bad === -1) bad = i;
      end = i;
    } else if (code === CC_AT) {
      at = i;
      bad = -1;
    } else if (code < 128 && kNotInHost[code] === 1) {
      if (bad === -1) bad = i;
    }
  }

  let hostStart = 0;
  if (at !== -1) {
    self.auth = decodeURIComponent(rest.slice(0, at));
    hostStart = at + 1;
  }
  if (bad === -1) {
    self.host = rest.slice(hostStart);
    rest = '';
  } else {
    self.host = rest.slice(hostStart, bad);
    rest = rest.slice(bad);
  }

  self.parseHost();
  // A host was announced, so the hostname exists even when empty.
  if (typeof self.hostname !== 'string') self.hostname = '';

  const ipv6 = isBracketed(self.hostname);
  if (!ipv6) {
    // Anything from a '/', '\', '#', '?' or ':' on is path, not host.
    const hostname = self.hostname;
    for (let i = 0; i < hostname.length; i++) {
      const code = hostname.charCodeAt(i);
      if (code === CC_SLASH || code === CC_BACKSLASH || code === CC_HASH ||
          code === CC_QUESTION || code === CC_COLON) {
        if (code === CC_COLON) warnInvalidPort(input);
        self.hostname = hostname.slice(0, i);
        rest = `/${hostname.slice(i)}${rest}`;
        break;
      }
    }
  }

  self.hostname = self.hostname.length > kMaxHostnameLength ?
    '' : self.hostname.toLowerCase();

  if (self.hostname !== '') {
    if (ipv6) {
      if (kForbiddenInIPv6Hostname.test(self.hostname)) {
        throw new ERR_INVALID_URL(input);
      }
    } else {
      self.hostname = legacyHostToASCII(self.hostname);
      // IDNA processing must neither empty the hostname nor let a
      // delimiter in: either would make the URL mean something else.
      if (self.hostname === '' || kForbiddenInHostname.test(self.hostname)) {
        throw new ERR_INVALID_URL(input);
      }
    }
  }

  self.host = self.hostname + (self.port ? `:${self.port}` : '');

  if (ipv6) {
    self.hostname = self.hostname.slice(1, -1);
    if (rest[0] !== '/') rest = `/${rest}`;
  }
  return rest;
}


// ---------------------------------------------------------------------------
// format

const kHex = [];
for (let i = 0; i < 256; i++) kHex.push(`%${i < 16 ? '0' : ''}${i.toString(16).toUpperCase()}`);

// ASCII kept as is in the auth part: alphanumerics and !'()*-.:_~
const kAuthSafe = new Uint8Array(128);
for (const ch of "!'()*-.0123456789:ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz~") {
  kAuthSafe[ch.charCodeAt(0)] = 1;
}

// Percent-encodes `text` as UTF-8 except for `safe` ASCII. Like Node's,
// any surrogate starts a pair with whatever code unit follows it; only a
// surrogate in last position is an error. Values that are not strings go
// through the same steps (a number, having no length, comes back as is).
function percentEncode(text, safe) {
  const length = text.length;
  if (length === 0) return '';
  let out = '';
  let copied = 0;
  for (let i = 0; i < length; i++) {
    let code = text.charCodeAt(i);
    let bytes;
    if (code < 0x80) {
      if (safe[code] === 1) continue;
      bytes = kHex[code];
    } else if (code < 0x800) {
      bytes = kHex[0xC0 | (code >> 6)] + kHex[0x80 | (code & 0x3F)];
    } else if (code < 0xD800 || code >= 0xE000) {
      bytes = kHex[0xE0 | (code >> 12)] + kHex[0x80 | ((code >> 6) & 0x3F)] +
        kHex[0x80 | (code & 0x3F)];
    } else {
      out += text.slice(copied, i);
      copied = i;
      if (++i >= length) throw new ERR_INVALID_URI();
      code = 0x10000 + (((code & 0x3FF) << 10) | (text.charCodeAt(i) & 0x3FF));
      out += kHex[0xF0 | (code >> 18)] + kHex[0x80 | ((code >> 12) & 0x3F)] +
        kHex[0x80 | ((code >> 6) & 0x3F)] + kHex[0x80 | (code & 0x3F)];
      copied = i + 1;
      continue;
    }
    out += text.slice(copied, i) + bytes;
    copied = i + 1;
  }
  if (copied === 0) return text;
  return copied < length ? out + text.slice(copied) : out;
}

// '#' and '?' in a pathname would end it: escape them.
function escapePathname(pathname) {
  let out = '';
  let copied = 0;
  for (let i = 0; i < pathname.length; i++) {
    const code = pathname.charCodeAt(i);
    if (code === CC_HASH || code === CC_QUESTION) {
      out += pathname.slice(copied, i) + (code === CC_HASH ? '%23' : '%3F');
      copied = i + 1;
    }
  }
  if (copied === 0) return pathname;
  return copied < pathname.length ? out + pathname.slice(copied) : out;
}

Url.prototype.format = function format() {
  let auth = this.auth || '';
  if (auth) auth = `${percentEncode(auth, kAuthSafe)}@`;

  let protocol = this.protocol || '';
  let pathname = this.pathname || '';
  let hash = this.hash || '';
  let host = '';

  if (this.host) {
    host = auth + this.host;
  } else if (this.hostname) {
    const bracket = this.hostname.includes(':') && !isBracketed(this.hostname);
    host = auth + (bracket ? `[${this.hostname}]` : this.hostname);
    if (this.port) host += `:${this.port}`;
  }

  let query = '';
  if (this.query !== null && typeof this.query === 'object') {
    query = qs().stringify(this.query);
  }
  let search = this.search || (query && `?${query}`) || '';

  if (protocol && protocol.charCodeAt(protocol.length - 1) !== CC_COLON) {
    protocol += ':';
  }

  pathname = escapePathname(pathname);

  if (this.slashes || kSlashed.has(protocol)) {
    if (this.slashes || host) {
      if (pathname && pathname.charCodeAt(0) !== CC_SLASH) pathname = `/${pathname}`;
      host = `//${host}`;
    } else if (protocol.length >= 4 && protocol.startsWith('file')) {
      host = '//';
    }
  }

  search = search.replace(/#/g, '%23');
  if (hash && hash.charCodeAt(0) !== CC_HASH) hash = `#${hash}`;
  if (search && search.charCodeAt(0) !== CC_QUESTION) search = `?${search}`;

  return protocol + host + pathname + search + hash;
};

// ---------------------------------------------------------------------------
// resolve / resolveObject

Url.prototype.resolve = function resolve(relative) {
  return this.resolveObject(urlParse(relative, false, true)).format();
};

function copyFields(target, source, skip) {
  for (const key of Object.keys(source)) {
    if (key !== skip) target[key] = source[key];
  }
}

function finish(result) {
  result.href = result.format();
  return result;
}

function pathPlusSearch(result) {
  return (result.pathname ? result.pathname : '') + (result.search ? result.search : '');
}

// mailto:-like URLs keep 'user@host' in their first path segment; once it
// is the host again, split the auth off.
function splitAuthFromHost(result) {
  const host = result.host;
  if (host && host.indexOf('@') > 0) {
    const parts = host.split('@');
    result.auth = parts[0];
    result.host = result.hostname = parts[1];
  }
}

Url.prototype.resolveObject = function resolveObject(relative) {
  if (typeof relative === 'string') {
    const parsed = new Url();
    parsed.parse(relative, false, true);
    relative = parsed;
  }

  const result = new Url();
  copyFields(result, this);

  // The hash always comes from the reference, even an empty one.
  result.hash = relative.hash;

  if (relative.href === '') return finish(result);

  // '//host/path' keeps only the scheme of the base.
  if (relative.slashes && !relative.protocol) {
    copyFields(result, relative, 'protocol');
    if (kSlashed.has(result.protocol) && result.hostname && !result.pathname) {
      result.path = result.pathname = '/';
    }
    return finish(result);
  }

  if (relative.protocol && relative.protocol !== result.protocol) {
    // Another scheme. Unless it is one of the slashed ones, the reference is
    // taken as absolute.
    if (!kSlashed.has(relative.protocol)) {
      copyFields(result, relative);
      return finish(result);
    }

    result.protocol = relative.protocol;
    if (!relative.host && !/^file:?$/.test(relative.protocol) &&
        !kHostless.has(relative.protocol)) {
      // 'http:foo/bar' against another scheme: the first non-empty
      // segment becomes the host.
      const segments = (relative.pathname || '').split('/');
      while (segments.length > 0 && !(relative.host = segments.shift()));
      if (!relative.host) relative.host = '';
      if (!relative.hostname) relative.hostname = '';
      if (segments[0] !== '') segments.unshift('');
      if (segments.length < 2) segments.unshift('');
      result.pathname = segments.join('/');
    } else {
      result.pathname = relative.pathname;
    }
    result.search = relative.search;
    result.query = relative.query;
    result.host = relative.host || '';
    result.auth = relative.auth;
    result.hostname = relative.hostname || relative.host;
    result.port = relative.port;
    if (result.pathname || result.search) result.path = pathPlusSearch(result);
    result.slashes = result.slashes || relative.slashes;
    return finish(result);
  }

  const baseIsAbsolute = result.pathname && result.pathname.charAt(0) === '/';
  const refIsAbsolute = relative.host ||
    (relative.pathname && relative.pathname.charAt(0) === '/');
  let mustEndAbsolute = refIsAbsolute || baseIsAbsolute ||
    (result.host && relative.pathname);
  const dropAllDotDots = mustEndAbsolute;
  let segments = (result.pathname && result.pathname.split('/')) || [];
  const refSegments = (relative.pathname && relative.pathname.split('/')) || [];
  // Schemes outside the slashed set keep their "host" as the first path
  // segment while resolving, so that '..' can climb into it.
  const hostInPath = result.protocol && !kSlashed.has(result.protocol);

  if (hostInPath) {
    result.hostname = '';
    result.port = null;
    if (result.host) {
      if (segments[0] === '') segments[0] = result.host;
      else segments.unshift(result.host);
    }
    result.host = '';
    if (relative.protocol) {
      relative.hostname = null;
      relative.port = null;
      result.auth = null;
      if (relative.host) {
        if (refSegments[0] === '') refSegments[0] = relative.host;
        else refSegments.unshift(relative.host);
      }
      relative.host = null;
    }
    mustEndAbsolute = mustEndAbsolute && (refSegments[0] === '' || segments[0] === '');
  }

  if (refIsAbsolute) {
    if (relative.host || relative.host === '') {
      if (result.host !== relative.host) result.auth = null;
      result.host = relative.host;
      result.port = relative.port;
    }
    if (relative.hostname || relative.hostname === '') {
      if (result.hostname !== relative.hostname) result.auth = null;
      result.hostname = relative.hostname;
    }
    result.search = relative.search;
    result.query = relative.query;
    segments = refSegments;
  } else if (refSegments.length > 0) {
    // Relative path: replace the base's last segment.
    segments.pop();
    segments = segments.concat(refSegments);
    result.search = relative.search;
    result.query = relative.query;
  } else if (relative.search !== null && relative.search !== undefined) {
    // Only a query.
    if (hostInPath) {
      result.hostname = result.host = segments.shift();
      splitAuthFromHost(result);
    }
    result.search = relative.search;
    result.query = relative.query;
    if (result.pathname !== null || result.search !== null) {
      result.path = pathPlusSearch(result);
    }
    return finish(result);
  }

  if (segments.length === 0) {
    result.pathname = null;
    result.path = result.search ? `/${result.search}` : null;
    return finish(result);
  }

  // A path ending in '.', '..' or '' keeps a trailing slash.
  let lastSegment = segments.slice(-1)[0];
  const trailingSlash =
    ((result.host || relative.host || segments.length > 1) &&
     (lastSegment === '.' || lastSegment === '..')) ||
    lastSegment === '';

  // Drop '.', let each '..' remove the segment before it; `climb` counts
  // the '..' that went above the first segment.
  let climb = 0;
  for (let i = segments.length - 1; i >= 0; i--) {
    lastSegment = segments[i];
    if (lastSegment === '.') {
      segments.splice(i, 1);
    } else if (lastSegment === '..') {
      segments.splice(i, 1);
      climb++;
    } else if (climb) {
      segments.splice(i, 1);
      climb--;
    }
  }
  if (!mustEndAbsolute && !dropAllDotDots) {
    while (climb--) segments.unshift('..');
  }

  if (mustEndAbsolute && segments[0] !== '' &&
      (!segments[0] || segments[0].charAt(0) !== '/')) {
    segments.unshift('');
  }

  if (trailingSlash && segments.join('/').slice(-1) !== '/') segments.push('');

  const isAbsolute = segments[0] === '' ||
    (segments[0] && segments[0].charAt(0) === '/');

  if (hostInPath) {
    result.hostname = result.host =
      isAbsolute ? '' : (segments.length ? segments.shift() : '');
    splitAuthFromHost(result);
  }

  mustEndAbsolute = mustEndAbsolute || (result.host && segments.length);
  if (mustEndAbsolute && !isAbsolute) segments.unshift('');

  if (segments.length > 0) {
    result.pathname = segments.join('/');
  } else {
    result.pathname = null;
    result.path = null;
  }

  if (result.pathname !== null || result.search !== null) {
    result.path = pathPlusSearch(result);
  }
  result.auth = relative.auth || result.auth;
  result.slashes = result.slashes || relative.slashes;
  return finish(result);
};

Url.prototype.parseHost = function parseHost() {
  let host = this.host;
  const port = kPort.exec(host);
  if (port !== null) {
    const text = port[0];
    if (text !== ':') this.port = text.slice(1);
    host = host.slice(0, host.length - text.length);
  }
  if (host) this.hostname = host;
};

// ---------------------------------------------------------------------------
// The module-level functions

let parseWarned = false;
function urlParse(url, parseQueryString, slashesDenoteHost) {
  if (!parseWarned && pendingDeprecation()) {
    parseWarned = true;
    process.emitWarning(
      '`url.parse()` behavior is not standardized and prone to errors that ' +
      'have security implications. Use the WHATWG URL API instead. CVEs are ' +
      'not issued for `url.parse()` vulnerabilities.',
      'DeprecationWarning', 'DEP0169');
  }
  if (url instanceof Url) return url;
  const parsed = new Url();
  parsed.parse(url, parseQueryString, slashesDenoteHost);
  return parsed;
}

function urlResolve(source, relative) {
  return urlParse(source, false, true).resolve(relative);
}

function urlResolveObject(source, relative) {
  if (!source) return relative;
  return urlParse(source, false, true).resolveObject(relative);
}

module.exports = {
  Url,
  urlParse,
  urlResolve,
  urlResolveObject,
};
