'use strict';

// TextEncoder and TextDecoder (https://encoding.spec.whatwg.org/).
//
// Supported decoders: utf-8, utf-16le, utf-16be and windows-1252 (the
// encoding behind the latin1/ascii/iso-8859-1 labels). Every other label of
// the WHATWG table is recognised and rejected with ERR_ENCODING_NOT_SUPPORTED
// (Node builds with full ICU also decode the legacy CJK/single-byte ones).
//
// The byte work is native; this file owns argument handling, BOM handling
// and the streaming state (bytes of an incomplete sequence carried over to
// the next decode() call). Native entry points, internalBinding('encoding'):
//
//   encodeUtf8(string) -> Uint8Array
//       UTF-8 bytes of `string`, lone surrogates encoded as U+FFFD.
//   encodeInto(string, dest: Uint8Array) -> undefined
//       Writes as many whole UTF-8 sequences of `string` as fit into `dest`;
//       stores the UTF-16 code units read in encodeIntoResults[0] and the
//       bytes written in encodeIntoResults[1].
//   encodeIntoResults: Uint32Array(2)
//       The shared result slots of encodeInto.
//   decodeUtf8(bytes: Uint8Array, ignoreBOM: boolean, fatal: boolean)
//       -> string | undefined
//       WHATWG UTF-8 decode of the whole of `bytes` (an incomplete trailing
//       sequence is an error). Errors become U+FFFD (maximal subparts), or
//       when `fatal` the call returns undefined (throwing a TypeError is also
//       accepted). A leading BOM is removed unless `ignoreBOM`. This file
//       strips BOMs itself and always passes ignoreBOM = true.
//   decodeUtf16le(bytes: Uint8Array, ignoreBOM, fatal) -> string | undefined
//       `bytes` has an even length; unpaired surrogates become U+FFFD, or
//       return undefined when `fatal`. Same BOM contract as decodeUtf8.
//   decodeLatin1(bytes: Uint8Array, ignoreBOM, fatal) -> string
//       ISO-8859-1: byte N becomes U+00NN. The windows-1252 differences
//       (0x80-0x9F) are applied here.

const { makeEnumerable, defineToStringTag } = require('internal/util/properties');

const kInspect = Symbol.for('nodejs.util.inspect.custom');

let errorCodes;
function codes() {
  if (errorCodes === undefined) errorCodes = require('internal/errors').codes;
  return errorCodes;
}

let encodingBinding;
function binding() {
  if (encodingBinding === undefined) {
    encodingBinding = internalBinding('encoding');
  }
  return encodingBinding;
}

