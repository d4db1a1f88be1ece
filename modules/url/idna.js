'use strict';

// Host name conversions with Node 20's results. Node runs these through
// ada (its URL library), whose IDNA rules differ from UTS #46 as tr46
// implements them in a few places, so they are rebuilt here from tr46
// (mapping, normalization, code point statuses, ContextJ), punycode and the
// WHATWG host parser of whatwg-url (IPv4 / IPv6):
//
// - ASCII labels are only lower-cased; an 'xn--' label must decode to a
//   non-empty label that mapping and NFC leave unchanged (ada accepts
//   'xn--abc-', which decodes to ASCII).
// - ContextJ and Bidi rules are ada's, gaps included (see labelIsValid and
//   bidiAllows).
//
// Exports:
// - legacyHostToASCII: what url.parse() applies to a hostname (ada's
//   idna::to_ascii, whose result Node reads as a C string). '' = failure.
// - domainToASCII / domainToUnicode: url.domainToASCII(): the hostname a
//   special URL gets when its hostname is set to the input ('' when the
//   setter would fail), the latter with 'xn--' labels decoded.
// - hostToUnicode: ada's idna::to_unicode (decodes the 'xn--' labels it
//   can, keeps the others), for url.format(URL, { unicode: true }).

// tr46's Unicode tables and regexes take ~10 ms to build: load them on
// the first host that needs them, not with the module.
function lazy(id) {
  let module;
  return new Proxy({}, {
    get(target, key) {
      if (module === undefined) module = require(id);
      return module[key];
    },
  });
}
const tr46 = lazy('internal/deps/tr46/index');
const bidi = lazy('internal/deps/tr46/lib/regexes');
const punycode = require('internal/deps/punycode/punycode');
const whatwg = require('internal/deps/whatwg-url/index');

// UTS #46 processing without the checks ada does differently (validation
// is done here).
const kUTS46 = {
  checkHyphens: false,
  checkBidi: false,
  checkJoiners: false,
  useSTD3ASCIIRules: false,
  transitionalProcessing: false,
  verifyDNSLength: false,
  ignoreInvalidPunycode: false,
};

const kNonASCII = /[^\x00-\x7F]/;

// Joining types for the ZWNJ rule, taken from tr46's own rule (which has
// the shape /[L or D][T]*\u200C[T]*[R or D]/u).
function characterClasses(regexp) {
  const classes = [];
  const src = regexp.source;
  let depth = 0;
  let start = 0;
  for (let i = 0; i < src.length; i++) {
    if (src[i] === '\\') {
      i++;
    } else if (src[i] === '[') {
      if (depth++ === 0) start = i;
    } else if (src[i] === ']' && --depth === 0) {
      classes.push(new RegExp(src.slice(start, i + 1), 'u'));
    }
  }
  return classes;
}
let joinClasses;  // [left, right], built on first use
function joinClass(side) {
  if (joinClasses === undefined) {
    const classes = characterClasses(bidi.validZWNJ);
    joinClasses = [classes[0], classes[3]];
  }
  return joinClasses[side];
}

// RFC 5893 rules as the ada of Node 20 checks them. Only labels holding an
// R, AL or AN character are checked. One that starts with an L character
// passes when every character before its last non-NSM one is allowed in
// an LTR label (the last one is not looked at); any other must be a valid
// RTL label except that its first character may be of any direction.
const kNSM = /^[\p{Mn}\p{Me}]$/u;
function bidiAllows(chars) {
  if (!chars.some((ch) => bidi.bidiDomain.test(ch))) return true;
  let last = chars.length - 1;
  while (last >= 0 && kNSM.test(chars[last])) last--;
  if (last < 0) return false;
  if (bidi.bidiS1LTR.test(chars[0])) {
    for (let i = 0; i < last; i++) {
      if (!bidi.bidiS5.test(chars[i])) return false;
    }
    return true;
  }
  let hasEN = false;
  let hasAN = false;
  for (let i = 0; i <= last; i++) {
    if (!bidi.bidiS2.test(chars[i])) return false;
    if (bidi.bidiS4EN.test(chars[i])) hasEN = true;
    if (bidi.bidiS4AN.test(chars[i])) hasAN = true;
  }
  return !(hasEN && hasAN) && bidi.bidiS3.test(chars.slice(0, last + 1).join(''));
}

// ada's is_label_valid for a mapped, normalized, non-empty label: code point
// statuses and no leading combining mark (checked here through tr46), then
// ContextJ, where the first joiner settles the outcome, else the bidi rules.
function labelIsValid(label) {
  // (tr46 also refuses labels starting with 'xn--'; ada does not.)
  const probe = label.startsWith('xn--') ? `xn-a${label.slice(4)}` : label;
  if (tr46.toUnicode(probe, kUTS46).error) return false;
  const chars = Array.from(label);
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    if (ch === '\u200C') {
      if (i > 0 && bidi.combiningClassVirama.test(chars[i - 1])) return true;
      if (i === 0 || i + 1 >= chars.length) return false;
      return chars.slice(0, i).some((c) => joinClass(0).test(c)) &&
        chars.slice(i + 1).some((c) => joinClass(1).test(c));
    }
    if (ch === '\u200D') return i > 0 && bidi.combiningClassVirama.test(chars[i - 1]);
  }
  return bidiAllows(chars);
}

