'use strict';

// buffer.transcode(source, fromEnc, toEnc) between utf8, utf16le (ucs2),
// latin1 (binary) and ascii, reproducing what Node's ICU-based version
// produces:
// - characters the target cannot hold become '?';
// - undecodable input becomes U+FFFD (ascii bytes >= 0x80, bad UTF-8,
//   lone UTF-16 surrogates and a dangling odd byte), except that
//   UTF-8 -> UTF-16 and UTF-16 -> UTF-8 reject malformed input with
//   U_INVALID_CHAR_FOUND, UTF-16 -> anything ignores a dangling odd byte,
//   and ascii -> UTF-16 maps every byte to U+00XX like latin1 does;
// - any other encoding fails with U_ILLEGAL_ARGUMENT_ERROR.

const {
  codes: { ERR_INVALID_ARG_TYPE },
  genericNodeError,
} = require('internal/errors');
const { FastBuffer } = require('./fast_buffer');
const { normalizeEncoding } = require('./normalize_encoding');

const U_ILLEGAL_ARGUMENT_ERROR = 1;
const U_INVALID_CHAR_FOUND = 10;
const kErrorNames = {
  [U_ILLEGAL_ARGUMENT_ERROR]: 'U_ILLEGAL_ARGUMENT_ERROR',
  [U_INVALID_CHAR_FOUND]: 'U_INVALID_CHAR_FOUND',
};

const kSupported = new Set(['utf8', 'utf16le', 'latin1', 'ascii']);

function isUint8Array(value) {
  return ArrayBuffer.isView(value) &&
    Object.prototype.toString.call(value) === '[object Uint8Array]';
}

function asBuffer(view) {
  return new FastBuffer(view.buffer, view.byteOffset, view.byteLength);
}

// UTF-16 code units of `buf` (a dangling odd byte is dropped).
function utf16Units(buf) {
  return asBuffer(buf).toString('utf16le');
}

const loneSurrogate =
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// Code points ICU drops (instead of substituting '?') when the target
// charset cannot represent them: the default-ignorable ones.
function isDefaultIgnorable(c) {
  return c === 0x00AD || c === 0x034F || c === 0x061C || c === 0x115F || c === 0x1160 ||
    (c >= 0x17B4 && c <= 0x17B5) || (c >= 0x180B && c <= 0x180F) ||
    (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) ||
    (c >= 0x2060 && c <= 0x206F) || c === 0x3164 || (c >= 0xFE00 && c <= 0xFE0F) ||
    c === 0xFEFF || c === 0xFFA0 || (c >= 0xFFF0 && c <= 0xFFF8) ||
    (c >= 0x1BCA0 && c <= 0x1BCA3) || (c >= 0x1D173 && c <= 0x1D17A) ||
    (c >= 0xE0000 && c <= 0xE0FFF);
}

// Encodes a string of well-formed code points to latin1 / ascii: '?' for
// what does not fit, except default-ignorable code points, which vanish.
function encodeSingleByte(str, max) {
  const out = [];
  for (const ch of str) {
    const cp = ch.codePointAt(0);
    if (cp <= max) out.push(cp);
    else if (!isDefaultIgnorable(cp)) out.push(0x3F);
  }
  return new FastBuffer(Uint8Array.from(out).buffer);
}

function fromString(str, to) {
  switch (to) {
    case 'utf8': return asBuffer(Buffer_from(str, 'utf8'));
    case 'utf16le': return asBuffer(Buffer_from(str, 'utf16le'));
    case 'latin1': return encodeSingleByte(str, 0xFF);
    default: return encodeSingleByte(str, 0x7F);
  }
}

let BufferCtor;
function Buffer_from(str, enc) {
  if (BufferCtor === undefined) BufferCtor = require('./buffer').Buffer;
  const b = BufferCtor.from(str, enc);
  // A private copy (pooled buffers share memory).
  return new Uint8Array(b);
}

function transcodeBytes(source, from, to) {
  const buf = asBuffer(source);
  if (from === 'utf16le') {
    const units = utf16Units(buf);
    if (to === 'utf8') {
      loneSurrogate.lastIndex = 0;
      if (loneSurrogate.test(units)) return U_INVALID_CHAR_FOUND;
      return fromString(units, 'utf8');
    }
    if (to === 'utf16le') {
      let str = units.replace(loneSurrogate, '\uFFFD');
      if (buf.length % 2 === 1) {
        // The dangling byte: one U+FFFD, merged with a lead surrogate
        // that was left unpaired at the end.
        const last = units.charCodeAt(units.length - 1);
        if (!(units.length > 0 && last >= 0xD800 && last <= 0xDBFF &&
              !(units.length > 1 && units.charCodeAt(units.length - 2) >= 0xD800 &&
                units.charCodeAt(units.length - 2) <= 0xDBFF))) {
          str += '\uFFFD';
        }
      }
      return fromString(str, 'utf16le');
    }
    return fromString(units.replace(loneSurrogate, '\uFFFD'), to);
  }
  if (from === 'utf8') {
    if (to === 'utf16le') {
      if (!require('./buffer').isUtf8(buf)) return U_INVALID_CHAR_FOUND;
    }
    return fromString(buf.toString('utf8'), to);
  }
  // latin1 / ascii
  let str = buf.toString('latin1');
  if (from === 'ascii' && to !== 'utf16le') str = str.replace(/[\x80-\xFF]/g, '\uFFFD');
  return fromString(str, to);
}

function transcode(source, fromEncoding, toEncoding) {
  if (!isUint8Array(source)) {
    throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  }
  if (source.length === 0) return new FastBuffer(0);
  fromEncoding = normalizeEncoding(fromEncoding) || fromEncoding;
  toEncoding = normalizeEncoding(toEncoding) || toEncoding;
  let result;
  if (kSupported.has(fromEncoding) && kSupported.has(toEncoding)) {
    result = transcodeBytes(source, fromEncoding, toEncoding);
  } else {
    result = U_ILLEGAL_ARGUMENT_ERROR;
  }
  if (typeof result !== 'number') return result;
  const code = kErrorNames[result];
  throw genericNodeError(`Unable to transcode Buffer [${code}]`, { code, errno: result });
}

module.exports = { transcode };