// WHATWG encoding labels (https://encoding.spec.whatwg.org/#names-and-labels).
const kLabelTable = {
  'utf-8': 'unicode-1-1-utf-8 unicode11utf8 unicode20utf8 utf-8 utf8 ' +
           'x-unicode20utf8',
  'ibm866': '866 cp866 csibm866 ibm866',
  'iso-8859-2': 'csisolatin2 iso-8859-2 iso-ir-101 iso8859-2 iso88592 ' +
                'iso_8859-2 iso_8859-2:1987 l2 latin2',
  'iso-8859-3': 'csisolatin3 iso-8859-3 iso-ir-109 iso8859-3 iso88593 ' +
                'iso_8859-3 iso_8859-3:1988 l3 latin3',
  'iso-8859-4': 'csisolatin4 iso-8859-4 iso-ir-110 iso8859-4 iso88594 ' +
                'iso_8859-4 iso_8859-4:1988 l4 latin4',
  'iso-8859-5': 'csisolatincyrillic cyrillic iso-8859-5 iso-ir-144 ' +
                'iso8859-5 iso88595 iso_8859-5 iso_8859-5:1988',
  'iso-8859-6': 'arabic asmo-708 csiso88596e csiso88596i csisolatinarabic ' +
                'ecma-114 iso-8859-6 iso-8859-6-e iso-8859-6-i iso-ir-127 ' +
                'iso8859-6 iso88596 iso_8859-6 iso_8859-6:1987',
  'iso-8859-7': 'csisolatingreek ecma-118 elot_928 greek greek8 iso-8859-7 ' +
                'iso-ir-126 iso8859-7 iso88597 iso_8859-7 iso_8859-7:1987 ' +
                'sun_eu_greek',
  'iso-8859-8': 'csiso88598e csisolatinhebrew hebrew iso-8859-8 ' +
                'iso-8859-8-e iso-ir-138 iso8859-8 iso88598 iso_8859-8 ' +
                'iso_8859-8:1988 visual',
  'iso-8859-8-i': 'csiso88598i iso-8859-8-i logical',
  'iso-8859-10': 'csisolatin6 iso-8859-10 iso-ir-157 iso8859-10 iso885910 ' +
                 'l6 latin6',
  'iso-8859-13': 'iso-8859-13 iso8859-13 iso885913',
  'iso-8859-14': 'iso-8859-14 iso8859-14 iso885914',
  'iso-8859-15': 'csisolatin9 iso-8859-15 iso8859-15 iso885915 iso_8859-15 ' +
                 'l9',
  'iso-8859-16': 'iso-8859-16',
  'koi8-r': 'cskoi8r koi koi8 koi8-r koi8_r',
  'koi8-u': 'koi8-ru koi8-u',
  'macintosh': 'csmacintosh mac macintosh x-mac-roman',
  'windows-874': 'dos-874 iso-8859-11 iso8859-11 iso885911 tis-620 ' +
                 'windows-874',
  'windows-1250': 'cp1250 windows-1250 x-cp1250',
  'windows-1251': 'cp1251 windows-1251 x-cp1251',
  'windows-1252': 'ansi_x3.4-1968 ascii cp1252 cp819 csisolatin1 ibm819 ' +
                  'iso-8859-1 iso-ir-100 iso8859-1 iso88591 iso_8859-1 ' +
                  'iso_8859-1:1987 l1 latin1 us-ascii windows-1252 x-cp1252',
  'windows-1253': 'cp1253 windows-1253 x-cp1253',
  'windows-1254': 'cp1254 csisolatin5 iso-8859-9 iso-ir-148 iso8859-9 ' +
                  'iso88599 iso_8859-9 iso_8859-9:1989 l5 latin5 ' +
                  'windows-1254 x-cp1254',
  'windows-1255': 'cp1255 windows-1255 x-cp1255',
  'windows-1256': 'cp1256 windows-1256 x-cp1256',
  'windows-1257': 'cp1257 windows-1257 x-cp1257',
  'windows-1258': 'cp1258 windows-1258 x-cp1258',
  'x-mac-cyrillic': 'x-mac-cyrillic x-mac-ukrainian',
  'gbk': 'chinese csgb2312 csiso58gb231280 gb2312 gb_2312 gb_2312-80 gbk ' +
         'iso-ir-58 x-gbk',
  'gb18030': 'gb18030',
  'big5': 'big5 big5-hkscs cn-big5 csbig5 x-x-big5',
  'euc-jp': 'cseucpkdfmtjapanese euc-jp x-euc-jp',
  'iso-2022-jp': 'csiso2022jp iso-2022-jp',
  'shift_jis': 'csshiftjis ms932 ms_kanji shift-jis shift_jis sjis ' +
               'windows-31j x-sjis',
  'euc-kr': 'cseuckr csksc56011987 euc-kr iso-ir-149 korean ' +
            'ks_c_5601-1987 ks_c_5601-1989 ksc5601 ksc_5601 windows-949',
  'replacement': 'csiso2022kr hz-gb-2312 iso-2022-cn iso-2022-cn-ext ' +
                 'iso-2022-kr',
  'utf-16be': 'unicodefffe utf-16be',
  'utf-16le': 'csunicode iso-10646-ucs-2 ucs-2 unicode unicodefeff utf-16 ' +
              'utf-16le',
  'x-user-defined': 'x-user-defined',
};

let labelMap;
function getEncodingFromLabel(label) {
  if (labelMap === undefined) {
    labelMap = new Map();
    for (const name of Object.keys(kLabelTable)) {
      for (const l of kLabelTable[name].split(' ')) labelMap.set(l, name);
    }
  }
  // Strip leading and trailing ASCII whitespace, ASCII-lowercase.
  const trimmed = label.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '');
  const lower = trimmed.replace(/[A-Z]+/g, (s) => s.toLowerCase());
  return labelMap.get(lower);
}