// UTS #46 mapping, code point by code point (disallowed ones kept; the
// caller normalizes). Mappings of non-ASCII code points are cached.
const mappingCache = new Map();
function mapCodePoint(ch) {
  let mapped = mappingCache.get(ch);
  if (mapped === undefined) {
    mapped = tr46.toUnicode(ch, kUTS46).domain;
    if (mappingCache.size >= 4096) mappingCache.clear();
    mappingCache.set(ch, mapped);
  }
  return mapped;
}

function mapDomain(text) {
  let out = '';
  for (const ch of text) {
    out += ch < '\x80' ? ch.toLowerCase() : mapCodePoint(ch);
  }
  return out;
}

// An 'xn--' label (lower case ASCII) that ada accepts: it decodes to a
// non-empty label that mapping and NFC leave unchanged and that is valid.
function punycodeLabelIsValid(label) {
  let decoded;
  try {
    decoded = punycode.decode(label.slice(4));
  } catch {
    return false;
  }
  return decoded !== '' && mapDomain(decoded) === decoded &&
    decoded.normalize('NFC') === decoded && labelIsValid(decoded);
}

// ada::idna::to_ascii: '' on failure. Results for non-ASCII input (the
// costly case) are cached: programs tend to see the same hosts again.
const unicodeCache = new Map();
function toASCII(domain) {
  if (!kNonASCII.test(domain)) return convertDomain(domain.toLowerCase());
  let result = unicodeCache.get(domain);
  if (result === undefined) {
    result = convertDomain(mapDomain(domain).normalize('NFC'));
    if (unicodeCache.size >= 1024) unicodeCache.clear();
    unicodeCache.set(domain, result);
  }
  return result;
}

function convertDomain(mapped) {
  const out = [];
  for (const label of mapped.split('.')) {
    if (label.startsWith('xn--')) {
      if (kNonASCII.test(label) || !punycodeLabelIsValid(label)) return '';
      out.push(label);
    } else if (!kNonASCII.test(label)) {
      out.push(label);
    } else {
      if (!labelIsValid(label)) return '';
      try {
        out.push(`xn--${punycode.encode(label)}`);
      } catch {
        return '';
      }
    }
  }
  return out.join('.');
}

function legacyHostToASCII(hostname) {
  const out = toASCII(hostname);
  const nul = out.indexOf('\0');
  return nul === -1 ? out : out.slice(0, nul);
}

// Code points a domain may not contain (WHATWG "forbidden domain code
// point").
const kForbiddenDomain = /[\x00-\x20#%/:<>?@[\\\]^|\x7F]/;

// Whether the WHATWG host parser would read `ascii` as an IPv4 address.
function endsInANumber(ascii) {
  const parts = ascii.split('.');
  if (parts[parts.length - 1] === '') {
    if (parts.length === 1) return false;
    parts.pop();
  }
  const last = parts[parts.length - 1];
  return /^[0-9]+$/.test(last) || /^0[xX][0-9a-fA-F]*$/.test(last);
}

function hostnameSetterParse(input) {
  const base = whatwg.basicURLParse('ws://x');
  const url = whatwg.basicURLParse(input, { url: base, stateOverride: 'hostname' });
  if (url === null || url.host === null) return null;
  return whatwg.serializeHost(url.host);
}

const utf8Decoder = new TextDecoder('utf-8', { ignoreBOM: true });

// The serialized host that setting the hostname of ws://x to `input` gives;
// null when the setter fails or would leave the URL unchanged.
function hostnameFromSetter(input) {
  if (input === '') return null;
  const hash = input.indexOf('#');
  if (hash !== -1) input = input.slice(0, hash);
  input = input.replace(/[\t\n\r]/g, '');
  let inBrackets = false;
  let end = input.length;
  for (let i = 0; i < input.length; i++) {
    const ch = input[i];
    if (ch === '[') {
      inBrackets = true;
    } else if (ch === ']') {
      inBrackets = false;
    } else if (ch === ':' && !inBrackets) {
      return null;
    } else if (ch === '/' || ch === '?' || ch === '\\') {
      end = i;
      break;
    }
  }
  const host = input.slice(0, end);
  if (host === '') return null;
  if (host[0] === '[') return hostnameSetterParse(host);  // IPv6
  const domain = utf8Decoder.decode(whatwg.percentDecodeString(host));
  const ascii = toASCII(domain);
  if (ascii === '' || kForbiddenDomain.test(ascii)) return null;
  return endsInANumber(ascii) ? hostnameSetterParse(ascii) : ascii;
}

function hostToUnicode(host) {
  return host.split('.').map((label) => {
    if (!label.startsWith('xn--') || kNonASCII.test(label)) return label;
    try {
      return punycode.decode(label.slice(4));
    } catch {
      return label;
    }
  }).join('.');
}

function domainToASCII(domain) {
  const host = hostnameFromSetter(domain);
  return host === null ? '' : host;
}

function domainToUnicode(domain) {
  const host = hostnameFromSetter(domain);
  return host === null ? '' : hostToUnicode(host);
}

module.exports = {
  legacyHostToASCII,
  domainToASCII,
  domainToUnicode,
  hostToUnicode,
};
