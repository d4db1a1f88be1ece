'use strict';
// Stands in for the npm package tr46 inside the embedded whatwg-url: the
// real one compiles Unicode tables costing ~50 ms, and most hosts are plain
// ASCII names whose UTS #46 processing (non-strict, as the URL parser asks)
// is just lower-casing. Anything else goes to tr46, loaded on first need.

let tr46;
function real() {
  if (tr46 === undefined) tr46 = require('internal/deps/tr46/index');
  return tr46;
}

// Letters, digits, '-', '_' and dots, with no punycode ("xn--") label.
const kPlainAsciiHost = /^[A-Za-z0-9_.-]+$/;
const kPunycodeLabel = /(^|\.)xn--/i;

function isPlainNonStrict(domain, options) {
  return !options.useSTD3ASCIIRules && !options.checkHyphens && !options.verifyDNSLength &&
    kPlainAsciiHost.test(domain) && !kPunycodeLabel.test(domain);
}

module.exports = {
  toASCII(domain, options = {}) {
    if (isPlainNonStrict(domain, options)) return domain.toLowerCase();
    return real().toASCII(domain, options);
  },
  toUnicode(domain, options = {}) {
    if (isPlainNonStrict(domain, options)) {
      return { domain: domain.toLowerCase(), error: false };
    }
    return real().toUnicode(domain, options);
  },
};