const kDecoders = new Set(['utf-8', 'utf-16le', 'utf-16be', 'windows-1252']);

// windows-1252 code points for bytes 0x80-0x9F (the rest is ISO-8859-1).
const kWindows1252High = [
  0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
  0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
];

function fixWindows1252(str) {
  return str.replace(/[\u0080-\u009f]/g,
                     (c) => String.fromCharCode(
                       kWindows1252High[c.charCodeAt(0) - 0x80]));
}

// ---------------------------------------------------------------------------
// Shared helpers

function invalidThis(name) {
  return new (codes().ERR_INVALID_THIS)(name);
}

// A TypeError shaped like Node's internal errors (own enumerable `code`)
// with a fixed message; Node's decode paths use slightly different texts.
function argTypeError(message) {
  const err = new TypeError(message);
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

const kInputMessages = {
  'utf-8': 'The "list" argument must be an instance of SharedArrayBuffer, ' +
           'ArrayBuffer or ArrayBufferView.',
  'utf-16le': 'The "input" argument must be an instance of ' +
              'SharedArrayBuffer, ArrayBuffer or ArrayBufferView.',
  'windows-1252': 'The "input" argument must be an instance of ArrayBuffer, ' +
                  'SharedArrayBuffer, or ArrayBufferView.',
};
kInputMessages['utf-16be'] = kInputMessages['utf-16le'];

const kEmptyBytes = new Uint8Array(0);

function isArrayBufferLike(value) {
  const tag = Object.prototype.toString.call(value);
  return tag === '[object ArrayBuffer]' || tag === '[object SharedArrayBuffer]';
}

// Returns a Uint8Array over the bytes of `input` (a BufferSource).
function toBytes(input, encoding) {
  if (input === undefined) return kEmptyBytes;
  if (ArrayBuffer.isView(input)) {
    return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  }
  if (isArrayBufferLike(input)) {
    try {
      return new Uint8Array(input);
    } catch {
      // Fall through: not a genuine buffer.
    }
  }
  throw argTypeError(kInputMessages[encoding]);
}

function concatBytes(a, b) {
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

// Number of bytes at the end of `bytes` that are a valid but incomplete
// UTF-8 sequence (0-3). Those are held back while streaming; anything that
// cannot become valid is left for the decoder to replace right away.
function incompleteUtf8Tail(bytes) {
  const n = bytes.length;
  for (let k = 1; k <= 3 && k <= n; k++) {
    const c = bytes[n - k];
    if (c < 0x80) return 0;
    if (c < 0xC0) continue;  // continuation byte: keep looking for the lead
    let need;
    if (c >= 0xC2 && c <= 0xDF) need = 2;
    else if (c >= 0xE0 && c <= 0xEF) need = 3;
    else if (c >= 0xF0 && c <= 0xF4) need = 4;
    else return 0;  // C0, C1, F5-FF never start a sequence
    if (k >= need) return 0;
    if (k >= 2) {
      const second = bytes[n - k + 1];
      let lo = 0x80;
      let hi = 0xBF;
      if (c === 0xE0) lo = 0xA0;
      else if (c === 0xED) hi = 0x9F;
      else if (c === 0xF0) lo = 0x90;
      else if (c === 0xF4) hi = 0x8F;
      if (second < lo || second > hi) return 0;
    }
    return k;
  }
  return 0;
}

// Bytes held back at the end of UTF-16 input while streaming: an odd byte,
// plus a final high surrogate that may pair with the next chunk.
function incompleteUtf16Tail(bytes, bigEndian) {
  const n = bytes.length;
  let hold = n & 1;
  const end = n - hold;
  if (end >= 2) {
    const unit = bigEndian ?
      (bytes[end - 2] << 8) | bytes[end - 1] :
      (bytes[end - 1] << 8) | bytes[end - 2];
    if (unit >= 0xD800 && unit <= 0xDBFF) hold += 2;
  }
  return hold;
}

function swapBytes16(bytes) {
  const out = new Uint8Array(bytes.length);
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    out[i] = bytes[i + 1];
    out[i + 1] = bytes[i];
  }
  return out;
}

// ---------------------------------------------------------------------------
// TextEncoder

function getInspect(inspect) {
  return typeof inspect === 'function' ?
    inspect : require('internal/util/inspect').inspect;
}

function depthExceeded(self, name, options) {
  const ctorName = self.constructor?.name;
  const label = typeof ctorName === 'string' && ctorName !== name ?
    `${ctorName} [${name}]` : name;
  const text = `[${label}]`;
  return typeof options?.stylize === 'function' ?
    options.stylize(text, 'special') : text;
}

class TextEncoder {
  #brand = true;

  get encoding() {
    if (!(#brand in this)) throw invalidThis('TextEncoder');
    return 'utf-8';
  }

  encode(input = '') {
    if (!(#brand in this)) throw invalidThis('TextEncoder');
    return binding().encodeUtf8(`${input}`);
  }

  encodeInto(src, dest) {
    if (!(#brand in this)) throw invalidThis('TextEncoder');
    if (typeof src !== 'string') {
      throw new (codes().ERR_INVALID_ARG_TYPE)('src', 'string', src);
    }
    if (!(dest instanceof Uint8Array)) {
      throw new (codes().ERR_INVALID_ARG_TYPE)('dest', 'Uint8Array', dest);
    }
    const b = binding();
    b.encodeInto(src, dest);
    const results = b.encodeIntoResults;
    return { read: results[0], written: results[1] };
  }

  [kInspect](depth, options) {
    const inspect = arguments[2];  // util.inspect passes itself (Node >= 16.14)
    if (!(#brand in this)) throw invalidThis('TextEncoder');
    if (typeof depth === 'number' && depth < 0) {
      return depthExceeded(this, 'TextEncoder', options);
    }
    // Node prints a plain object here, without the class name.
    return getInspect(inspect)({ encoding: 'utf-8' }, options);
  }
}

makeEnumerable(TextEncoder.prototype, ['encoding', 'encode', 'encodeInto']);
defineToStringTag(TextEncoder.prototype, 'TextEncoder');

// ---------------------------------------------------------------------------
// TextDecoder

class TextDecoder {
  #encoding;
  #fatal;
  #ignoreBOM;
  #pending = kEmptyBytes;  // bytes of an incomplete sequence (streaming)
  #bomSeen = false;        // past the start of the current stream

  constructor(encoding = 'utf-8', options = undefined) {
    encoding = `${encoding}`;
    if (options !== undefined && options !== null &&
        typeof options !== 'object' && typeof options !== 'function') {
      throw new (codes().ERR_INVALID_ARG_TYPE)('options', 'object', options);
    }
    const enc = getEncodingFromLabel(encoding);
    if (enc === undefined) {
      throw new (codes().ERR_ENCODING_NOT_SUPPORTED)(encoding);
    }
    if (!kDecoders.has(enc)) {
      throw new (codes().ERR_ENCODING_NOT_SUPPORTED)(
        enc === 'replacement' || enc === 'x-user-defined' ? enc : encoding);
    }
    this.#encoding = enc;
    this.#fatal = Boolean(options?.fatal);
    this.#ignoreBOM = Boolean(options?.ignoreBOM);
  }

  decode(input = undefined, options = undefined) {
    if (!(#encoding in this)) throw invalidThis('TextDecoder');
    let bytes = toBytes(input, this.#encoding);
    const stream = Boolean(options?.stream);

    if (this.#pending.length > 0) {
      bytes = concatBytes(this.#pending, bytes);
      this.#pending = kEmptyBytes;
    }

    const encoding = this.#encoding;
    let result;
    try {
      if (encoding === 'utf-8') {
        result = this.#decodeUtf8(bytes, stream);
      } else if (encoding === 'windows-1252') {
        result = bytes.length === 0 ?
          '' : fixWindows1252(binding().decodeLatin1(bytes, true, false));
      } else {
        result = this.#decodeUtf16(bytes, stream, encoding === 'utf-16be');
      }
    } catch (err) {
      this.#pending = kEmptyBytes;
      this.#bomSeen = false;
      throw err;
    }
    if (!stream) {
      this.#pending = kEmptyBytes;
      this.#bomSeen = false;
    }
    return result;
  }

  #stripBOM(bytes, b0, b1, b2) {
    if (this.#bomSeen || bytes.length === 0) return bytes;
    this.#bomSeen = true;
    if (this.#ignoreBOM) return bytes;
    if (b2 === undefined) {
      if (bytes.length >= 2 && bytes[0] === b0 && bytes[1] === b1) {
        return bytes.subarray(2);
      }
    } else if (bytes.length >= 3 && bytes[0] === b0 && bytes[1] === b1 &&
               bytes[2] === b2) {
      return bytes.subarray(3);
    }
    return bytes;
  }

  // Node throws this one from native code: a TypeError with an own `code`
  // whose toString() does not show the code.
  #invalidData() {
    const err = new TypeError(
      `The encoded data was not valid for encoding ${this.#encoding}`);
    err.code = 'ERR_ENCODING_INVALID_ENCODED_DATA';
    return err;
  }

  #decodeUtf8(bytes, stream) {
    if (stream) {
      const hold = incompleteUtf8Tail(bytes);
      if (hold > 0) {
        this.#pending = bytes.slice(bytes.length - hold);
        bytes = bytes.subarray(0, bytes.length - hold);
      }
    }
    bytes = this.#stripBOM(bytes, 0xEF, 0xBB, 0xBF);
    if (bytes.length === 0) return '';
    const out = binding().decodeUtf8(bytes, true, this.#fatal);
    if (out === undefined) throw this.#invalidData();
    return out;
  }

  #decodeUtf16(bytes, stream, bigEndian) {
    let trailingError = false;
    if (stream) {
      const hold = incompleteUtf16Tail(bytes, bigEndian);
      if (hold > 0) {
        this.#pending = bytes.slice(bytes.length - hold);
        bytes = bytes.subarray(0, bytes.length - hold);
      }
    } else if (bytes.length & 1) {
      // A lone final byte is an error at the end of the stream; a high
      // surrogate just before it belongs to the same single error.
      trailingError = true;
      let end = bytes.length - 1;
      if (end >= 2) {
        const unit = bigEndian ?
          (bytes[end - 2] << 8) | bytes[end - 1] :
          (bytes[end - 1] << 8) | bytes[end - 2];
        if (unit >= 0xD800 && unit <= 0xDBFF) end -= 2;
      }
      bytes = bytes.subarray(0, end);
    }
    if (bigEndian) {
      bytes = this.#stripBOM(bytes, 0xFE, 0xFF);
      if (bytes.length > 0) bytes = swapBytes16(bytes);
    } else {
      bytes = this.#stripBOM(bytes, 0xFF, 0xFE);
    }
    let out = '';
    if (bytes.length > 0) {
      out = binding().decodeUtf16le(bytes, true, this.#fatal);
      if (out === undefined) throw this.#invalidData();
    }
    if (trailingError) {
      if (this.#fatal) throw this.#invalidData();
      out += '\ufffd';
    }
    return out;
  }

  get encoding() {
    if (!(#encoding in this)) throw invalidThis('TextDecoder');
    return this.#encoding;
  }

  get fatal() {
    if (!(#encoding in this)) throw invalidThis('TextDecoder');
    return this.#fatal;
  }

  get ignoreBOM() {
    if (!(#encoding in this)) throw invalidThis('TextDecoder');
    return this.#ignoreBOM;
  }

  [kInspect](depth, options) {
    const inspect = arguments[2];  // util.inspect passes itself (Node >= 16.14)
    if (!(#encoding in this)) throw invalidThis('TextDecoder');
    if (typeof depth === 'number' && depth < 0) {
      return depthExceeded(this, 'TextDecoder', options);
    }
    // Node formats the fields with default options (no colors, compact).
    return `${this.constructor.name} ${getInspect(inspect)({
      encoding: this.#encoding,
      fatal: this.#fatal,
      ignoreBOM: this.#ignoreBOM,
    })}`;
  }
}

makeEnumerable(TextDecoder.prototype,
               ['decode', 'encoding', 'fatal', 'ignoreBOM']);
defineToStringTag(TextDecoder.prototype, 'TextDecoder');

module.exports = {
  TextEncoder,
  TextDecoder,
  getEncodingFromLabel,
};
