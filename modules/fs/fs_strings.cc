// Fast bytes -> JS string conversion for file contents.
//
// napi_create_string_utf8 goes through V8's general UTF-8 decoder, several
// nanoseconds per byte. File contents are usually ASCII: those become a
// one-byte string with a plain copy (napi_create_string_latin1). Anything
// else is transcoded here to UTF-16 (napi_create_string_utf16 then copies),
// replacing ill-formed sequences exactly like the WHATWG decoder (and V8,
// and Buffer#toString) do: one U+FFFD per maximal subpart.
#include <stdlib.h>
#include <string.h>

#include "fs_common.h"

namespace mosaic_fs {

bool IsAscii(const char* data, size_t len);

namespace {

}  // namespace

bool IsAscii(const char* data, size_t len) {
  const unsigned char* p = reinterpret_cast<const unsigned char*>(data);
  size_t i = 0;
  // Word at a time; the OR-reduction vectorises well.
  uint64_t acc = 0;
  for (; i + 32 <= len; i += 32) {
    uint64_t a, b, c, d;
    memcpy(&a, p + i, 8);
    memcpy(&b, p + i + 8, 8);
    memcpy(&c, p + i + 16, 8);
    memcpy(&d, p + i + 24, 8);
    acc |= a | b | c | d;
    if ((i & 4095) == 0 && (acc & 0x8080808080808080ULL)) return false;
  }
  if (acc & 0x8080808080808080ULL) return false;
  unsigned char tail = 0;
  for (; i < len; i++) tail |= p[i];
  return (tail & 0x80) == 0;
}

namespace {

// UTF-8 -> UTF-16 with WHATWG replacement. `out` must hold `len` units.
size_t Utf8ToUtf16(const unsigned char* in, size_t len, char16_t* out) {
  size_t o = 0;
  size_t i = 0;
  while (i < len) {
    // ASCII run, 8 at a time.
    while (i + 8 <= len) {
      uint64_t w;
      memcpy(&w, in + i, 8);
      if (w & 0x8080808080808080ULL) break;
      for (int k = 0; k < 8; k++) out[o + k] = in[i + k];
      o += 8;
      i += 8;
    }
    if (i >= len) break;
    unsigned char b = in[i];
    if (b < 0x80) {
      out[o++] = b;
      i++;
      continue;
    }
    int needed;
    uint32_t cp;
    unsigned char lower = 0x80;
    unsigned char upper = 0xBF;
    if (b >= 0xC2 && b <= 0xDF) {
      needed = 1;
      cp = b & 0x1F;
    } else if (b >= 0xE0 && b <= 0xEF) {
      if (b == 0xE0) lower = 0xA0;
      if (b == 0xED) upper = 0x9F;
      needed = 2;
      cp = b & 0x0F;
    } else if (b >= 0xF0 && b <= 0xF4) {
      if (b == 0xF0) lower = 0x90;
      if (b == 0xF4) upper = 0x8F;
      needed = 3;
      cp = b & 0x07;
    } else {
      out[o++] = 0xFFFD;
      i++;
      continue;
    }
    i++;
    bool bad = false;
    for (int k = 0; k < needed; k++) {
      if (i >= len) {
        bad = true;
        break;
      }
      unsigned char c = in[i];
      if (c < lower || c > upper) {
        bad = true;  // c is reprocessed as the start of the next sequence
        break;
      }
      lower = 0x80;
      upper = 0xBF;
      cp = (cp << 6) | (c & 0x3F);
      i++;
    }
    if (bad) {
      out[o++] = 0xFFFD;
      continue;
    }
    if (cp >= 0x10000) {
      cp -= 0x10000;
      out[o++] = static_cast<char16_t>(0xD800 + (cp >> 10));
      out[o++] = static_cast<char16_t>(0xDC00 + (cp & 0x3FF));
    } else {
      out[o++] = static_cast<char16_t>(cp);
    }
  }
  return o;
}

}  // namespace

napi_status MakeUtf8String(napi_env env, const char* data, size_t len, napi_value* result) {
  if (len == 0) return napi_create_string_latin1(env, "", 0, result);
  if (IsAscii(data, len)) return napi_create_string_latin1(env, data, len, result);
  if (len < 4096) return napi_create_string_utf8(env, data, len, result);
  char16_t* units = static_cast<char16_t*>(malloc(len * sizeof(char16_t)));
  if (units == nullptr) return napi_create_string_utf8(env, data, len, result);
  size_t n = Utf8ToUtf16(reinterpret_cast<const unsigned char*>(data), len, units);
  napi_status s = napi_create_string_utf16(env, units, n, result);
  free(units);
  return s;
}

}  // namespace mosaic_fs
