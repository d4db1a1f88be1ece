'use strict';

// The `string_decoder` builtin. Decodes byte chunks to strings without
// splitting multi-byte characters across chunk boundaries, with Node 20's
// results for partial and invalid input:
//
//  - utf8: an incomplete character at the end of a chunk is held back
//    (up to 3 bytes); if the next chunk does not continue it, the held bytes
//    decode on their own (one U+FFFD) and the new byte starts afresh.
//  - utf16le: an odd byte or a trailing high surrogate is held back; end()
//    drops an odd byte and emits a held surrogate as is.
//  - base64/base64url: bytes are held back to a multiple of 3.
//  - hex, latin1, ascii: stateless.
//
// The actual byte -> string conversion is always Buffer#toString(enc, s, e),
// so the UTF-8 replacement rules are the runtime's (V8's) own.
//
// State lives in a 7-byte Buffer, laid out as Node's native decoder keeps
// it: [0..3] incomplete character bytes, [4] bytes missing, [5] bytes
// buffered, [6] encoding id.

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS,
    ERR_UNKNOWN_ENCODING,
  },
} = require('internal/errors');

let Buffer;
function lazyBuffer() {
  if (Buffer === undefined) Buffer = require('buffer').Buffer;
  return Buffer;
}

const kNativeDecoder = Symbol('kNativeDecoder');

const kIncompleteCharactersStart = 0;
const kIncompleteCharactersEnd = 4;
const kMissingBytes = 4;
const kBufferedBytes = 5;
const kEncodingField = 6;
const kSize = 7;

// Node's `enum encoding` values.
const ASCII = 0;
const UTF8 = 1;
const BASE64 = 2;
const UCS2 = 3;
const LATIN1 = 4;
const HEX = 5;
const BASE64URL = 7;

const encodingsMap = {
  __proto__: null,
  ascii: ASCII,
  utf8: UTF8,
  base64: BASE64,
  utf16le: UCS2,
  latin1: LATIN1,
  hex: HEX,
  base64url: BASE64URL,
};
// Buffer#toString name per encoding id.
const encodingNames = ['ascii', 'utf8', 'base64', 'utf16le', 'latin1', 'hex', 'buffer', 'base64url'];

function normalizeEncoding(enc) {
  if (enc == null || enc === 'utf8' || enc === 'utf-8') return 'utf8';
  switch (`${enc}`.toLowerCase()) {
    case 'utf8':
    case 'utf-8':
    case '':
      return 'utf8';
    case 'ucs2':
    case 'ucs-2':
    case 'utf16le':
    case 'utf-16le':
      return 'utf16le';
    case 'latin1':
    case 'binary':
      return 'latin1';
    case 'base64':
      return 'base64';
    case 'base64url':
      return 'base64url';
    case 'hex':
      return 'hex';
    case 'ascii':
      return 'ascii';
  }
  throw new ERR_UNKNOWN_ENCODING(enc);
}

// A Buffer over the bytes of any ArrayBufferView (no copy).
function asBuffer(view) {
  const B = lazyBuffer();
  if (view instanceof B) return view;
  return B.from(view.buffer, view.byteOffset, view.byteLength);
}

function decodeBytes(bytes, start, end, enc) {
  if (start >= end) return '';
  return bytes.toString(encodingNames[enc], start, end);
}

