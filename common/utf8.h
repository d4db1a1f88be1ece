// UTF-8 decoding shared by the core (TextDecoder) and the buffer plugin
// (buf.toString()).
#ifndef MOSAIC_COMMON_UTF8_H_
#define MOSAIC_COMMON_UTF8_H_

#include <stddef.h>
#include <stdint.h>
#include <string.h>

namespace mosaic {
namespace utf8 {

struct DecodeResult {
  size_t units;  // UTF-16 code units written
  bool wide;     // one of them is above 0xFF (else a one-byte string fits)
  bool invalid;  // some input was replaced with U+FFFD
};

// Decodes UTF-8 to UTF-16 as the WHATWG Encoding standard does, which is
// also what V8's String::NewFromUtf8 implements: each maximal invalid
// subsequence becomes one U+FFFD, and the byte that ended it is decoded
// again. One pass, ASCII runs eight bytes at a time (V8 10.2 scans the
// input twice). `out` must have room for `length` units, which is always
// enough.
inline DecodeResult Decode(const uint8_t* in, size_t length, char16_t* out) {
  size_t i = 0, o = 0;
  unsigned any = 0;  // OR of every non-ASCII unit: above 0xFF iff one is
  bool invalid = false;
  while (i < length) {
    const uint8_t b = in[i];
    if (b < 0x80) {
      for (; i + 8 <= length; i += 8, o += 8) {
        uint64_t word;
        memcpy(&word, in + i, 8);
        if (word & 0x8080808080808080ull) break;
        for (int k = 0; k < 8; k++) out[o + k] = in[i + k];
      }
      while (i < length && in[i] < 0x80) out[o++] = in[i++];
      continue;
    }
    // Two-byte sequences (accented Latin, Greek, Cyrillic...) first: the
    // most common, and cheapest without the general loop below.
    if (b >= 0xC2 && b <= 0xDF && i + 1 < length && (in[i + 1] & 0xC0) == 0x80) {
      const char16_t unit = static_cast<char16_t>(((b & 0x1F) << 6) | (in[i + 1] & 0x3F));
      any |= unit;
      out[o++] = unit;
      i += 2;
      continue;
    }
    // The lead byte: how many continuation bytes follow, its payload bits,
    // and the range of the first continuation (E0 and F0 exclude overlongs,
    // ED surrogates, F4 code points above U+10FFFF). 80..C1 and F5..FF lead
    // nothing.
    size_t needed = 0;
    uint32_t cp = 0;
    uint8_t lo = 0x80, hi = 0xBF;
    if (b >= 0xC2 && b <= 0xDF) {
      needed = 1;
      cp = b & 0x1F;
    } else if (b >= 0xE0 && b <= 0xEF) {
      needed = 2;
      cp = b & 0x0F;
      if (b == 0xE0) lo = 0xA0;
      if (b == 0xED) hi = 0x9F;
    } else if (b >= 0xF0 && b <= 0xF4) {
      needed = 3;
      cp = b & 0x07;
      if (b == 0xF0) lo = 0x90;
      if (b == 0xF4) hi = 0x8F;
    }
    // The whole sequence, or its longest valid prefix (which then counts as
    // one invalid subsequence).
    size_t used = 1;
    while (used <= needed && i + used < length && in[i + used] >= lo && in[i + used] <= hi) {
      cp = (cp << 6) | (in[i + used] & 0x3F);
      lo = 0x80;
      hi = 0xBF;
      used++;
    }
    i += used;
    if (used <= needed || needed == 0) {
      invalid = true;
      cp = 0xFFFD;
    } else if (cp > 0xFFFF) {
      out[o++] = static_cast<char16_t>(0xD800 + ((cp - 0x10000) >> 10));
      cp = 0xDC00 + (cp & 0x3FF);
    }
    any |= cp;
    out[o++] = static_cast<char16_t>(cp);
  }
  return {o, any > 0xFF, invalid};
}

}  // namespace utf8
}  // namespace mosaic

#endif  // MOSAIC_COMMON_UTF8_H_
