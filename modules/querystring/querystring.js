'use strict';

// The `querystring` builtin (Node 20 behaviour): parse/decode,
// stringify/encode, escape, unescape, unescapeBuffer.

const { codes: { ERR_INVALID_URI } } = require('internal/errors');

let BufferCtor;
function lazyBuffer() {
  if (BufferCtor === undefined) BufferCtor = require('buffer').Buffer;
  return BufferCtor;
}

// '%00' .. '%FF'
const hexTable = new Array(256);
for (let i = 0; i < 256; ++i) {
  hexTable[i] = '%' + ((i < 16 ? '0' : '') + i.toString(16)).toUpperCase();
}

// Characters escape() leaves alone: A-Z a-z 0-9 - . _ ~ ! ' ( ) *
const noEscape = new Int8Array(128);
for (const ch of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!'()*") {
  noEscape[ch.charCodeAt(0)] = 1;
}

// Hex digit value per char code, -1 for non-hex.
const unhexTable = new Int8Array(256).fill(-1);
for (let i = 0; i < 10; i++) unhexTable[48 + i] = i;
for (let i = 0; i < 6; i++) {
  unhexTable[65 + i] = 10 + i;
  unhexTable[97 + i] = 10 + i;
}

function isHex(code) {
  return code < 256 && unhexTable[code] !== -1;
}

// Percent-decodes `s` into bytes ('+' -> ' ' with decodeSpaces). Invalid
// escapes stay literal; characters above 0xFF keep their low byte.
function unescapeBuffer(s, decodeSpaces) {
  const Buffer = lazyBuffer();
  const len = s.length;
  const out = Buffer.allocUnsafe(len);
  let n = 0;
  let decodedAny = false;
  let i = 0;
  while (i < len) {
    let code = s.charCodeAt(i);
    if (code === 43 /* + */ && decodeSpaces) {
      out[n++] = 32;
      i++;
      continue;
    }
    if (code === 37 /* % */ && i < len - 2) {
      const hi = s.charCodeAt(i + 1);
      const lo = s.charCodeAt(i + 2);
      if (isHex(hi) && isHex(lo)) {
        out[n++] = unhexTable[hi] * 16 + unhexTable[lo];
        decodedAny = true;
        i += 3;
        continue;
      }
      // A lone '%': emit it and go on with the next character.
      out[n++] = 37;
      i++;
      continue;
    }
    out[n++] = code;
    i++;
  }
  return decodedAny ? out.slice(0, n) : out;
}

function qsUnescape(s, decodeSpaces) {
  try {
    return decodeURIComponent(s);
  } catch {
    return QueryString.unescapeBuffer(s, decodeSpaces).toString();
  }
}

// UTF-8 percent-encoding of everything outside `noEscape`. A high
// surrogate consumes the next unit whatever it is; one at the very end is
// an ERR_INVALID_URI.
function encodeStr(str, noEscapeTable, hexTab) {
  const len = str.length;
  if (len === 0) return '';

  let out = '';
  let lastPos = 0;
  for (let i = 0; i < len; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80) {
      if (noEscapeTable[c] === 1) continue;
      if (lastPos < i) out += str.slice(lastPos, i);
      lastPos = i + 1;
      out += hexTab[c];
      continue;
    }
    if (lastPos < i) out += str.slice(lastPos, i);
    if (c < 0x800) {
      lastPos = i + 1;
      out += hexTab[0xC0 | (c >> 6)] + hexTab[0x80 | (c & 0x3F)];
      continue;
    }
    if (c < 0xD800 || c >= 0xE000) {
      lastPos = i + 1;
      out += hexTab[0xE0 | (c >> 12)] +
             hexTab[0x80 | ((c >> 6) & 0x3F)] +
             hexTab[0x80 | (c & 0x3F)];
      continue;
    }
    // Surrogate: combine with the following unit.
    ++i;
    if (i >= len) throw new ERR_INVALID_URI();
    const c2 = str.charCodeAt(i) & 0x3FF;
    lastPos = i + 1;
    c = 0x10000 + (((c & 0x3FF) << 10) | c2);
    out += hexTab[0xF0 | (c >> 18)] +
           hexTab[0x80 | ((c >> 12) & 0x3F)] +
           hexTab[0x80 | ((c >> 6) & 0x3F)] +
           hexTab[0x80 | (c & 0x3F)];
  }
  if (lastPos === 0) return str;
  if (lastPos < len) return out + str.slice(lastPos);
  return out;
}

