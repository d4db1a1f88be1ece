'use strict';

// The `url` builtin (Node 20): the legacy API (Url, parse, resolve,
// resolveObject, format) and the WHATWG one (URL, URLSearchParams and
// their helpers).

const {
  codes: { ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const { Url, urlParse, urlResolve, urlResolveObject } = require('./legacy');
const whatwg = require('./whatwg');

const { URL } = whatwg;

// url.format(urlObject[, options]): a string is parsed (legacy) and
// re-serialized; a WHATWG URL is serialized with `options` ({ auth,
// fragment, search, unicode }); any other object is read as a legacy Url.
function urlFormat(urlObject, options) {
  if (typeof urlObject === 'string') {
    urlObject = urlParse(urlObject);
  } else if (typeof urlObject !== 'object' || urlObject === null) {
    throw new ERR_INVALID_ARG_TYPE('urlObject', ['Object', 'string'], urlObject);
  } else if (urlObject instanceof URL) {
    return whatwg.formatWhatwg(urlObject, options);
  }
  return Url.prototype.format.call(urlObject);
}

module.exports = {
  // Legacy API
  Url,
  parse: urlParse,
  resolve: urlResolve,
  resolveObject: urlResolveObject,
  format: urlFormat,

  // WHATWG API
  URL,
  URLSearchParams: whatwg.URLSearchParams,
  domainToASCII: whatwg.domainToASCII,
  domainToUnicode: whatwg.domainToUnicode,

  // Utilities
  pathToFileURL: whatwg.pathToFileURL,
  fileURLToPath: whatwg.fileURLToPath,
  urlToHttpOptions: whatwg.urlToHttpOptions,
};
