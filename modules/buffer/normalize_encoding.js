'use strict';

// Node's normalizeEncoding: the canonical name, or undefined.
const kNormalized = {
  __proto__: null,
  'utf8': 'utf8', 'utf-8': 'utf8',
  'ucs2': 'utf16le', 'ucs-2': 'utf16le', 'utf16le': 'utf16le', 'utf-16le': 'utf16le',
  'latin1': 'latin1', 'binary': 'latin1',
  'base64': 'base64', 'base64url': 'base64url',
  'hex': 'hex', 'ascii': 'ascii',
};
function normalizeEncoding(enc) {
  if (enc == null || enc === 'utf8' || enc === 'utf-8') return 'utf8';
  const length = enc.length;
  if (length >= 3 && length <= 9) {
    if (typeof enc === 'string' && kNormalized[enc] !== undefined) return kNormalized[enc];
    const lower = `${enc}`.toLowerCase();
    if (lower.length === length) return kNormalized[lower];
    return undefined;
  }
  if (enc === '') return 'utf8';
  return undefined;
}

module.exports = { normalizeEncoding };