function qsEscape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'object') {
      str = String(str);
    } else {
      str += '';
    }
  }
  return encodeStr(str, noEscape, hexTable);
}

function stringifyPrimitive(v) {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && isFinite(v)) return '' + v;
  if (typeof v === 'bigint') return '' + v;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

// With the built-in escape: numbers below 1e21 and bigints need no
// escaping.
function encodeStringified(v, encode) {
  if (typeof v === 'string') return (v.length ? encode(v) : '');
  if (typeof v === 'number' && isFinite(v)) {
    return (Math.abs(v) < 1e21 ? '' + v : encode('' + v));
  }
  if (typeof v === 'bigint') return '' + v;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

function encodeStringifiedCustom(v, encode) {
  return encode(stringifyPrimitive(v));
}

function stringify(obj, sep, eq, options) {
  sep ||= '&';
  eq ||= '=';

  let encode = QueryString.escape;
  if (options && typeof options.encodeURIComponent === 'function') {
    encode = options.encodeURIComponent;
  }
  const convert = (encode === qsEscape ? encodeStringified : encodeStringifiedCustom);

  if (obj === null || typeof obj !== 'object') return '';

  const keys = Object.keys(obj);
  let fields = '';
  for (let i = 0; i < keys.length; ++i) {
    const k = keys[i];
    const v = obj[k];
    const ks = convert(k, encode) + eq;

    if (Array.isArray(v)) {
      if (v.length === 0) continue;
      if (fields) fields += sep;
      for (let j = 0; j < v.length; ++j) {
        if (j) fields += sep;
        fields += ks + convert(v[j], encode);
      }
    } else {
      if (fields) fields += sep;
      fields += ks + convert(v, encode);
    }
  }
  return fields;
}

function charCodes(str) {
  if (str.length === 0) return [];
  if (str.length === 1) return [str.charCodeAt(0)];
  const ret = new Array(str.length);
  for (let i = 0; i < str.length; ++i) ret[i] = str.charCodeAt(i);
  return ret;
}
const defSepCodes = [38];  // &
const defEqCodes = [61];  // =

function decodeStr(s, decoder) {
  try {
    return decoder(s);
  } catch {
    return QueryString.unescape(s, true);
  }
}

function addKeyVal(obj, key, value, keyEncoded, valEncoded, decode) {
  if (key.length > 0 && keyEncoded) key = decodeStr(key, decode);
  if (value.length > 0 && valEncoded) value = decodeStr(value, decode);

  const cur = obj[key];
  if (cur === undefined) {
    obj[key] = value;
  } else if (cur.pop) {
    cur[cur.length] = value;
  } else {
    obj[key] = [cur, value];
  }
}

// Parses 'a=1&b=2&a=3' into { __proto__: null, a: ['1', '3'], b: '2' }.
//
// sep and eq may be several characters long; they are matched greedily,
// one character at a time, without backtracking. maxKeys (default 1000,
// <= 0 for no limit) counts pairs, empty ones included. Values and keys
// are decoded only if they contain a valid %XX (or always, with a custom
// decodeURIComponent), and '+' reads as a space.
function parse(qs, sep, eq, options) {
  const obj = { __proto__: null };

  if (typeof qs !== 'string' || qs.length === 0) return obj;

  const sepCodes = (!sep ? defSepCodes : charCodes(String(sep)));
  const eqCodes = (!eq ? defEqCodes : charCodes(String(eq)));
  const sepLen = sepCodes.length;
  const eqLen = eqCodes.length;

  let pairsLeft = 1000;
  if (options && typeof options.maxKeys === 'number') {
    pairsLeft = (options.maxKeys > 0 ? options.maxKeys : -1);
  }

  let decode = QueryString.unescape;
  if (options && typeof options.decodeURIComponent === 'function') {
    decode = options.decodeURIComponent;
  }
  const customDecode = (decode !== qsUnescape);
  const plusChar = (customDecode ? '%20' : ' ');

  let lastPos = 0;  // start of the text not yet copied into key/value
  let sepIdx = 0;  // chars of sep matched so far
  let eqIdx = 0;  // chars of eq matched so far (eqLen: now in the value)
  let key = '';
  let value = '';
  let keyEncoded = customDecode;
  let valEncoded = customDecode;
  // 0: idle, 1: saw '%', 2: saw '%' and one hex digit
  let escapeState = 0;

  const len = qs.length;
  for (let i = 0; i < len; ++i) {
    const code = qs.charCodeAt(i);

    if (code === sepCodes[sepIdx]) {
      if (++sepIdx !== sepLen) continue;
      // A complete pair separator.
      const end = i - sepIdx + 1;
      if (eqIdx < eqLen) {
        if (lastPos < end) {
          key += qs.slice(lastPos, end);
        } else if (key.length === 0) {
          // Nothing between two separators.
          if (--pairsLeft === 0) return obj;
          lastPos = i + 1;
          sepIdx = eqIdx = 0;
          continue;
        }
      } else if (lastPos < end) {
        value += qs.slice(lastPos, end);
      }

      addKeyVal(obj, key, value, keyEncoded, valEncoded, decode);

      if (--pairsLeft === 0) return obj;
      keyEncoded = valEncoded = customDecode;
      key = value = '';
      escapeState = 0;
      lastPos = i + 1;
      sepIdx = eqIdx = 0;
      continue;
    }

    sepIdx = 0;

    if (eqIdx < eqLen) {
      // Still reading the key.
      if (code === eqCodes[eqIdx]) {
        if (++eqIdx === eqLen) {
          const end = i - eqIdx + 1;
          if (lastPos < end) key += qs.slice(lastPos, end);
          escapeState = 0;
          lastPos = i + 1;
        }
        continue;
      }
      eqIdx = 0;
      if (!keyEncoded) {
        if (code === 37 /* % */) {
          escapeState = 1;
          continue;
        }
        if (escapeState > 0) {
          if (isHex(code)) {
            if (++escapeState === 3) keyEncoded = true;
            continue;
          }
          escapeState = 0;
        }
      }
      if (code === 43 /* + */) {
        if (lastPos < i) key += qs.slice(lastPos, i);
        key += plusChar;
        lastPos = i + 1;
        continue;
      }
    }

    if (code === 43 /* + */) {
      if (lastPos < i) value += qs.slice(lastPos, i);
      value += plusChar;
      lastPos = i + 1;
    } else if (!valEncoded) {
      if (code === 37 /* % */) {
        escapeState = 1;
      } else if (escapeState > 0) {
        if (isHex(code)) {
          if (++escapeState === 3) valEncoded = true;
        } else {
          escapeState = 0;
        }
      }
    }
  }

  // Whatever follows the last separator.
  if (lastPos < len) {
    if (eqIdx < eqLen) {
      key += qs.slice(lastPos);
    } else if (sepIdx < sepLen) {
      value += qs.slice(lastPos);
    }
  } else if (eqIdx === 0 && key.length === 0) {
    // Ended on an empty pair.
    return obj;
  }

  addKeyVal(obj, key, value, keyEncoded, valEncoded, decode);

  return obj;
}

const QueryString = module.exports = {
  unescapeBuffer,
  // `unescape()` is a JS global, so we need to use a different local name
  unescape: qsUnescape,

  // `escape()` is a JS global, so we need to use a different local name
  escape: qsEscape,

  stringify,
  encode: stringify,

  parse,
  decode: parse,
};