// Decodes `buf` (a Buffer) as the continuation of what `state` holds.
function decode(state, buf) {
  const enc = state[kEncodingField];
  let start = 0;
  const end = buf.length;

  if (enc !== UTF8 && enc !== UCS2 && enc !== BASE64 && enc !== BASE64URL) {
    return decodeBytes(buf, 0, end, enc);
  }

  let prepend = '';
  if (state[kMissingBytes] > 0) {
    if (enc === UTF8) {
      // A byte that is no continuation byte ends the held character early:
      // the bytes before it join the held ones, it starts a new character.
      const limit = Math.min(end, state[kMissingBytes]);
      for (let i = 0; i < limit; i++) {
        if ((buf[i] & 0xC0) !== 0x80) {
          state[kMissingBytes] = 0;
          for (let k = 0; k < i; k++) state[state[kBufferedBytes] + k] = buf[k];
          state[kBufferedBytes] += i;
          start = i;
          break;
        }
      }
    }
    const found = Math.min(end - start, state[kMissingBytes]);
    for (let k = 0; k < found; k++) state[state[kBufferedBytes] + k] = buf[start + k];
    start += found;
    state[kMissingBytes] -= found;
    state[kBufferedBytes] += found;

    if (state[kMissingBytes] === 0) {
      prepend = decodeBytes(state, kIncompleteCharactersStart, state[kBufferedBytes], enc);
      state[kBufferedBytes] = 0;
    }
  }

  if (start === end) return prepend;

  // Nothing is held now; see whether this chunk ends inside a character.
  let stop = end;
  if (enc === UTF8) {
    if (buf[end - 1] & 0x80) {
      let buffered = 0;
      let missing = 0;
      for (let i = end - 1; ; --i) {
        buffered++;
        const b = buf[i];
        if ((b & 0xC0) === 0x80) {
          // A continuation byte: keep looking for the lead byte, but only
          // within a character's length and this chunk.
          if (buffered >= 4 || i === start) {
            buffered = 0;
            break;
          }
          continue;
        }
        if ((b & 0xE0) === 0xC0) {
          missing = 2;
        } else if ((b & 0xF0) === 0xE0) {
          missing = 3;
        } else if ((b & 0xF8) === 0xF0) {
          missing = 4;
        } else {
          // Not a lead byte of anything representable.
          buffered = 0;
          break;
        }
        if (buffered >= missing) {
          // Complete (or overlong and invalid anyway): nothing to hold.
          missing = 0;
          buffered = 0;
        }
        missing -= buffered;
        break;
      }
      state[kBufferedBytes] = buffered;
      state[kMissingBytes] = missing;
    }
  } else if (enc === UCS2) {
    if ((end - start) % 2 === 1) {
      // Half a code unit.
      state[kBufferedBytes] = 1;
      state[kMissingBytes] = 1;
    } else if ((buf[end - 1] & 0xFC) === 0xD8) {
      // A high surrogate waiting for its pair.
      state[kBufferedBytes] = 2;
      state[kMissingBytes] = 2;
    }
  } else {
    // base64, base64url: whole 3-byte groups only.
    const rest = (end - start) % 3;
    state[kBufferedBytes] = rest;
    if (rest > 0) state[kMissingBytes] = 3 - rest;
  }

  const held = state[kBufferedBytes];
  if (held > 0) {
    stop = end - held;
    for (let k = 0; k < held; k++) state[k] = buf[stop + k];
  }

  return prepend + decodeBytes(buf, start, stop, enc);
}

function flush(state) {
  const enc = state[kEncodingField];
  if (enc === UCS2 && state[kBufferedBytes] % 2 === 1) {
    // A lone trailing byte is dropped.
    state[kMissingBytes]--;
    state[kBufferedBytes]--;
  }
  if (state[kBufferedBytes] === 0) return '';
  const ret = decodeBytes(state, kIncompleteCharactersStart, state[kBufferedBytes], enc);
  state[kMissingBytes] = 0;
  state[kBufferedBytes] = 0;
  return ret;
}

function StringDecoder(encoding) {
  this.encoding = normalizeEncoding(encoding);
  this[kNativeDecoder] = lazyBuffer().alloc(kSize);
  this[kNativeDecoder][kEncodingField] = encodingsMap[this.encoding];
}

// Returns the decoded text of `buf`, minus any incomplete character at its
// end (kept for the next call). Strings pass through unchanged.
StringDecoder.prototype.write = function write(buf) {
  if (typeof buf === 'string') return buf;
  if (!ArrayBuffer.isView(buf)) {
    throw new ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
  }
  if (!this[kNativeDecoder]) {
    throw new ERR_INVALID_THIS('StringDecoder');
  }
  return decode(this[kNativeDecoder], asBuffer(buf));
};

// write(buf) if given, then whatever is still held, decoded as is.
StringDecoder.prototype.end = function end(buf) {
  let ret = '';
  if (buf !== undefined) ret = this.write(buf);
  if (this[kNativeDecoder][kBufferedBytes] > 0) ret += flush(this[kNativeDecoder]);
  return ret;
};

// Forgets held bytes, then decodes buf from `offset`.
StringDecoder.prototype.text = function text(buf, offset) {
  this[kNativeDecoder][kMissingBytes] = 0;
  this[kNativeDecoder][kBufferedBytes] = 0;
  return this.write(buf.slice(offset));
};

Object.defineProperties(StringDecoder.prototype, {
  lastChar: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      return this[kNativeDecoder].subarray(kIncompleteCharactersStart, kIncompleteCharactersEnd);
    },
  },
  lastNeed: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      return this[kNativeDecoder][kMissingBytes];
    },
  },
  lastTotal: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      return this[kNativeDecoder][kBufferedBytes] + this[kNativeDecoder][kMissingBytes];
    },
  },
});

module.exports = { StringDecoder };
