'use strict';

// atob() and btoa() (https://html.spec.whatwg.org/multipage/webappapis.html#atob)
// using the forgiving-base64 decode of https://infra.spec.whatwg.org/#forgiving-base64
// and Node 20's two error messages:
//  - "Invalid character": a character outside the alphabet, a misplaced or
//    excess '=', or (btoa) a code unit above 0xFF;
//  - "The string to be decoded is not correctly encoded.": a well-formed
//    alphabet whose length leaves one stray character.
// Both are DOMException InvalidCharacterError.
//
// Pure JS: the inputs of these legacy helpers are small.

let errorCodes;
function codes() {
  if (errorCodes === undefined) errorCodes = require('internal/errors').codes;
  return errorCodes;
}

let DOMExceptionCtor;
function invalidCharacter(message) {
  if (DOMExceptionCtor === undefined) {
    DOMExceptionCtor = require('internal/dom_exception').DOMException;
  }
  return new DOMExceptionCtor(message, 'InvalidCharacterError');
}

const kAlphabet =
  'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

// Code unit -> 6-bit value; -1 for ASCII whitespace, -2 for '=', -3 other.
const kDecodeTable = new Int8Array(256).fill(-3);
for (let i = 0; i < kAlphabet.length; i++) {
  kDecodeTable[kAlphabet.charCodeAt(i)] = i;
}
for (const c of [0x09, 0x0A, 0x0C, 0x0D, 0x20]) kDecodeTable[c] = -1;
kDecodeTable[0x3D] = -2;

const kChunk = 8192;

function atob(input) {
  if (arguments.length === 0) {
    throw new (codes().ERR_MISSING_ARGS)('input');
  }
  input = `${input}`;

  // Validate and collect the 6-bit values in one pass.
  const length = input.length;
  const values = new Uint8Array(length);
  let count = 0;       // alphabet characters and '='
  let equals = 0;
  let n = 0;
  for (let i = 0; i < length; i++) {
    const code = input.charCodeAt(i);
    const v = code < 256 ? kDecodeTable[code] : -3;
    if (v === -1) continue;
    if (v === -3) throw invalidCharacter('Invalid character');
    count++;
    if (v === -2) {
      equals++;
      if (equals > 2) throw invalidCharacter('Invalid character');
      continue;
    }
    // Data after padding.
    if (equals > 0) throw invalidCharacter('Invalid character');
    values[n++] = v;
  }

  let rest = count % 4;
  if (rest === 0) {
    rest = (count - equals) % 4;
  } else if (equals > 0) {
    // Padding is only allowed to complete a group of four.
    throw invalidCharacter('Invalid character');
  }
  if (rest === 1) {
    throw invalidCharacter(
      'The string to be decoded is not correctly encoded.');
  }

  // Decode; trailing bits of an incomplete group are discarded.
  let out = '';
  let codesBuf = [];
  let i = 0;
  for (; i + 4 <= n; i += 4) {
    const bits = (values[i] << 18) | (values[i + 1] << 12) |
                 (values[i + 2] << 6) | values[i + 3];
    codesBuf.push(bits >> 16, (bits >> 8) & 0xFF, bits & 0xFF);
    if (codesBuf.length >= kChunk) {
      out += String.fromCharCode.apply(null, codesBuf);
      codesBuf = [];
    }
  }
  const left = n - i;
  if (left === 2) {
    codesBuf.push(((values[i] << 2) | (values[i + 1] >> 4)) & 0xFF);
  } else if (left === 3) {
    const bits = (values[i] << 12) | (values[i + 1] << 6) | values[i + 2];
    codesBuf.push((bits >> 10) & 0xFF, (bits >> 2) & 0xFF);
  }
  if (codesBuf.length > 0) out += String.fromCharCode.apply(null, codesBuf);
  return out;
}

function btoa(input) {
  if (arguments.length === 0) {
    throw new (codes().ERR_MISSING_ARGS)('input');
  }
  input = `${input}`;
  const length = input.length;
  for (let i = 0; i < length; i++) {
    if (input.charCodeAt(i) > 0xFF) throw invalidCharacter('Invalid character');
  }
  let out = '';
  let parts = [];
  let i = 0;
  for (; i + 3 <= length; i += 3) {
    const bits = (input.charCodeAt(i) << 16) | (input.charCodeAt(i + 1) << 8) |
                 input.charCodeAt(i + 2);
    parts.push(kAlphabet[bits >> 18], kAlphabet[(bits >> 12) & 63],
               kAlphabet[(bits >> 6) & 63], kAlphabet[bits & 63]);
    if (parts.length >= kChunk) {
      out += parts.join('');
      parts = [];
    }
  }
  const left = length - i;
  if (left === 1) {
    const bits = input.charCodeAt(i) << 16;
    parts.push(kAlphabet[bits >> 18], kAlphabet[(bits >> 12) & 63], '==');
  } else if (left === 2) {
    const bits = (input.charCodeAt(i) << 16) | (input.charCodeAt(i + 1) << 8);
    parts.push(kAlphabet[bits >> 18], kAlphabet[(bits >> 12) & 63],
               kAlphabet[(bits >> 6) & 63], '=');
  }
  return out + parts.join('');
}

module.exports = { atob, btoa };
