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

inline bool IsContinuation(uint8_t b) { return (b & 0xC0) == 0x80; }

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
    char16_t unit = 0xFFFD;
    size_t used = 1;
    bool ok = false;
    if (b >= 0xC2 && b <= 0xDF) {
      if (i + 1 < length && IsContinuation(in[i + 1])) {
        unit = static_cast<char16_t>(((b & 0x1F) << 6) | (in[i + 1] & 0x3F));
        used = 2;
        ok = true;
      }
    } else if (b >= 0xE0 && b <= 0xEF) {
      // E0 needs A0..BF next (no overlongs), ED needs 80..9F (no surrogates).
      const uint8_t lo = b == 0xE0 ? 0xA0 : 0x80, hi = b == 0xED ? 0x9F : 0xBF;
      if (i + 1 < length && in[i + 1] >= lo && in[i + 1] <= hi) {
        used = 2;
        if (i + 2 < length && IsContinuation(in[i + 2])) {
          unit = static_cast<char16_t>(((b & 0x0F) << 12) | ((in[i + 1] & 0x3F) << 6) |
                                       (in[i + 2] & 0x3F));
          used = 3;
          ok = true;
        }
      }
    } else if (b >= 0xF0 && b <= 0xF4) {
      // F0 needs 90..BF next (no overlongs), F4 needs 80..8F (<= U+10FFFF).
      const uint8_t lo = b == 0xF0 ? 0x90 : 0x80, hi = b == 0xF4 ? 0x8F : 0xBF;
      if (i + 1 < length && in[i + 1] >= lo && in[i + 1] <= hi) {
        used = 2;
        if (i + 2 < length && IsContinuation(in[i + 2])) {
          used = 3;
          if (i + 3 < length && IsContinuation(in[i + 3])) {
            const uint32_t cp = ((b & 0x07) << 18) | ((in[i + 1] & 0x3F) << 12) |
                                ((in[i + 2] & 0x3F) << 6) | (in[i + 3] & 0x3F);
            out[o++] = static_cast<char16_t>(0xD800 + ((cp - 0x10000) >> 10));
            unit = static_cast<char16_t>(0xDC00 + (cp & 0x3FF));
            used = 4;
            ok = true;
          }
        }
      }
    }
    invalid |= !ok;
    any |= unit;
    out[o++] = unit;
    i += used;
  }
  return {o, any > 0xFF, invalid};
}

}  // namespace utf8
}  // namespace mosaic

#endif  // MOSAIC_COMMON_UTF8_H_
