// The native half of the `buffer` plugin: the byte-crunching hot paths of
// Buffer (string encoding and decoding, search, fill, compare, byte swaps,
// UTF-8 / ASCII validation). Node-API only (NAPI_VERSION 8), no core headers.
//
// Every function trusts buffer.js to have validated and clamped its
// arguments (offsets are integers inside the view), but still never reads or
// writes outside the views it is given.
//
// Encodings are small integers shared with buffer.js (kEnc* below).
//
// Strings are read with napi_get_value_string_{latin1,utf8,utf16}, which, like
// V8's String::Write*, always append a NUL after what they copied. When we
// copy straight into a Buffer that terminator would land on a byte we must
// not touch, so the writers below either save and restore that byte, leave
// the last character to a String.prototype.charCodeAt call, or go through a
// temporary buffer (see WriteLatin1 / WriteUtf8 / WriteUcs2).

#define NAPI_VERSION 8
#include <node_api.h>

#include "common/utf8.h"
#include "sdk/mosaic_plugin.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>

#include <algorithm>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define MOSAIC_BUFFER_X86_SIMD 1
#include <immintrin.h>
#endif

namespace {

enum Encoding : int32_t {
  kEncUtf8 = 0,
  kEncUcs2 = 1,
  kEncLatin1 = 2,
  kEncAscii = 3,
  kEncBase64 = 4,
  kEncBase64Url = 5,
  kEncHex = 6,
};

// v8::String::kMaxLength on 64-bit hosts (buffer.constants.MAX_STRING_LENGTH).
constexpr size_t kMaxStringLength = (size_t{1} << 29) - 24;

// From this size on a result string is handed to the runtime as an
// external string (its bytes stay in malloc'd memory) instead of being
// copied into the JS heap, where V8 maps every object over 128 KiB on its
// own pages and faults them in anew each time.
constexpr size_t kExternalStringMin = size_t{128} << 10;

// ---------------------------------------------------------------------------
// Small utilities

struct InstanceData {
  napi_ref char_code_at = nullptr;  // String.prototype.charCodeAt
};

void DeleteInstanceData(napi_env env, void* data, void* /*hint*/) {
  InstanceData* d = static_cast<InstanceData*>(data);
  if (d->char_code_at != nullptr) napi_delete_reference(env, d->char_code_at);
  delete d;
}

// Throws an Error carrying `code` (like node's C++ THROW_ERR_* helpers:
// plain Error/TypeError/RangeError objects with an own `code`).
napi_value ThrowCoded(napi_env env, const char* kind, const char* code,
                      const char* message) {
  bool pending = false;
  napi_is_exception_pending(env, &pending);
  if (pending) return nullptr;
  if (kind[0] == 'T') {
    napi_throw_type_error(env, code, message);
  } else if (kind[0] == 'R') {
    napi_throw_range_error(env, code, message);
  } else {
    napi_throw_error(env, code, message);
  }
  return nullptr;
}

// Turns a failed Node-API call into a JS exception (unless one is pending).
napi_value Fail(napi_env env) {
  bool pending = false;
  napi_is_exception_pending(env, &pending);
  if (pending) return nullptr;
  const napi_extended_error_info* info = nullptr;
  napi_get_last_error_info(env, &info);
  const char* msg = (info != nullptr && info->error_message != nullptr)
                        ? info->error_message
                        : "Node-API call failed";
  napi_throw_error(env, "ERR_MOSAIC_BUFFER_INTERNAL", msg);
  return nullptr;
}

#define CALL(env, expr)                 \
  do {                                  \
    if ((expr) != napi_ok) return Fail(env); \
  } while (0)

napi_value StringTooLong(napi_env env) {
  char message[80];
  snprintf(message, sizeof(message),
           "Cannot create a string longer than 0x%zx characters",
           kMaxStringLength);
  return ThrowCoded(env, "Error", "ERR_STRING_TOO_LONG", message);
}

napi_value OutOfMemory(napi_env env) {
  return ThrowCoded(env, "RangeError", "ERR_MEMORY_ALLOCATION_FAILED",
                    "Failed to allocate memory");
}

// A scratch buffer: inline for small sizes; beyond that a per-thread block
// that is kept for the next call (up to kMaxCachedScratch, so big
// conversions do not pay for fresh pages every time), or malloc() when that
// block is already in use or the size is larger still.
constexpr size_t kMaxCachedScratch = size_t{4} << 20;

struct ScratchCache {
  char* data = nullptr;
  size_t size = 0;
  bool in_use = false;
  ~ScratchCache() { free(data); }
};
thread_local ScratchCache scratch_cache;

class Temp {
 public:
  explicit Temp(size_t size) {
    if (size <= sizeof(inline_)) {
      ptr_ = inline_;
    } else if (size <= kMaxCachedScratch && !scratch_cache.in_use) {
      if (scratch_cache.size < size) {
        free(scratch_cache.data);
        scratch_cache.data = static_cast<char*>(malloc(size));
        scratch_cache.size = scratch_cache.data == nullptr ? 0 : size;
      }
      ptr_ = scratch_cache.data;
      cached_ = ptr_ != nullptr;
      scratch_cache.in_use = cached_;
    } else {
      ptr_ = static_cast<char*>(malloc(size));
    }
  }
  ~Temp() {
    if (cached_) {
      scratch_cache.in_use = false;
    } else if (ptr_ != inline_) {
      free(ptr_);
    }
  }
  Temp(const Temp&) = delete;
  Temp& operator=(const Temp&) = delete;
  bool ok() const { return ptr_ != nullptr; }
  char* get() { return ptr_; }

 private:
  alignas(16) char inline_[16384];
  char* ptr_;
  bool cached_ = false;
};

template <size_t N>
struct Args {
  napi_value argv[N];
  size_t argc = N;
  napi_value self = nullptr;
  bool Load(napi_env env, napi_callback_info info) {
    return napi_get_cb_info(env, info, &argc, argv, &self, nullptr) == napi_ok;
  }
};

struct Bytes {
  uint8_t* data = nullptr;
  size_t length = 0;
};

// The bytes of any ArrayBufferView (typed array or DataView). One
// napi_get_buffer_info call: it accepts every view and reports its length
// in bytes, where napi_get_typedarray_info would also classify the type.
bool GetView(napi_env env, napi_value value, Bytes* out) {
  void* data = nullptr;
  size_t length = 0;
  if (napi_get_buffer_info(env, value, &data, &length) != napi_ok) return false;
  out->data = static_cast<uint8_t*>(data);
  out->length = data == nullptr ? 0 : length;
  return true;
}

// Like GetView, also accepting (Shared)ArrayBuffers.
bool GetBytesOrArrayBuffer(napi_env env, napi_value value, Bytes* out) {
  if (GetView(env, value, out)) return true;
  bool is_ab = false;
  if (napi_is_arraybuffer(env, value, &is_ab) == napi_ok && is_ab) {
    void* data = nullptr;
    size_t length = 0;
    if (napi_get_arraybuffer_info(env, value, &data, &length) == napi_ok) {
      out->data = static_cast<uint8_t*>(data);
      out->length = data == nullptr ? 0 : length;
      return true;
    }
  }
  return false;
}

napi_value ThrowNotView(napi_env env) {
  return ThrowCoded(env, "TypeError", "ERR_INVALID_ARG_TYPE",
                    "argument must be a buffer");
}

// An integer argument (buffer.js passes integral numbers); anything else -> def.
int64_t ToInt64(napi_env env, napi_value value, int64_t def) {
  int64_t result;
  if (napi_get_value_int64(env, value, &result) != napi_ok) return def;
  return result;
}

// Clamps [start, end) into [0, length].
void ClampRange(int64_t* start, int64_t* end, size_t length) {
  int64_t len = static_cast<int64_t>(length);
  if (*start < 0) *start = 0;
  if (*start > len) *start = len;
  if (*end > len) *end = len;
  if (*end < *start) *end = *start;
}

bool GetBool(napi_env env, napi_value value) {
  bool result = false;
  if (napi_get_value_bool(env, value, &result) != napi_ok) return false;
  return result;
}

napi_value Number(napi_env env, double value) {
  napi_value result;
  if (napi_create_double(env, value, &result) != napi_ok) return Fail(env);
  return result;
}

napi_value Int(napi_env env, int64_t value) {
  napi_value result;
  if (napi_create_int64(env, value, &result) != napi_ok) return Fail(env);
  return result;
}

napi_value Bool(napi_env env, bool value) {
  napi_value result;
  if (napi_get_boolean(env, value, &result) != napi_ok) return Fail(env);
  return result;
}

size_t StringLength(napi_env env, napi_value str) {
  size_t length = 0;
  napi_get_value_string_utf16(env, str, nullptr, 0, &length);
  return length;
}

// String.prototype.charCodeAt.call(str, index).
bool CharCodeAt(napi_env env, napi_value str, size_t index, uint32_t* out) {
  InstanceData* data = nullptr;
  if (napi_get_instance_data(env, reinterpret_cast<void**>(&data)) != napi_ok ||
      data == nullptr || data->char_code_at == nullptr) {
    return false;
  }
  napi_value fn;
  napi_value arg;
  napi_value result;
  if (napi_get_reference_value(env, data->char_code_at, &fn) != napi_ok ||
      napi_create_double(env, static_cast<double>(index), &arg) != napi_ok ||
      napi_call_function(env, str, fn, 1, &arg, &result) != napi_ok ||
      napi_get_value_uint32(env, result, out) != napi_ok) {
    return false;
  }
  return true;
}

// Bytes of the ArrayBuffer behind `view` from `view[offset]` to its end (so
// memory just past the view can be borrowed for a NUL terminator); 0 when
// unknown (e.g. a SharedArrayBuffer).
size_t RoomAfter(napi_env env, napi_value view, size_t offset) {
  if (view == nullptr) return 0;
  napi_value ab;
  size_t byte_offset = 0;
  size_t ab_length = 0;
  if (napi_get_typedarray_info(env, view, nullptr, nullptr, nullptr, &ab,
                               &byte_offset) != napi_ok ||
      napi_get_arraybuffer_info(env, ab, nullptr, &ab_length) != napi_ok) {
    return 0;
  }
  size_t start = byte_offset + offset;
  return ab_length > start ? ab_length - start : 0;
}

// ---------------------------------------------------------------------------
// Scanning helpers

inline bool IsAscii(const uint8_t* data, size_t length) {
  size_t i = 0;
#ifdef MOSAIC_BUFFER_X86_SIMD
  // SSE2 is part of x86-64.
  for (; i + 64 <= length; i += 64) {
    const __m128i* p = reinterpret_cast<const __m128i*>(data + i);
    const __m128i v = _mm_or_si128(_mm_or_si128(_mm_loadu_si128(p), _mm_loadu_si128(p + 1)),
                                   _mm_or_si128(_mm_loadu_si128(p + 2), _mm_loadu_si128(p + 3)));
    if (_mm_movemask_epi8(v) != 0) return false;
  }
#endif
  uint64_t acc = 0;
  for (; i + 32 <= length; i += 32) {
    uint64_t a, b, c, d;
    memcpy(&a, data + i, 8);
    memcpy(&b, data + i + 8, 8);
    memcpy(&c, data + i + 16, 8);
    memcpy(&d, data + i + 24, 8);
    if ((a | b | c | d) & 0x8080808080808080ull) return false;
  }
  for (; i + 8 <= length; i += 8) {
    uint64_t a;
    memcpy(&a, data + i, 8);
    acc |= a;
  }
  if (acc & 0x8080808080808080ull) return false;
  uint8_t tail = 0;
  for (; i < length; i++) tail |= data[i];
  return (tail & 0x80) == 0;
}

bool IsValidUtf8(const uint8_t* s, size_t n) {
  size_t i = 0;
  while (i < n) {
    if (i + 16 <= n) {
      uint64_t a, b;
      memcpy(&a, s + i, 8);
      memcpy(&b, s + i + 8, 8);
      if (((a | b) & 0x8080808080808080ull) == 0) {
        i += 16;
        continue;
      }
    }
    uint8_t c = s[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    if (c < 0xC2) return false;
    if (c < 0xE0) {
      if (i + 1 >= n || (s[i + 1] & 0xC0) != 0x80) return false;
      i += 2;
      continue;
    }
    if (c < 0xF0) {
      if (i + 2 >= n) return false;
      uint8_t c1 = s[i + 1];
      if ((c1 & 0xC0) != 0x80 || (s[i + 2] & 0xC0) != 0x80) return false;
      if (c == 0xE0 && c1 < 0xA0) return false;  // overlong
      if (c == 0xED && c1 > 0x9F) return false;  // surrogate
      i += 3;
      continue;
    }
    if (c < 0xF5) {
      if (i + 3 >= n) return false;
      uint8_t c1 = s[i + 1];
      if ((c1 & 0xC0) != 0x80 || (s[i + 2] & 0xC0) != 0x80 ||
          (s[i + 3] & 0xC0) != 0x80) {
        return false;
      }
      if (c == 0xF0 && c1 < 0x90) return false;  // overlong
      if (c == 0xF4 && c1 > 0x8F) return false;  // > U+10FFFF
      i += 4;
      continue;
    }
    return false;
  }
  return true;
}

// ---------------------------------------------------------------------------
// hex and base64 tables

const char kHexDigits[] = "0123456789abcdef";

struct CodecTables {
  uint16_t pair[256];      // byte -> its two hex digits (memory order)
  uint16_t hex_hi[256];    // hex digit -> value << 4, 0x100 when invalid
  uint16_t hex_lo[256];    // hex digit -> value, 0x100 when invalid
  uint8_t unbase64[256];   // char -> 6 bits, 255 when in neither alphabet
  uint32_t b64d[4][256];   // char -> 6 bits shifted into place for position
                           // 0..3 of a group; kBadChar when invalid
  uint16_t b64e[2][4096];  // 12 bits -> two base64 chars (std, url)
  CodecTables() {
    for (int i = 0; i < 256; i++) {
      char two[2] = {kHexDigits[i >> 4], kHexDigits[i & 15]};
      memcpy(&pair[i], two, 2);
      hex_hi[i] = hex_lo[i] = 0x100;
      unbase64[i] = 255;
      for (int p = 0; p < 4; p++) b64d[p][i] = kBadChar;
    }
    for (int i = 0; i < 16; i++) {
      const int upper = i < 10 ? '0' + i : 'A' + i - 10;
      const int lower = i < 10 ? '0' + i : 'a' + i - 10;
      hex_hi[upper] = hex_hi[lower] = static_cast<uint16_t>(i << 4);
      hex_lo[upper] = hex_lo[lower] = static_cast<uint16_t>(i);
    }
    const char* alphabets[2] = {
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"};
    for (int a = 0; a < 2; a++) {
      for (int v = 0; v < 64; v++) {
        const uint8_t c = static_cast<uint8_t>(alphabets[a][v]);
        unbase64[c] = static_cast<uint8_t>(v);
        b64d[0][c] = static_cast<uint32_t>(v) << 18;
        b64d[1][c] = static_cast<uint32_t>(v) << 12;
        b64d[2][c] = static_cast<uint32_t>(v) << 6;
        b64d[3][c] = static_cast<uint32_t>(v);
      }
      for (int v = 0; v < 4096; v++) {
        char two[2] = {alphabets[a][v >> 6], alphabets[a][v & 63]};
        memcpy(&b64e[a][v], two, 2);
      }
    }
  }
  static constexpr uint32_t kBadChar = 0x01000000;
};

const CodecTables& Tables() {
  static const CodecTables tables;
  return tables;
}

const char kBase64Table[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const char kBase64UrlTable[] =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";


// ---------------------------------------------------------------------------
// SSSE3 kernels (x86-64; picked at run time, scalar code handles the rest)
//
// Each kernel converts one fixed-size block and reports failure on input
// the scalar code must look at (invalid characters), so results are always
// those of the scalar algorithms.

#ifdef MOSAIC_BUFFER_X86_SIMD

bool HasSsse3() {
  static const bool has = [] {
    __builtin_cpu_init();
    return __builtin_cpu_supports("ssse3") != 0;
  }();
  return has;
}

#define SSSE3 __attribute__((target("ssse3")))

// 12 bytes (16 read) -> 16 base64 characters (W. Mula's method).
SSSE3 inline void Base64EncodeBlock(const uint8_t* src, char* dst, __m128i shift_lut) {
  __m128i in = _mm_loadu_si128(reinterpret_cast<const __m128i*>(src));
  in = _mm_shuffle_epi8(in, _mm_set_epi8(10, 11, 9, 10, 7, 8, 6, 7, 4, 5, 3, 4, 1, 2, 0, 1));
  const __m128i t0 = _mm_and_si128(in, _mm_set1_epi32(0x0fc0fc00));
  const __m128i t1 = _mm_mulhi_epu16(t0, _mm_set1_epi32(0x04000040));
  const __m128i t2 = _mm_and_si128(in, _mm_set1_epi32(0x003f03f0));
  const __m128i t3 = _mm_mullo_epi16(t2, _mm_set1_epi32(0x01000010));
  const __m128i indices = _mm_or_si128(t1, t3);  // sixteen 6-bit values
  // 0..25 -> 13, 26..51 -> 0, 52..61 -> 1..10, 62 -> 11, 63 -> 12; then
  // add the per-range offset from shift_lut.
  __m128i range = _mm_subs_epu8(indices, _mm_set1_epi8(51));
  const __m128i upper = _mm_cmpgt_epi8(_mm_set1_epi8(26), indices);
  range = _mm_or_si128(range, _mm_and_si128(upper, _mm_set1_epi8(13)));
  const __m128i out = _mm_add_epi8(_mm_shuffle_epi8(shift_lut, range), indices);
  _mm_storeu_si128(reinterpret_cast<__m128i*>(dst), out);
}

// Encodes while at least 16 input bytes remain; returns input consumed
// (a multiple of 3). *k advances by 4/3 of it.
SSSE3 size_t Base64EncodeSimd(const uint8_t* src, size_t n, char* dst, bool url, size_t* k) {
  const __m128i shift_lut = url ?
    _mm_setr_epi8('a' - 26, '0' - 52, '0' - 52, '0' - 52, '0' - 52, '0' - 52, '0' - 52,
                  '0' - 52, '0' - 52, '0' - 52, '0' - 52, '-' - 62, '_' - 63, 'A', 0, 0) :
    _mm_setr_epi8('a' - 26, '0' - 52, '0' - 52, '0' - 52, '0' - 52, '0' - 52, '0' - 52,
                  '0' - 52, '0' - 52, '0' - 52, '0' - 52, '+' - 62, '/' - 63, 'A', 0, 0);
  size_t i = 0;
  for (; i + 16 <= n; i += 12, *k += 16) Base64EncodeBlock(src + i, dst + *k, shift_lut);
  return i;
}

SSSE3 __attribute__((always_inline)) inline __m128i InRange(__m128i v, char lo, char hi) {
  return _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(static_cast<char>(lo - 1))),
                       _mm_cmpgt_epi8(_mm_set1_epi8(static_cast<char>(hi + 1)), v));
}

// 16 characters of either base64 alphabet -> 12 bytes; false (nothing
// written) if any character is outside both alphabets.
SSSE3 __attribute__((always_inline)) inline bool Base64DecodeBlock(const uint8_t* src,
                                                                   uint8_t* dst) {
  const __m128i c = _mm_loadu_si128(reinterpret_cast<const __m128i*>(src));
  // Bytes >= 0x80 are negative here and fall outside every range.
  const __m128i upper = InRange(c, 'A', 'Z');
  const __m128i lower = InRange(c, 'a', 'z');
  const __m128i digit = InRange(c, '0', '9');
  const __m128i v62 = _mm_or_si128(_mm_cmpeq_epi8(c, _mm_set1_epi8('+')),
                                   _mm_cmpeq_epi8(c, _mm_set1_epi8('-')));
  const __m128i v63 = _mm_or_si128(_mm_cmpeq_epi8(c, _mm_set1_epi8('/')),
                                   _mm_cmpeq_epi8(c, _mm_set1_epi8('_')));
  const __m128i valid = _mm_or_si128(_mm_or_si128(upper, lower),
                                     _mm_or_si128(digit, _mm_or_si128(v62, v63)));
  if (_mm_movemask_epi8(valid) != 0xFFFF) return false;
  __m128i values = _mm_and_si128(upper, _mm_sub_epi8(c, _mm_set1_epi8('A')));
  values = _mm_or_si128(values, _mm_and_si128(lower, _mm_sub_epi8(c, _mm_set1_epi8('a' - 26))));
  values = _mm_or_si128(values, _mm_and_si128(digit, _mm_add_epi8(c, _mm_set1_epi8(52 - '0'))));
  values = _mm_or_si128(values, _mm_and_si128(v62, _mm_set1_epi8(62)));
  values = _mm_or_si128(values, _mm_and_si128(v63, _mm_set1_epi8(63)));
  // Four 6-bit values per 32-bit lane -> 24 bits -> 3 bytes, big-endian.
  const __m128i ab_cd = _mm_maddubs_epi16(values, _mm_set1_epi32(0x01400140));
  const __m128i abcd = _mm_madd_epi16(ab_cd, _mm_set1_epi32(0x00011000));
  const __m128i out = _mm_shuffle_epi8(
      abcd, _mm_setr_epi8(2, 1, 0, 6, 5, 4, 10, 9, 8, 14, 13, 12, -1, -1, -1, -1));
  _mm_storel_epi64(reinterpret_cast<__m128i*>(dst), out);
  const uint32_t tail = static_cast<uint32_t>(_mm_cvtsi128_si32(_mm_srli_si128(out, 8)));
  memcpy(dst + 8, &tail, 4);
  return true;
}

// Decodes clean 16-character blocks while i + 16 <= max_i and
// k + 12 <= max_k; stops at the first block with other characters.
SSSE3 void Base64DecodeSimd(const uint8_t* src, uint8_t* dst, size_t* i, size_t* k,
                            size_t max_i, size_t max_k) {
  size_t ii = *i;
  size_t kk = *k;
  while (ii + 16 <= max_i && kk + 12 <= max_k && Base64DecodeBlock(src + ii, dst + kk)) {
    ii += 16;
    kk += 12;
  }
  *i = ii;
  *k = kk;
}

// 16 bytes -> 32 hex digits.
SSSE3 void HexEncodeSimd(const uint8_t* src, size_t n, char* dst, size_t* done) {
  const __m128i lut = _mm_setr_epi8('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b',
                                    'c', 'd', 'e', 'f');
  const __m128i mask = _mm_set1_epi8(0x0F);
  size_t i = 0;
  for (; i + 16 <= n; i += 16) {
    const __m128i in = _mm_loadu_si128(reinterpret_cast<const __m128i*>(src + i));
    const __m128i hi = _mm_shuffle_epi8(lut, _mm_and_si128(_mm_srli_epi16(in, 4), mask));
    const __m128i lo = _mm_shuffle_epi8(lut, _mm_and_si128(in, mask));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(dst + 2 * i), _mm_unpacklo_epi8(hi, lo));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(dst + 2 * i + 16), _mm_unpackhi_epi8(hi, lo));
  }
  *done = i;
}

// 16 hex digits -> their nibble values; false if any is not a hex digit.
SSSE3 inline bool HexNibbles(__m128i c, __m128i* out) {
  const __m128i digit = InRange(c, '0', '9');
  const __m128i lower = InRange(c, 'a', 'f');
  const __m128i upper = InRange(c, 'A', 'F');
  if (_mm_movemask_epi8(_mm_or_si128(digit, _mm_or_si128(lower, upper))) != 0xFFFF) {
    return false;
  }
  __m128i v = _mm_and_si128(digit, _mm_sub_epi8(c, _mm_set1_epi8('0')));
  v = _mm_or_si128(v, _mm_and_si128(lower, _mm_sub_epi8(c, _mm_set1_epi8('a' - 10))));
  v = _mm_or_si128(v, _mm_and_si128(upper, _mm_sub_epi8(c, _mm_set1_epi8('A' - 10))));
  *out = v;
  return true;
}

// Decodes 16-byte blocks (32 digits) while they are valid; returns the
// number of bytes decoded (the scalar code continues from there).
SSSE3 size_t HexDecodeSimd(uint8_t* dst, size_t n, const uint8_t* src) {
  const __m128i weights = _mm_set1_epi16(0x0110);  // (16, 1) per digit pair
  size_t i = 0;
  for (; i + 16 <= n; i += 16) {
    __m128i a, b;
    if (!HexNibbles(_mm_loadu_si128(reinterpret_cast<const __m128i*>(src + 2 * i)), &a) ||
        !HexNibbles(_mm_loadu_si128(reinterpret_cast<const __m128i*>(src + 2 * i + 16)), &b)) {
      break;
    }
    const __m128i out = _mm_packus_epi16(_mm_maddubs_epi16(a, weights),
                                         _mm_maddubs_epi16(b, weights));
    _mm_storeu_si128(reinterpret_cast<__m128i*>(dst + i), out);
  }
  return i;
}

#undef SSSE3

// AVX2 versions of the base64 kernels: two 16-character blocks per step.

bool HasAvx2() {
  static const bool has = [] {
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx2") != 0;
  }();
  return has;
}

#define AVX2 __attribute__((target("avx2")))

AVX2 __attribute__((always_inline)) inline __m256i InRange256(__m256i v, char lo, char hi) {
  return _mm256_and_si256(_mm256_cmpgt_epi8(v, _mm256_set1_epi8(static_cast<char>(lo - 1))),
                          _mm256_cmpgt_epi8(_mm256_set1_epi8(static_cast<char>(hi + 1)), v));
}

// Encodes 24 bytes (28 read) -> 32 characters per step while at least 28
// input bytes remain; returns input consumed, advancing *k.
AVX2 size_t Base64EncodeAvx2(const uint8_t* src, size_t n, char* dst, bool url, size_t* k) {
  const __m128i lut128 = url ?
    _mm_setr_epi8('a' - 26, '0' - 52, '0' - 52, '0' - 52, '0' - 52, '0' - 52, '0' - 52,
                  '0' - 52, '0' - 52, '0' - 52, '0' - 52, '-' - 62, '_' - 63, 'A', 0, 0) :
    _mm_setr_epi8('a' - 26, '0' - 52, '0' - 52, '0' - 52, '0' - 52, '0' - 52, '0' - 52,
                  '0' - 52, '0' - 52, '0' - 52, '0' - 52, '+' - 62, '/' - 63, 'A', 0, 0);
  const __m256i shift_lut = _mm256_broadcastsi128_si256(lut128);
  const __m256i shuf = _mm256_broadcastsi128_si256(
      _mm_set_epi8(10, 11, 9, 10, 7, 8, 6, 7, 4, 5, 3, 4, 1, 2, 0, 1));
  size_t i = 0;
  size_t kk = *k;
  for (; i + 28 <= n; i += 24, kk += 32) {
    const __m128i lo = _mm_loadu_si128(reinterpret_cast<const __m128i*>(src + i));
    const __m128i hi = _mm_loadu_si128(reinterpret_cast<const __m128i*>(src + i + 12));
    __m256i in = _mm256_inserti128_si256(_mm256_castsi128_si256(lo), hi, 1);
    in = _mm256_shuffle_epi8(in, shuf);
    const __m256i t0 = _mm256_and_si256(in, _mm256_set1_epi32(0x0fc0fc00));
    const __m256i t1 = _mm256_mulhi_epu16(t0, _mm256_set1_epi32(0x04000040));
    const __m256i t2 = _mm256_and_si256(in, _mm256_set1_epi32(0x003f03f0));
    const __m256i t3 = _mm256_mullo_epi16(t2, _mm256_set1_epi32(0x01000010));
    const __m256i indices = _mm256_or_si256(t1, t3);
    __m256i range = _mm256_subs_epu8(indices, _mm256_set1_epi8(51));
    const __m256i upper = _mm256_cmpgt_epi8(_mm256_set1_epi8(26), indices);
    range = _mm256_or_si256(range, _mm256_and_si256(upper, _mm256_set1_epi8(13)));
    const __m256i out = _mm256_add_epi8(_mm256_shuffle_epi8(shift_lut, range), indices);
    _mm256_storeu_si256(reinterpret_cast<__m256i*>(dst + kk), out);
  }
  *k = kk;
  return i;
}

// Decodes clean 32-character blocks while i + 32 <= max_i and
// k + 24 <= max_k.
AVX2 void Base64DecodeAvx2(const uint8_t* src, uint8_t* dst, size_t* i, size_t* k,
                           size_t max_i, size_t max_k) {
  size_t ii = *i;
  size_t kk = *k;
  const __m256i pack_shuffle = _mm256_broadcastsi128_si256(
      _mm_setr_epi8(2, 1, 0, 6, 5, 4, 10, 9, 8, 14, 13, 12, -1, -1, -1, -1));
  const __m256i compact = _mm256_setr_epi32(0, 1, 2, 4, 5, 6, 3, 7);
  while (ii + 32 <= max_i && kk + 24 <= max_k) {
    const __m256i c = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(src + ii));
    const __m256i upper = InRange256(c, 'A', 'Z');
    const __m256i lower = InRange256(c, 'a', 'z');
    const __m256i digit = InRange256(c, '0', '9');
    const __m256i v62 = _mm256_or_si256(_mm256_cmpeq_epi8(c, _mm256_set1_epi8('+')),
                                        _mm256_cmpeq_epi8(c, _mm256_set1_epi8('-')));
    const __m256i v63 = _mm256_or_si256(_mm256_cmpeq_epi8(c, _mm256_set1_epi8('/')),
                                        _mm256_cmpeq_epi8(c, _mm256_set1_epi8('_')));
    const __m256i valid = _mm256_or_si256(_mm256_or_si256(upper, lower),
                                          _mm256_or_si256(digit, _mm256_or_si256(v62, v63)));
    if (_mm256_movemask_epi8(valid) != -1) break;
    __m256i values = _mm256_and_si256(upper, _mm256_sub_epi8(c, _mm256_set1_epi8('A')));
    values = _mm256_or_si256(
        values, _mm256_and_si256(lower, _mm256_sub_epi8(c, _mm256_set1_epi8('a' - 26))));
    values = _mm256_or_si256(
        values, _mm256_and_si256(digit, _mm256_add_epi8(c, _mm256_set1_epi8(52 - '0'))));
    values = _mm256_or_si256(values, _mm256_and_si256(v62, _mm256_set1_epi8(62)));
    values = _mm256_or_si256(values, _mm256_and_si256(v63, _mm256_set1_epi8(63)));
    const __m256i ab_cd = _mm256_maddubs_epi16(values, _mm256_set1_epi32(0x01400140));
    const __m256i abcd = _mm256_madd_epi16(ab_cd, _mm256_set1_epi32(0x00011000));
    const __m256i out = _mm256_permutevar8x32_epi32(_mm256_shuffle_epi8(abcd, pack_shuffle),
                                                    compact);
    _mm_storeu_si128(reinterpret_cast<__m128i*>(dst + kk), _mm256_castsi256_si128(out));
    _mm_storel_epi64(reinterpret_cast<__m128i*>(dst + kk + 16),
                     _mm256_extracti128_si256(out, 1));
    ii += 32;
    kk += 24;
  }
  *i = ii;
  *k = kk;
}

#undef AVX2

// AVX-512 VBMI kernels for base64: 48 bytes <-> 64 characters per step,
// with whole-register byte permutes doing the table lookups (vpermb /
// vpermi2b) and vpmultishiftqb cutting out the 6-bit fields.

bool HasAvx512Vbmi() {
  static const bool has = [] {
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx512f") != 0 && __builtin_cpu_supports("avx512bw") != 0 &&
           __builtin_cpu_supports("avx512vbmi") != 0;
  }();
  return has;
}

#define VBMI __attribute__((target("avx512f,avx512bw,avx512vbmi")))

// GCC 12's AVX-512 intrinsics self-initialise a dummy operand, which
// -Wmaybe-uninitialized reports at every use.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"

// Byte tables for the kernels, built once.
struct VbmiTables {
  alignas(64) uint8_t spread[64];     // encode: 3 bytes -> dword [s1 s0 s2 s1]
  alignas(64) uint8_t alphabet[2][64];
  alignas(64) uint8_t values[128];    // decode: char -> 6 bits, 0x80 if invalid
  alignas(64) uint8_t pack[64];       // decode: 16 dwords -> 48 bytes
  VbmiTables() {
    for (int k = 0; k < 16; k++) {
      spread[4 * k] = static_cast<uint8_t>(3 * k + 1);
      spread[4 * k + 1] = static_cast<uint8_t>(3 * k);
      spread[4 * k + 2] = static_cast<uint8_t>(3 * k + 2);
      spread[4 * k + 3] = static_cast<uint8_t>(3 * k + 1);
    }
    memcpy(alphabet[0], kBase64Table, 64);
    memcpy(alphabet[1], kBase64UrlTable, 64);
    for (int c = 0; c < 128; c++) {
      const uint8_t v = Tables().unbase64[c];
      values[c] = v < 64 ? v : 0x80;
    }
    for (int p = 0; p < 64; p++) {
      pack[p] = p < 48 ? static_cast<uint8_t>(4 * (p / 3) + 2 - p % 3) : 0;
    }
  }
};

const VbmiTables& VbmiLuts() {
  static const VbmiTables tables;
  return tables;
}

// Encodes 48 bytes -> 64 characters per step while 48 input bytes remain;
// returns input consumed, advancing *k.
VBMI size_t Base64EncodeVbmi(const uint8_t* src, size_t n, char* dst, bool url, size_t* k) {
  const VbmiTables& t = VbmiLuts();
  const __m512i spread = _mm512_load_si512(t.spread);
  const __m512i alphabet = _mm512_load_si512(t.alphabet[url ? 1 : 0]);
  // Per dword [s1 s0 s2 s1] (little-endian), the four 6-bit fields start
  // at bits 10, 4, 22 and 16 (+32 for the qword's upper dword).
  const __m512i shifts = _mm512_set1_epi64(0x3036242a1016040aLL);
  const __mmask64 in_mask = (uint64_t{1} << 48) - 1;
  size_t i = 0;
  size_t kk = *k;
  for (; i + 48 <= n; i += 48, kk += 64) {
    const __m512i in = _mm512_maskz_loadu_epi8(in_mask, src + i);
    const __m512i fields = _mm512_multishift_epi64_epi8(shifts, _mm512_permutexvar_epi8(spread, in));
    // vpermb only looks at the low 6 bits of each index.
    _mm512_storeu_si512(dst + kk, _mm512_permutexvar_epi8(fields, alphabet));
  }
  *k = kk;
  return i;
}

// Decodes clean 64-character blocks while i + 64 <= max_i and
// k + 48 <= max_k; stops at the first block with other characters.
VBMI void Base64DecodeVbmi(const uint8_t* src, uint8_t* dst, size_t* i, size_t* k,
                           size_t max_i, size_t max_k) {
  const VbmiTables& t = VbmiLuts();
  const __m512i lo = _mm512_load_si512(t.values);
  const __m512i hi = _mm512_load_si512(t.values + 64);
  const __m512i pack = _mm512_load_si512(t.pack);
  const __mmask64 out_mask = (uint64_t{1} << 48) - 1;
  size_t ii = *i;
  size_t kk = *k;
  while (ii + 64 <= max_i && kk + 48 <= max_k) {
    const __m512i c = _mm512_loadu_si512(src + ii);
    // Index bit 6 picks the table half; bytes >= 0x80 carry their own
    // high bit and count as invalid like the 0x80 entries.
    const __m512i v = _mm512_permutex2var_epi8(lo, c, hi);
    if (_mm512_movepi8_mask(_mm512_or_si512(v, c)) != 0) break;
    // Four 6-bit values per dword -> one 24-bit value -> 3 bytes,
    // big-endian.
    const __m512i ab_cd = _mm512_maddubs_epi16(v, _mm512_set1_epi32(0x01400140));
    const __m512i abcd = _mm512_madd_epi16(ab_cd, _mm512_set1_epi32(0x00011000));
    _mm512_mask_storeu_epi8(dst + kk, out_mask, _mm512_permutexvar_epi8(pack, abcd));
    ii += 64;
    kk += 48;
  }
  *i = ii;
  *k = kk;
}

#pragma GCC diagnostic pop
#undef VBMI

#else  // !MOSAIC_BUFFER_X86_SIMD

bool HasSsse3() { return false; }
bool HasAvx2() { return false; }
bool HasAvx512Vbmi() { return false; }

#endif  // MOSAIC_BUFFER_X86_SIMD

size_t Base64EncodedSize(size_t n, bool url) {
  return url ? (n / 3) * 4 + ((n % 3) == 0 ? 0 : (n % 3) + 1)
             : ((n + 2) / 3) * 4;
}

inline uint64_t LoadBE64(const uint8_t* p) {
  uint64_t v;
  memcpy(&v, p, 8);
  return __builtin_bswap64(v);
}

size_t Base64Encode(const uint8_t* src, size_t n, char* dst, bool url) {
  const char* table = url ? kBase64UrlTable : kBase64Table;
  const uint16_t* pairs = Tables().b64e[url ? 1 : 0];
  size_t i = 0;
  size_t k = 0;
#ifdef MOSAIC_BUFFER_X86_SIMD
  if (n >= 48 && HasAvx512Vbmi()) i = Base64EncodeVbmi(src, n, dst, url, &k);
  if (n - i >= 28 && HasAvx2()) i += Base64EncodeAvx2(src + i, n - i, dst, url, &k);
  if (n - i >= 16 && HasSsse3()) i += Base64EncodeSimd(src + i, n - i, dst, url, &k);
#endif
  // 6 input bytes -> 8 characters, through a 12-bit -> 2-character table
  // (reads 8 bytes, so stop 2 early).
  for (; i + 8 <= n; i += 6, k += 8) {
    const uint64_t v = LoadBE64(src + i);
    const uint16_t out[4] = {pairs[(v >> 52) & 0xFFF], pairs[(v >> 40) & 0xFFF],
                             pairs[(v >> 28) & 0xFFF], pairs[(v >> 16) & 0xFFF]};
    memcpy(dst + k, out, 8);
  }
  for (; i + 3 <= n; i += 3) {
    uint32_t v = (uint32_t{src[i]} << 16) | (uint32_t{src[i + 1]} << 8) | src[i + 2];
    dst[k++] = table[v >> 18];
    dst[k++] = table[(v >> 12) & 63];
    dst[k++] = table[(v >> 6) & 63];
    dst[k++] = table[v & 63];
  }
  size_t rest = n - i;
  if (rest == 1) {
    uint32_t v = uint32_t{src[i]} << 16;
    dst[k++] = table[v >> 18];
    dst[k++] = table[(v >> 12) & 63];
    if (!url) {
      dst[k++] = '=';
      dst[k++] = '=';
    }
  } else if (rest == 2) {
    uint32_t v = (uint32_t{src[i]} << 16) | (uint32_t{src[i + 1]} << 8);
    dst[k++] = table[v >> 18];
    dst[k++] = table[(v >> 12) & 63];
    dst[k++] = table[(v >> 6) & 63];
    if (!url) dst[k++] = '=';
  }
  return k;
}

// Node's lenient base64 decoding: both alphabets are accepted, characters
// outside them are skipped, '=' ends the input, and the output never exceeds
// `dstlen` nor the size the input's length allows for.
size_t Base64DecodedSizeFast(size_t size) {
  return size > 1 ? (size / 4) * 3 + (size % 4 + 1) / 2 : 0;
}

size_t Base64DecodedSize(const uint8_t* src, size_t size) {
  if (size < 2) return 0;
  if (src[size - 1] == '=') {
    size--;
    if (src[size - 1] == '=') size--;
  }
  return Base64DecodedSizeFast(size);
}

// Decodes one group of four significant characters starting at *i; returns
// false when decoding must stop.
bool Base64DecodeGroupSlow(uint8_t* dst, size_t dstlen, const uint8_t* src,
                           size_t srclen, size_t* i, size_t* k) {
  const uint8_t* unbase64 = Tables().unbase64;
  uint8_t hi = 0;
  uint8_t lo = 0;
  for (int slot = 0; slot < 4; slot++) {
    for (;;) {
      const uint8_t c = src[*i];
      lo = unbase64[c];
      *i += 1;
      if (lo < 64) break;
      if (c == '=' || *i >= srclen) return false;
    }
    switch (slot) {
      case 1:
        dst[(*k)++] = static_cast<uint8_t>(((hi & 0x3F) << 2) | ((lo & 0x30) >> 4));
        break;
      case 2:
        dst[(*k)++] = static_cast<uint8_t>(((hi & 0x0F) << 4) | ((lo & 0x3C) >> 2));
        break;
      case 3:
        dst[(*k)++] = static_cast<uint8_t>(((hi & 0x03) << 6) | (lo & 0x3F));
        break;
      default:
        break;
    }
    if (*i >= srclen) return false;
    if (*k >= dstlen) return false;
    hi = lo;
  }
  return true;
}

size_t Base64Decode(uint8_t* dst, size_t dstlen, const uint8_t* src, size_t srclen) {
  const size_t decoded_size = Base64DecodedSize(src, srclen);
  const CodecTables& t = Tables();
  const size_t available = dstlen < decoded_size ? dstlen : decoded_size;
  const size_t max_k = available / 3 * 3;
  size_t max_i = srclen / 4 * 4;
  size_t i = 0;
  size_t k = 0;
#ifdef MOSAIC_BUFFER_X86_SIMD
  const bool simd = srclen >= 16 && HasSsse3();
  const bool avx2 = simd && srclen >= 32 && HasAvx2();
  const bool vbmi = srclen >= 64 && HasAvx512Vbmi();
#endif
  while (i < max_i && k < max_k) {
#ifdef MOSAIC_BUFFER_X86_SIMD
    // Clean blocks of 16 groups, then 8, then 4.
    if (vbmi) Base64DecodeVbmi(src, dst, &i, &k, max_i, max_k);
    if (simd) {
      if (avx2) Base64DecodeAvx2(src, dst, &i, &k, max_i, max_k);
      Base64DecodeSimd(src, dst, &i, &k, max_i, max_k);
    }
#endif
    // Two clean groups at a time when there is room for both.
    while (i + 8 <= max_i && k + 6 <= max_k) {
      const uint32_t a = t.b64d[0][src[i]] | t.b64d[1][src[i + 1]] |
                         t.b64d[2][src[i + 2]] | t.b64d[3][src[i + 3]];
      const uint32_t b = t.b64d[0][src[i + 4]] | t.b64d[1][src[i + 5]] |
                         t.b64d[2][src[i + 6]] | t.b64d[3][src[i + 7]];
      if ((a | b) & CodecTables::kBadChar) break;
      dst[k + 0] = static_cast<uint8_t>(a >> 16);
      dst[k + 1] = static_cast<uint8_t>(a >> 8);
      dst[k + 2] = static_cast<uint8_t>(a);
      dst[k + 3] = static_cast<uint8_t>(b >> 16);
      dst[k + 4] = static_cast<uint8_t>(b >> 8);
      dst[k + 5] = static_cast<uint8_t>(b);
      i += 8;
      k += 6;
    }
    if (!(i < max_i && k < max_k)) break;
    const uint32_t v = t.b64d[0][src[i]] | t.b64d[1][src[i + 1]] |
                       t.b64d[2][src[i + 2]] | t.b64d[3][src[i + 3]];
    if (v & CodecTables::kBadChar) {
      // Whitespace, padding or junk: Node's one-group-at-a-time slow path.
      if (!Base64DecodeGroupSlow(dst, dstlen, src, srclen, &i, &k)) return k;
      max_i = i + (srclen - i) / 4 * 4;
    } else {
      dst[k + 0] = static_cast<uint8_t>(v >> 16);
      dst[k + 1] = static_cast<uint8_t>(v >> 8);
      dst[k + 2] = static_cast<uint8_t>(v);
      i += 4;
      k += 3;
    }
  }
  if (i < srclen && k < dstlen) {
    Base64DecodeGroupSlow(dst, dstlen, src, srclen, &i, &k);
  }
  return k;
}

// Decodes hex pairs until the first invalid one.
size_t HexDecode(uint8_t* dst, size_t dstlen, const uint8_t* src, size_t srclen) {
  const CodecTables& t = Tables();
  const size_t n = std::min(dstlen, srclen / 2);
  size_t i = 0;
#ifdef MOSAIC_BUFFER_X86_SIMD
  if (n >= 16 && HasSsse3()) i = HexDecodeSimd(dst, n, src);
#endif
  for (; i + 4 <= n; i += 4) {
    const uint32_t a = t.hex_hi[src[2 * i]] | t.hex_lo[src[2 * i + 1]];
    const uint32_t b = t.hex_hi[src[2 * i + 2]] | t.hex_lo[src[2 * i + 3]];
    const uint32_t c = t.hex_hi[src[2 * i + 4]] | t.hex_lo[src[2 * i + 5]];
    const uint32_t d = t.hex_hi[src[2 * i + 6]] | t.hex_lo[src[2 * i + 7]];
    if ((a | b | c | d) & 0x100) break;
    dst[i] = static_cast<uint8_t>(a);
    dst[i + 1] = static_cast<uint8_t>(b);
    dst[i + 2] = static_cast<uint8_t>(c);
    dst[i + 3] = static_cast<uint8_t>(d);
  }
  for (; i < n; i++) {
    const uint32_t v = t.hex_hi[src[2 * i]] | t.hex_lo[src[2 * i + 1]];
    if (v & 0x100) return i;
    dst[i] = static_cast<uint8_t>(v);
  }
  return i;
}

// ---------------------------------------------------------------------------
// Strings -> bytes
//
// Each writer copies the leading part of `str` that fits into dst[0, cap)
// and returns the number of bytes written. `view`/`offset` locate dst inside
// its ArrayBuffer (dst == view.data + offset) so memory just past the view
// can be borrowed for the terminator the Node-API copy functions append.

// One byte per UTF-16 code unit (its low byte), like node's latin1 / ascii.
bool WriteLatin1(napi_env env, napi_value str, napi_value view, size_t offset,
                 uint8_t* dst, size_t cap, size_t* written) {
  size_t len = StringLength(env, str);
  size_t n = std::min(len, cap);
  *written = 0;
  if (n == 0) return true;
  char* out = reinterpret_cast<char*>(dst);
  size_t copied = 0;
  if (n < cap || RoomAfter(env, view, offset) > n) {
    const uint8_t saved = dst[n];
    napi_status status = napi_get_value_string_latin1(env, str, out, n + 1, &copied);
    dst[n] = saved;
    if (status != napi_ok) return false;
  } else {
    // dst[n - 1] is the last byte we may touch: copy n - 1 characters (the
    // terminator lands on dst[n - 1]), then the last one by hand.
    if (napi_get_value_string_latin1(env, str, out, n, &copied) != napi_ok) return false;
    uint32_t code;
    if (!CharCodeAt(env, str, n - 1, &code)) return false;
    dst[n - 1] = static_cast<uint8_t>(code);
    copied = n;
  }
  *written = copied;
  return true;
}

// UTF-16LE; whole code units only.
bool WriteUcs2(napi_env env, napi_value str, napi_value view, size_t offset,
               uint8_t* dst, size_t cap, size_t* written) {
  size_t len = StringLength(env, str);
  size_t n = std::min(len, cap / 2);
  *written = 0;
  if (n == 0) return true;
  size_t copied = 0;
  if ((reinterpret_cast<uintptr_t>(dst) & 1) != 0) {
    Temp temp((n + 1) * 2);
    if (!temp.ok()) return false;
    char16_t* units = reinterpret_cast<char16_t*>(temp.get());
    if (napi_get_value_string_utf16(env, str, units, n + 1, &copied) != napi_ok) return false;
    memcpy(dst, units, copied * 2);
  } else {
    char16_t* units = reinterpret_cast<char16_t*>(dst);
    if (2 * n + 2 <= cap || RoomAfter(env, view, offset) >= 2 * n + 2) {
      uint8_t saved[2] = {dst[2 * n], dst[2 * n + 1]};
      napi_status status = napi_get_value_string_utf16(env, str, units, n + 1, &copied);
      dst[2 * n] = saved[0];
      dst[2 * n + 1] = saved[1];
      if (status != napi_ok) return false;
    } else {
      if (napi_get_value_string_utf16(env, str, units, n, &copied) != napi_ok) return false;
      uint32_t code;
      if (!CharCodeAt(env, str, n - 1, &code)) return false;
      dst[2 * n - 2] = static_cast<uint8_t>(code & 0xFF);
      dst[2 * n - 1] = static_cast<uint8_t>(code >> 8);
      copied = n;
    }
  }
  *written = copied * 2;
  return true;
}

// Encodes one UTF-16 code point (or a lone surrogate, as U+FFFD) into out.
size_t EncodeUtf8Char(uint32_t cp, uint8_t* out) {
  if (cp >= 0xD800 && cp <= 0xDFFF) cp = 0xFFFD;
  if (cp < 0x80) {
    out[0] = static_cast<uint8_t>(cp);
    return 1;
  }
  if (cp < 0x800) {
    out[0] = static_cast<uint8_t>(0xC0 | (cp >> 6));
    out[1] = static_cast<uint8_t>(0x80 | (cp & 0x3F));
    return 2;
  }
  if (cp < 0x10000) {
    out[0] = static_cast<uint8_t>(0xE0 | (cp >> 12));
    out[1] = static_cast<uint8_t>(0x80 | ((cp >> 6) & 0x3F));
    out[2] = static_cast<uint8_t>(0x80 | (cp & 0x3F));
    return 3;
  }
  out[0] = static_cast<uint8_t>(0xF0 | (cp >> 18));
  out[1] = static_cast<uint8_t>(0x80 | ((cp >> 12) & 0x3F));
  out[2] = static_cast<uint8_t>(0x80 | ((cp >> 6) & 0x3F));
  out[3] = static_cast<uint8_t>(0x80 | (cp & 0x3F));
  return 4;
}

// UTF-8, whole characters only, lone surrogates as U+FFFD (V8's
// String::WriteUtf8 with REPLACE_INVALID_UTF8, as node uses).
// `utf8_length` is the string's full UTF-8 length when known, else SIZE_MAX.
bool WriteUtf8(napi_env env, napi_value str, napi_value view, size_t offset,
               uint8_t* dst, size_t cap, size_t utf8_length, size_t* written) {
  *written = 0;
  if (cap == 0) return true;
  size_t total = utf8_length;
  if (total == SIZE_MAX &&
      napi_get_value_string_utf8(env, str, nullptr, 0, &total) != napi_ok) {
    return false;
  }
  if (total == 0) return true;
  char* out = reinterpret_cast<char*>(dst);
  size_t copied = 0;
  if (total < cap) {
    const uint8_t saved = dst[total];
    napi_status status = napi_get_value_string_utf8(env, str, out, total + 1, &copied);
    dst[total] = saved;
    if (status != napi_ok) return false;
    *written = copied;
    return true;
  }
  if (RoomAfter(env, view, offset) > cap) {
    // The copy stops at most 3 bytes short of cap (no character is longer
    // than 4 bytes), so the terminator lands in dst[cap - 3, cap]: keep
    // those bytes and put back the ones past the copied text.
    const size_t lo = cap >= 3 ? cap - 3 : 0;
    uint8_t saved[4];
    memcpy(saved, dst + lo, cap - lo + 1);
    napi_status status = napi_get_value_string_utf8(env, str, out, cap + 1, &copied);
    if (status != napi_ok) {
      memcpy(dst + lo, saved, cap - lo + 1);
      return false;
    }
    for (size_t p = std::max(copied, lo); p <= cap; p++) dst[p] = saved[p - lo];
    *written = copied;
    return true;
  }
  if (total == cap) {
    // Exactly fills dst: copy all but the last character (the terminator
    // then lands inside dst), and encode the last character ourselves.
    if (napi_get_value_string_utf8(env, str, out, cap, &copied) != napi_ok) return false;
    size_t units = StringLength(env, str);
    uint32_t last;
    if (units == 0 || !CharCodeAt(env, str, units - 1, &last)) return false;
    uint32_t cp = last;
    if (last >= 0xDC00 && last <= 0xDFFF && units >= 2) {
      uint32_t prev;
      if (!CharCodeAt(env, str, units - 2, &prev)) return false;
      if (prev >= 0xD800 && prev <= 0xDBFF) {
        cp = 0x10000 + ((prev - 0xD800) << 10) + (last - 0xDC00);
      }
    }
    uint8_t tail[4];
    size_t tail_len = EncodeUtf8Char(cp, tail);
    if (copied + tail_len == cap) {
      memcpy(dst + copied, tail, tail_len);
      *written = cap;
      return true;
    }
    // Unexpected split (should not happen): fall through to the slow path.
  }
  Temp temp(cap + 1);
  if (!temp.ok()) return false;
  if (napi_get_value_string_utf8(env, str, temp.get(), cap + 1, &copied) != napi_ok) {
    return false;
  }
  memcpy(dst, temp.get(), copied);
  *written = copied;
  return true;
}

// Hex and base64 input is read as the low bytes of the string's code units
// (like node does); this is the buffer size napi_get_value_string_latin1
// needs for the first `max_chars` of them.
size_t StringLowBytesSize(napi_env env, napi_value str, size_t max_chars) {
  size_t len = StringLength(env, str);
  return (len > max_chars ? max_chars : len) + 1;
}

// Hands the low bytes of the first `max_chars` code units of `str` to
// use(bytes, count). A string that fits a stack buffer takes one Node-API
// call; a longer one is used in place when its Latin-1 text lives outside
// the heap (as large results of toString() do), else measured and copied.
template <typename Use>
bool WithLowBytes(napi_env env, napi_value str, size_t max_chars, Use&& use) {
  char small[4096];
  const size_t small_size = std::min(max_chars, sizeof(small) - 1) + 1;
  size_t len = 0;
  if (napi_get_value_string_latin1(env, str, small, small_size, &len) != napi_ok) return false;
  // Shorter than the buffer, or as long as needed: nothing left out.
  if (len + 1 < small_size || len == max_chars) {
    use(reinterpret_cast<const uint8_t*>(small), len);
    return true;
  }
  const void* external = nullptr;
  bool one_byte = false;
  if (mosaic_get_runtime_api()->get_external_string(env, str, &external, &len, &one_byte) !=
      napi_ok) {
    return false;
  }
  if (external != nullptr && one_byte) {
    use(static_cast<const uint8_t*>(external), std::min(len, max_chars));
    return true;
  }
  const size_t size = StringLowBytesSize(env, str, max_chars);
  Temp temp(size);
  if (!temp.ok()) return false;
  if (napi_get_value_string_latin1(env, str, temp.get(), size, &len) != napi_ok) return false;
  use(reinterpret_cast<const uint8_t*>(temp.get()), len);
  return true;
}

bool WriteHex(napi_env env, napi_value str, uint8_t* dst, size_t cap, size_t* written) {
  *written = 0;
  if (cap == 0) return true;
  // At most 2 * cap characters can be used.
  const size_t max_chars = cap > (SIZE_MAX / 4) ? SIZE_MAX / 2 : cap * 2;
  return WithLowBytes(env, str, max_chars, [&](const uint8_t* chars, size_t len) {
    *written = HexDecode(dst, cap, chars, len);
  });
}

bool WriteBase64(napi_env env, napi_value str, uint8_t* dst, size_t cap, size_t* written) {
  *written = 0;
  if (cap == 0) return true;
  return WithLowBytes(env, str, SIZE_MAX - 1, [&](const uint8_t* chars, size_t len) {
    *written = Base64Decode(dst, cap, chars, len);
  });
}

bool WriteString(napi_env env, int32_t enc, napi_value str, napi_value view,
                 size_t offset, uint8_t* dst, size_t cap, size_t* written) {
  switch (enc) {
    case kEncUtf8:
      return WriteUtf8(env, str, view, offset, dst, cap, SIZE_MAX, written);
    case kEncUcs2:
      return WriteUcs2(env, str, view, offset, dst, cap, written);
    case kEncLatin1:
    case kEncAscii:
      return WriteLatin1(env, str, view, offset, dst, cap, written);
    case kEncHex:
      return WriteHex(env, str, dst, cap, written);
    case kEncBase64:
    case kEncBase64Url:
      return WriteBase64(env, str, dst, cap, written);
    default:
      return WriteUtf8(env, str, view, offset, dst, cap, SIZE_MAX, written);
  }
}

// ---------------------------------------------------------------------------
// Bytes -> strings

// A Latin-1 string over `owned` (from malloc; the runtime frees it, also on
// failure).
napi_value ExternalLatin1(napi_env env, char* owned, size_t length) {
  napi_value result;
  if (mosaic_get_runtime_api()->create_external_latin1(env, owned, length, &result) != napi_ok) {
    return StringTooLong(env);
  }
  return result;
}

napi_value MakeLatin1(napi_env env, const uint8_t* data, size_t length) {
  if (length > kMaxStringLength) return StringTooLong(env);
  if (length >= kExternalStringMin) {
    char* owned = static_cast<char*>(malloc(length));
    if (owned == nullptr) return OutOfMemory(env);
    memcpy(owned, data, length);
    return ExternalLatin1(env, owned, length);
  }
  napi_value result;
  if (napi_create_string_latin1(env, reinterpret_cast<const char*>(data), length,
                                &result) != napi_ok) {
    return StringTooLong(env);
  }
  return result;
}

napi_value SliceUtf8(napi_env env, const uint8_t* data, size_t length) {
  // ASCII (the common case) needs no decoding.
  if (IsAscii(data, length)) return MakeLatin1(env, data, length);
  if (length > kMaxStringLength) return StringTooLong(env);
  // Large results are decoded straight into the external string's memory.
  const bool external = length * 2 >= kExternalStringMin;
  Temp temp(external ? 0 : length * 2);
  auto* units = reinterpret_cast<char16_t*>(external ? malloc(length * 2) : temp.get());
  if (units == nullptr) return OutOfMemory(env);
  const mosaic::utf8::DecodeResult decoded = mosaic::utf8::Decode(data, length, units);
  const size_t count = decoded.units;
  if (!decoded.wide) {
    // Every unit fits in a byte (accented Latin text): a one-byte string,
    // as V8 makes.
    auto* narrow = reinterpret_cast<uint8_t*>(units);
    for (size_t k = 0; k < count; k++) narrow[k] = static_cast<uint8_t>(units[k]);
    if (external && count >= kExternalStringMin) {
      char* owned = static_cast<char*>(realloc(units, count));
      return ExternalLatin1(env, owned != nullptr ? owned : reinterpret_cast<char*>(units), count);
    }
    napi_value result = MakeLatin1(env, narrow, count);
    if (external) free(units);
    return result;
  }
  napi_value result;
  if (external) {
    auto* owned = static_cast<char16_t*>(realloc(units, count * 2));
    if (owned == nullptr) owned = units;
    if (mosaic_get_runtime_api()->create_external_utf16(env, owned, count, &result) != napi_ok) {
      return StringTooLong(env);
    }
    return result;
  }
  if (napi_create_string_utf16(env, units, count, &result) != napi_ok) return StringTooLong(env);
  return result;
}

napi_value SliceAscii(napi_env env, const uint8_t* data, size_t length) {
  if (IsAscii(data, length)) return MakeLatin1(env, data, length);
  if (length > kMaxStringLength) return StringTooLong(env);
  if (length >= kExternalStringMin) {
    char* owned = static_cast<char*>(malloc(length));
    if (owned == nullptr) return OutOfMemory(env);
    for (size_t i = 0; i < length; i++) owned[i] = static_cast<char>(data[i] & 0x7F);
    return ExternalLatin1(env, owned, length);
  }
  Temp temp(length);
  if (!temp.ok()) return OutOfMemory(env);
  uint8_t* out = reinterpret_cast<uint8_t*>(temp.get());
  for (size_t i = 0; i < length; i++) out[i] = data[i] & 0x7F;
  return MakeLatin1(env, out, length);
}

napi_value SliceUcs2(napi_env env, const uint8_t* data, size_t length) {
  size_t units = length / 2;
  if (units > kMaxStringLength) return StringTooLong(env);
  napi_value result;
  napi_status status;
  if (units * 2 >= kExternalStringMin) {
    auto* owned = static_cast<char16_t*>(malloc(units * 2));
    if (owned == nullptr) return OutOfMemory(env);
    memcpy(owned, data, units * 2);
    status = mosaic_get_runtime_api()->create_external_utf16(env, owned, units, &result);
    return status == napi_ok ? result : StringTooLong(env);
  }
  if ((reinterpret_cast<uintptr_t>(data) & 1) == 0) {
    status = napi_create_string_utf16(env, reinterpret_cast<const char16_t*>(data),
                                      units, &result);
  } else {
    Temp temp(units * 2);
    if (!temp.ok()) return OutOfMemory(env);
    memcpy(temp.get(), data, units * 2);
    status = napi_create_string_utf16(env, reinterpret_cast<const char16_t*>(temp.get()),
                                      units, &result);
  }
  if (status != napi_ok) return StringTooLong(env);
  return result;
}

napi_value SliceHex(napi_env env, const uint8_t* data, size_t length) {
  if (length > kMaxStringLength / 2) return StringTooLong(env);
  // Large results are written straight into the external string's memory.
  const bool external = length * 2 >= kExternalStringMin;
  Temp temp(external ? 0 : length * 2);
  char* out = external ? static_cast<char*>(malloc(length * 2)) : temp.get();
  if (out == nullptr) return OutOfMemory(env);
  const uint16_t* pair = Tables().pair;
  size_t i = 0;
#ifdef MOSAIC_BUFFER_X86_SIMD
  if (length >= 16 && HasSsse3()) HexEncodeSimd(data, length, out, &i);
#endif
  for (; i + 4 <= length; i += 4) {
    const uint16_t four[4] = {pair[data[i]], pair[data[i + 1]], pair[data[i + 2]],
                              pair[data[i + 3]]};
    memcpy(out + 2 * i, four, 8);
  }
  for (; i < length; i++) memcpy(out + 2 * i, &pair[data[i]], 2);
  if (external) return ExternalLatin1(env, out, length * 2);
  return MakeLatin1(env, reinterpret_cast<uint8_t*>(out), length * 2);
}

napi_value SliceBase64(napi_env env, const uint8_t* data, size_t length, bool url) {
  size_t size = Base64EncodedSize(length, url);
  if (size > kMaxStringLength) return StringTooLong(env);
  if (size >= kExternalStringMin) {
    char* out = static_cast<char*>(malloc(size));
    if (out == nullptr) return OutOfMemory(env);
    return ExternalLatin1(env, out, Base64Encode(data, length, out, url));
  }
  Temp temp(size);
  if (!temp.ok()) return OutOfMemory(env);
  size_t n = Base64Encode(data, length, temp.get(), url);
  return MakeLatin1(env, reinterpret_cast<uint8_t*>(temp.get()), n);
}

napi_value SliceAs(napi_env env, int32_t enc, const uint8_t* data, size_t length) {
  if (length == 0) {
    napi_value empty;
    if (napi_create_string_latin1(env, "", 0, &empty) != napi_ok) return Fail(env);
    return empty;
  }
  switch (enc) {
    case kEncUcs2:
      return SliceUcs2(env, data, length);
    case kEncLatin1:
      return MakeLatin1(env, data, length);
    case kEncAscii:
      return SliceAscii(env, data, length);
    case kEncHex:
      return SliceHex(env, data, length);
    case kEncBase64:
      return SliceBase64(env, data, length, false);
    case kEncBase64Url:
      return SliceBase64(env, data, length, true);
    default:
      return SliceUtf8(env, data, length);
  }
}

// ---------------------------------------------------------------------------
// Search

// Node's IndexOfOffset: where an indexOf / lastIndexOf search starts, or -1
// when nothing can match.
int64_t IndexOfOffset(size_t length, int64_t offset, int64_t needle_length,
                      bool forward) {
  int64_t len = static_cast<int64_t>(length);
  if (offset < 0) {
    if (offset + len >= 0) return len + offset;
    if (forward || needle_length == 0) return 0;
    return -1;
  }
  if (offset + needle_length <= len) return offset;
  if (needle_length == 0) return len;
  if (forward) return -1;
  return len - 1;
}

// Substring search. Like node's StringSearch it starts with memchr() for
// the needle's first byte and a compare at each hit (fast for typical text),
// and switches to a worst-case-linear algorithm (glibc's two-way memmem;
// Horspool backwards) once false hits pile up.

// First match at or after `start`, or SIZE_MAX.
size_t SearchForward(const uint8_t* hay, size_t n, const uint8_t* needle, size_t m,
                     size_t start) {
  if (m > n || start > n - m) return SIZE_MAX;
  if (m == 1) {
    const void* p = memchr(hay + start, needle[0], n - start);
    return p == nullptr ? SIZE_MAX : static_cast<const uint8_t*>(p) - hay;
  }
  const uint8_t first = needle[0];
  const uint8_t* p = hay + start;
  const uint8_t* const last = hay + (n - m);  // last possible match start
  size_t false_hits = 0;
  while (p <= last) {
    const void* hit = memchr(p, first, static_cast<size_t>(last - p) + 1);
    if (hit == nullptr) return SIZE_MAX;
    p = static_cast<const uint8_t*>(hit);
    if (memcmp(p + 1, needle + 1, m - 1) == 0) return p - hay;
    ++p;
    if (++false_hits > 32 && false_hits * 8 > static_cast<size_t>(p - hay) - start) {
      const void* found = memmem(p, n - (p - hay), needle, m);
      return found == nullptr ? SIZE_MAX : static_cast<const uint8_t*>(found) - hay;
    }
  }
  return SIZE_MAX;
}

// Horspool, backwards: the window [p, p + m) moves left by the distance
// from the needle's start to the nearest later occurrence of hay[p].
size_t HorspoolBackward(const uint8_t* hay, const uint8_t* needle, size_t m, size_t pos) {
  size_t shift[256];
  for (size_t c = 0; c < 256; c++) shift[c] = m;
  for (size_t j = m - 1; j >= 1; j--) shift[needle[j]] = j;
  for (;;) {
    if (hay[pos] == needle[0] && memcmp(hay + pos + 1, needle + 1, m - 1) == 0) return pos;
    const size_t step = shift[hay[pos]];
    if (pos < step) return SIZE_MAX;
    pos -= step;
  }
}

// Last match at or before `start`, or SIZE_MAX.
size_t SearchBackward(const uint8_t* hay, size_t n, const uint8_t* needle, size_t m,
                      size_t start) {
  if (m > n) return SIZE_MAX;
  size_t pos = std::min(start, n - m);
  const size_t from = pos;
  const uint8_t first = needle[0];
  size_t false_hits = 0;
  for (;;) {
    const void* p = memrchr(hay, first, pos + 1);
    if (p == nullptr) return SIZE_MAX;
    size_t at = static_cast<const uint8_t*>(p) - hay;
    if (memcmp(hay + at + 1, needle + 1, m - 1) == 0) return at;
    if (at == 0) return SIZE_MAX;
    pos = at - 1;
    if (m > 2 && ++false_hits > 32 && false_hits * 8 > from - pos) {
      return HorspoolBackward(hay, needle, m, pos);
    }
  }
}

// UTF-16 unit search over byte arrays: matches start at even byte offsets.
size_t SearchForward16(const uint8_t* hay, size_t n_units, const uint8_t* needle,
                       size_t m_units, size_t start_unit) {
  size_t n = n_units * 2;
  size_t m = m_units * 2;
  size_t start = start_unit * 2;
  for (;;) {
    size_t at = SearchForward(hay, n, needle, m, start);
    if (at == SIZE_MAX) return SIZE_MAX;
    if ((at & 1) == 0) return at / 2;
    start = at + 1;
  }
}

size_t SearchBackward16(const uint8_t* hay, size_t n_units, const uint8_t* needle,
                        size_t m_units, size_t start_unit) {
  size_t n = n_units * 2;
  size_t m = m_units * 2;
  if (m > n) return SIZE_MAX;
  size_t start = std::min(start_unit, n_units - m_units) * 2;
  for (;;) {
    size_t at = SearchBackward(hay, n, needle, m, start);
    if (at == SIZE_MAX) return SIZE_MAX;
    if ((at & 1) == 0) return at / 2;
    if (at == 0) return SIZE_MAX;
    start = at - 1;
  }
}

// The shared tail of indexOfString / indexOfBuffer once the needle bytes are
// known. Returns the JS result.
double IndexOfBytes(const uint8_t* hay, size_t hay_length_in, const uint8_t* needle,
                    size_t needle_length, int64_t offset_i64, bool ucs2,
                    bool forward) {
  const size_t hay_length = ucs2 ? (hay_length_in & ~size_t{1}) : hay_length_in;
  int64_t opt_offset = IndexOfOffset(hay_length, offset_i64,
                                     static_cast<int64_t>(needle_length), forward);
  if (needle_length == 0) return static_cast<double>(opt_offset);
  if (hay_length == 0 || opt_offset <= -1) return -1;
  size_t offset = static_cast<size_t>(opt_offset);
  if ((forward && needle_length + offset > hay_length) || needle_length > hay_length) {
    return -1;
  }
  size_t result;
  if (ucs2) {
    if (hay_length < 2 || needle_length < 2) return -1;
    size_t r = forward
                   ? SearchForward16(hay, hay_length / 2, needle, needle_length / 2, offset / 2)
                   : SearchBackward16(hay, hay_length / 2, needle, needle_length / 2, offset / 2);
    if (r == SIZE_MAX) return -1;
    result = r * 2;
  } else {
    result = forward ? SearchForward(hay, hay_length, needle, needle_length, offset)
                     : SearchBackward(hay, hay_length, needle, needle_length, offset);
    if (result == SIZE_MAX) return -1;
  }
  return static_cast<double>(result);
}

// ---------------------------------------------------------------------------
// Exported functions

// byteLengthUtf8(string) -> number
napi_value ByteLengthUtf8(napi_env env, napi_callback_info info) {
  Args<1> args;
  if (!args.Load(env, info)) return Fail(env);
  size_t length = 0;
  CALL(env, napi_get_value_string_utf8(env, args.argv[0], nullptr, 0, &length));
  return Int(env, static_cast<int64_t>(length));
}

// xxxSlice(view[, start, end]) -> string (start / end clamped to the view).
// buffer.js leaves start / end out for the whole view, which saves two
// Node-API calls on short strings.
napi_value SliceView(napi_env env, int32_t enc, napi_value view, const napi_value* range,
                     bool has_range) {
  Bytes bytes;
  if (!GetView(env, view, &bytes)) return ThrowNotView(env);
  int64_t start = 0;
  int64_t end = static_cast<int64_t>(bytes.length);
  if (has_range) {
    start = ToInt64(env, range[0], 0);
    end = ToInt64(env, range[1], end);
  }
  ClampRange(&start, &end, bytes.length);
  return SliceAs(env, enc, bytes.data + start, static_cast<size_t>(end - start));
}

template <int32_t kEnc>
napi_value SliceEnc(napi_env env, napi_callback_info info) {
  Args<3> args;
  if (!args.Load(env, info)) return Fail(env);
  return SliceView(env, kEnc, args.argv[0], args.argv + 1, args.argc >= 3);
}

// slice(view, encoding[, start, end]): every encoding through one function,
// so that toString()'s call into the binding stays monomorphic however many
// encodings a program uses (a call site that has seen several of the
// xxxSlice functions is megamorphic, and ~30 % slower on 1 KiB).
napi_value SliceAny(napi_env env, napi_callback_info info) {
  Args<4> args;
  if (!args.Load(env, info)) return Fail(env);
  int32_t enc = kEncUtf8;
  napi_get_value_int32(env, args.argv[1], &enc);
  return SliceView(env, enc, args.argv[0], args.argv + 2, args.argc >= 4);
}

// xxxWrite(view, string, offset, maxLength) -> bytes written.
template <int32_t kEnc>
napi_value WriteEnc(napi_env env, napi_callback_info info) {
  Args<4> args;
  if (!args.Load(env, info)) return Fail(env);
  Bytes bytes;
  if (!GetView(env, args.argv[0], &bytes)) return ThrowNotView(env);
  int64_t offset = ToInt64(env, args.argv[2], 0);
  int64_t max_length = ToInt64(env, args.argv[3], static_cast<int64_t>(bytes.length));
  if (offset < 0 || static_cast<size_t>(offset) > bytes.length) return Int(env, 0);
  size_t cap = bytes.length - static_cast<size_t>(offset);
  if (max_length < 0) max_length = 0;
  if (static_cast<uint64_t>(max_length) < cap) cap = static_cast<size_t>(max_length);
  size_t written = 0;
  if (!WriteString(env, kEnc, args.argv[1], args.argv[0], static_cast<size_t>(offset),
                   bytes.data + offset, cap, &written)) {
    return Fail(env);
  }
  return Int(env, static_cast<int64_t>(written));
}

// utf8WritePooled(view, string, offset, capacity[, utf8Length]): writes the
// string at view[offset] when it fits into view[offset, offset + capacity)
// with room to spare; the memory after the text is scratch space (the free
// part of the allocation pool), so no byte needs restoring. Returns the byte
// count, or -1 when the string might not fit (nothing useful written).
// With utf8Length (the string's exact UTF-8 length, < capacity) it is a
// single copy; without, the copy itself tells whether everything fitted.
napi_value Utf8WritePooled(napi_env env, napi_callback_info info) {
  Args<5> args;
  if (!args.Load(env, info)) return Fail(env);
  Bytes bytes;
  if (!GetView(env, args.argv[0], &bytes)) return ThrowNotView(env);
  int64_t offset = ToInt64(env, args.argv[2], 0);
  int64_t capacity = ToInt64(env, args.argv[3], 0);
  int64_t known = ToInt64(env, args.argv[4], -1);
  if (offset < 0 || capacity <= 0 ||
      static_cast<uint64_t>(offset) + static_cast<uint64_t>(capacity) > bytes.length) {
    return Int(env, -1);
  }
  char* dst = reinterpret_cast<char*>(bytes.data + offset);
  size_t copied = 0;
  if (known >= 0) {
    if (known >= capacity) return Int(env, -1);
    CALL(env, napi_get_value_string_utf8(env, args.argv[1], dst,
                                         static_cast<size_t>(known) + 1, &copied));
    return Int(env, static_cast<int64_t>(copied));
  }
  // Usable room is capacity - 1 (the terminator). If at least 4 bytes of it
  // stay unused, no character was left out (none needs more than 4).
  CALL(env, napi_get_value_string_utf8(env, args.argv[1], dst,
                                       static_cast<size_t>(capacity), &copied));
  if (copied + 4 <= static_cast<size_t>(capacity) - 1) {
    return Int(env, static_cast<int64_t>(copied));
  }
  return Int(env, -1);
}

// An ArrayBuffer of `size` bytes whose contents need not be initialised
// (the runtime's create_buffer_uninitialized), for results written in full.
bool NewUninitializedArrayBuffer(napi_env env, size_t size, void** data, napi_value* ab) {
  napi_value buffer;
  size_t byte_offset = 0;
  if (mosaic_get_runtime_api()->create_buffer_uninitialized(env, size, data, &buffer) ==
          napi_ok &&
      napi_get_typedarray_info(env, buffer, nullptr, nullptr, nullptr, ab, &byte_offset) ==
          napi_ok &&
      byte_offset == 0) {
    return true;
  }
  // Not a plain Uint8Array over its own ArrayBuffer: allocate zeroed.
  return napi_create_arraybuffer(env, size, data, ab) == napi_ok;
}

// utf8Create(string) -> ArrayBuffer holding exactly its UTF-8 bytes.
napi_value Utf8Create(napi_env env, napi_callback_info info) {
  Args<1> args;
  if (!args.Load(env, info)) return Fail(env);
  size_t length = 0;
  CALL(env, napi_get_value_string_utf8(env, args.argv[0], nullptr, 0, &length));
  void* data = nullptr;
  napi_value ab;
  if (!NewUninitializedArrayBuffer(env, length, &data, &ab)) return Fail(env);
  if (length == 0) return ab;
  size_t written = 0;
  if (!WriteUtf8(env, args.argv[0], nullptr, 0, static_cast<uint8_t*>(data), length,
                 length, &written)) {
    return Fail(env);
  }
  return ab;
}

// compare(a, b) -> -1 / 0 / 1
int NormalizeCompare(int val, size_t a_length, size_t b_length) {
  if (val == 0) {
    if (a_length > b_length) return 1;
    if (a_length < b_length) return -1;
    return 0;
  }
  return val > 0 ? 1 : -1;
}

napi_value Compare(napi_env env, napi_callback_info info) {
  Args<2> args;
  if (!args.Load(env, info)) return Fail(env);
  Bytes a, b;
  if (!GetView(env, args.argv[0], &a) || !GetView(env, args.argv[1], &b)) {
    return ThrowNotView(env);
  }
  size_t n = std::min(a.length, b.length);
  int val = n > 0 ? memcmp(a.data, b.data, n) : 0;
  return Int(env, NormalizeCompare(val, a.length, b.length));
}

// compareRange(source, sourceStart, sourceEnd, target, targetStart, targetEnd)
// Ranges are clamped to the views; like node, at most
// source.length - sourceStart bytes are compared.
napi_value CompareRange(napi_env env, napi_callback_info info) {
  Args<6> args;
  if (!args.Load(env, info)) return Fail(env);
  Bytes source, target;
  if (!GetView(env, args.argv[0], &source) || !GetView(env, args.argv[3], &target)) {
    return ThrowNotView(env);
  }
  int64_t ss = ToInt64(env, args.argv[1], 0);
  int64_t se = ToInt64(env, args.argv[2], 0);
  int64_t ts = ToInt64(env, args.argv[4], 0);
  int64_t te = ToInt64(env, args.argv[5], 0);
  if (ss < 0) ss = 0;
  if (ts < 0) ts = 0;
  if (se < ss) se = ss;
  if (te < ts) te = ts;
  size_t source_len = static_cast<size_t>(se - ss);
  size_t target_len = static_cast<size_t>(te - ts);
  size_t to_cmp = std::min(source_len, target_len);
  size_t source_avail = static_cast<size_t>(ss) <= source.length ? source.length - ss : 0;
  size_t target_avail = static_cast<size_t>(ts) <= target.length ? target.length - ts : 0;
  to_cmp = std::min(to_cmp, source_avail);
  to_cmp = std::min(to_cmp, target_avail);
  int val = to_cmp > 0 ? memcmp(source.data + ss, target.data + ts, to_cmp) : 0;
  return Int(env, NormalizeCompare(val, source_len, target_len));
}

// When `str` is short, copies its full UTF-8 form (cut at `cap`, possibly
// mid-character, as fill does) to dst, sets *length to the full form's
// length and returns true; false (nothing written) for longer strings.
bool Utf8IfShort(napi_env env, napi_value str, uint8_t* dst, size_t cap, size_t* length) {
  char small[256];
  size_t copied = 0;
  if (napi_get_value_string_utf8(env, str, small, sizeof(small), &copied) != napi_ok) {
    return false;
  }
  // The copy stops before a character that does not fit; with at least 4
  // bytes to spare (no character is longer) nothing was left out.
  if (copied + 4 > sizeof(small) - 1) return false;
  memcpy(dst, small, std::min(copied, cap));
  *length = copied;
  return true;
}

// fill(view, value, start, end, encoding) -> 0, -1 (nothing to fill with)
// or -2 (bad range). `value` is a string or an ArrayBufferView.
napi_value Fill(napi_env env, napi_callback_info info) {
  Args<5> args;
  if (!args.Load(env, info)) return Fail(env);
  Bytes buf;
  if (!GetView(env, args.argv[0], &buf)) return ThrowNotView(env);
  int64_t start = ToInt64(env, args.argv[2], 0);
  int64_t end = ToInt64(env, args.argv[3], 0);
  if (start < 0 || end < start || static_cast<size_t>(end) > buf.length) return Int(env, -2);
  size_t fill_length = static_cast<size_t>(end - start);
  if (fill_length == 0) return Int(env, 0);
  uint8_t* dst = buf.data + start;
  size_t str_length = 0;

  napi_valuetype type;
  CALL(env, napi_typeof(env, args.argv[1], &type));
  if (type != napi_string) {
    Bytes value;
    if (!GetView(env, args.argv[1], &value)) return ThrowNotView(env);
    str_length = value.length;
    if (str_length > 0) memmove(dst, value.data, std::min(str_length, fill_length));
  } else {
    int32_t enc = static_cast<int32_t>(ToInt64(env, args.argv[4], kEncUtf8));
    napi_value str = args.argv[1];
    if (enc == kEncUtf8 && Utf8IfShort(env, str, dst, fill_length, &str_length)) {
      // Done: a short string (the usual fill pattern) in one Node-API call.
    } else if (enc == kEncUtf8) {
      // The full UTF-8 form, cut at fill_length (possibly mid-character).
      CALL(env, napi_get_value_string_utf8(env, str, nullptr, 0, &str_length));
      if (str_length <= fill_length) {
        size_t written = 0;
        if (!WriteUtf8(env, str, args.argv[0], static_cast<size_t>(start), dst, fill_length,
                       str_length, &written)) {
          return Fail(env);
        }
      } else {
        Temp temp(str_length + 1);
        if (!temp.ok()) return OutOfMemory(env);
        size_t copied = 0;
        CALL(env, napi_get_value_string_utf8(env, str, temp.get(), str_length + 1, &copied));
        memcpy(dst, temp.get(), fill_length);
      }
    } else if (enc == kEncUcs2) {
      size_t units = StringLength(env, str);
      str_length = units * 2;
      Temp temp((units + 1) * 2);
      if (!temp.ok()) return OutOfMemory(env);
      size_t copied = 0;
      CALL(env, napi_get_value_string_utf16(env, str, reinterpret_cast<char16_t*>(temp.get()),
                                            units + 1, &copied));
      memcpy(dst, temp.get(), std::min(str_length, fill_length));
    } else {
      if (!WriteString(env, enc, str, args.argv[0], static_cast<size_t>(start), dst,
                       fill_length, &str_length)) {
        return Fail(env);
      }
    }
  }
  if (str_length >= fill_length) return Int(env, 0);
  if (str_length == 0) return Int(env, -1);
  size_t in_there = str_length;
  uint8_t* ptr = dst + str_length;
  while (in_there < fill_length - in_there) {
    memcpy(ptr, dst, in_there);
    ptr += in_there;
    in_there *= 2;
  }
  if (in_there < fill_length) memcpy(ptr, dst, fill_length - in_there);
  return Int(env, 0);
}

// indexOfString(view, string, byteOffset, encoding, forward)
// encoding is utf8, ucs2 or latin1.
napi_value IndexOfString(napi_env env, napi_callback_info info) {
  Args<5> args;
  if (!args.Load(env, info)) return Fail(env);
  Bytes hay;
  if (!GetView(env, args.argv[0], &hay)) return ThrowNotView(env);
  napi_value str = args.argv[1];
  int64_t offset = ToInt64(env, args.argv[2], 0);
  int32_t enc = static_cast<int32_t>(ToInt64(env, args.argv[3], kEncUtf8));
  bool forward = GetBool(env, args.argv[4]);

  size_t needle_length = 0;
  size_t units = StringLength(env, str);
  if (enc == kEncUtf8) {
    CALL(env, napi_get_value_string_utf8(env, str, nullptr, 0, &needle_length));
  } else if (enc == kEncUcs2) {
    needle_length = units * 2;
  } else {
    needle_length = units;
  }
  const bool ucs2 = enc == kEncUcs2;
  const size_t hay_length = ucs2 ? (hay.length & ~size_t{1}) : hay.length;
  // Cheap exits before materialising the needle.
  if (needle_length == 0 || hay_length == 0 || needle_length > hay_length) {
    return Number(env, IndexOfBytes(hay.data, hay.length, nullptr, needle_length, offset,
                                    ucs2, forward));
  }
  Temp temp(needle_length + 2);
  if (!temp.ok()) return OutOfMemory(env);
  size_t copied = 0;
  if (enc == kEncUtf8) {
    CALL(env, napi_get_value_string_utf8(env, str, temp.get(), needle_length + 1, &copied));
  } else if (enc == kEncUcs2) {
    CALL(env, napi_get_value_string_utf16(env, str, reinterpret_cast<char16_t*>(temp.get()),
                                          units + 1, &copied));
  } else {
    CALL(env, napi_get_value_string_latin1(env, str, temp.get(), needle_length + 1, &copied));
  }
  return Number(env, IndexOfBytes(hay.data, hay.length,
                                  reinterpret_cast<const uint8_t*>(temp.get()), needle_length,
                                  offset, ucs2, forward));
}

// indexOfBuffer(view, needle, byteOffset, encoding, forward)
napi_value IndexOfBuffer(napi_env env, napi_callback_info info) {
  Args<5> args;
  if (!args.Load(env, info)) return Fail(env);
  Bytes hay, needle;
  if (!GetView(env, args.argv[0], &hay) || !GetView(env, args.argv[1], &needle)) {
    return ThrowNotView(env);
  }
  int64_t offset = ToInt64(env, args.argv[2], 0);
  int32_t enc = static_cast<int32_t>(ToInt64(env, args.argv[3], kEncUtf8));
  bool forward = GetBool(env, args.argv[4]);
  const bool ucs2 = enc == kEncUcs2;
  // Node does not round the haystack down for buffer needles; only the
  // search itself works in whole UTF-16 units.
  int64_t opt_offset = IndexOfOffset(hay.length, offset,
                                     static_cast<int64_t>(needle.length), forward);
  if (needle.length == 0) return Number(env, static_cast<double>(opt_offset));
  if (hay.length == 0 || opt_offset <= -1) return Int(env, -1);
  size_t start = static_cast<size_t>(opt_offset);
  if ((forward && needle.length + start > hay.length) || needle.length > hay.length) {
    return Int(env, -1);
  }
  if (ucs2) {
    if (hay.length < 2 || needle.length < 2) return Int(env, -1);
    size_t r = forward ? SearchForward16(hay.data, hay.length / 2, needle.data,
                                         needle.length / 2, start / 2)
                       : SearchBackward16(hay.data, hay.length / 2, needle.data,
                                          needle.length / 2, start / 2);
    // Node reports "not found" as the haystack length; with an odd length
    // 2 * (n / 2) is not that and leaks out as a result.
    size_t result = r == SIZE_MAX ? (hay.length / 2) * 2 : r * 2;
    return Int(env, result == hay.length ? -1 : static_cast<int64_t>(result));
  }
  size_t r = forward ? SearchForward(hay.data, hay.length, needle.data, needle.length, start)
                     : SearchBackward(hay.data, hay.length, needle.data, needle.length, start);
  return Int(env, r == SIZE_MAX ? -1 : static_cast<int64_t>(r));
}

// indexOfNumber(view, byte, byteOffset, forward)
napi_value IndexOfNumber(napi_env env, napi_callback_info info) {
  Args<4> args;
  if (!args.Load(env, info)) return Fail(env);
  Bytes hay;
  if (!GetView(env, args.argv[0], &hay)) return ThrowNotView(env);
  uint32_t needle = 0;
  napi_get_value_uint32(env, args.argv[1], &needle);
  int64_t offset = ToInt64(env, args.argv[2], 0);
  bool forward = GetBool(env, args.argv[3]);
  int64_t opt_offset = IndexOfOffset(hay.length, offset, 1, forward);
  if (opt_offset <= -1 || hay.length == 0) return Int(env, -1);
  size_t start = static_cast<size_t>(opt_offset);
  const void* p;
  if (forward) {
    p = memchr(hay.data + start, static_cast<int>(needle & 0xFF), hay.length - start);
  } else {
    p = memrchr(hay.data, static_cast<int>(needle & 0xFF), start + 1);
  }
  if (p == nullptr) return Int(env, -1);
  return Int(env, static_cast<const uint8_t*>(p) - hay.data);
}

napi_value Swap(napi_env env, napi_callback_info info, int width) {
  Args<1> args;
  if (!args.Load(env, info)) return Fail(env);
  Bytes buf;
  if (!GetView(env, args.argv[0], &buf)) return ThrowNotView(env);
  uint8_t* p = buf.data;
  size_t n = buf.length - buf.length % width;
  if (width == 2) {
    for (size_t i = 0; i < n; i += 2) {
      uint16_t v;
      memcpy(&v, p + i, 2);
      v = __builtin_bswap16(v);
      memcpy(p + i, &v, 2);
    }
  } else if (width == 4) {
    for (size_t i = 0; i < n; i += 4) {
      uint32_t v;
      memcpy(&v, p + i, 4);
      v = __builtin_bswap32(v);
      memcpy(p + i, &v, 4);
    }
  } else {
    for (size_t i = 0; i < n; i += 8) {
      uint64_t v;
      memcpy(&v, p + i, 8);
      v = __builtin_bswap64(v);
      memcpy(p + i, &v, 8);
    }
  }
  return args.argv[0];
}

napi_value Swap16(napi_env env, napi_callback_info info) { return Swap(env, info, 2); }
napi_value Swap32(napi_env env, napi_callback_info info) { return Swap(env, info, 4); }
napi_value Swap64(napi_env env, napi_callback_info info) { return Swap(env, info, 8); }

// isUtf8(viewOrArrayBuffer) / isAscii(viewOrArrayBuffer); null when detached.
napi_value CheckBytes(napi_env env, napi_callback_info info, bool utf8) {
  Args<1> args;
  if (!args.Load(env, info)) return Fail(env);
  Bytes bytes;
  if (!GetBytesOrArrayBuffer(env, args.argv[0], &bytes)) return ThrowNotView(env);
  if (bytes.data == nullptr) {
    // Zero-length, or detached: let JS tell them apart.
    napi_value result;
    CALL(env, napi_get_null(env, &result));
    return result;
  }
  return Bool(env, utf8 ? IsValidUtf8(bytes.data, bytes.length)
                        : IsAscii(bytes.data, bytes.length));
}

// randomUUID() -> a version 4 UUID from the kernel's random source: the id
// of an object URL (URL.createObjectURL), unguessable as node's are.
napi_value RandomUuid(napi_env env, napi_callback_info) {
  uint8_t bytes[16];
  size_t got = 0;
  while (got < sizeof(bytes)) {
    ssize_t n = getrandom(bytes + got, sizeof(bytes) - got, 0);
    if (n < 0) {
      if (errno == EINTR) continue;
      napi_throw_error(env, nullptr, "randomUUID: no random source");
      return nullptr;
    }
    got += static_cast<size_t>(n);
  }
  bytes[6] = (bytes[6] & 0x0f) | 0x40;  // version 4
  bytes[8] = (bytes[8] & 0x3f) | 0x80;  // RFC 4122 variant
  static const char kHex[] = "0123456789abcdef";
  char text[36];
  size_t pos = 0;
  for (size_t i = 0; i < sizeof(bytes); i++) {
    if (i == 4 || i == 6 || i == 8 || i == 10) text[pos++] = '-';
    text[pos++] = kHex[bytes[i] >> 4];
    text[pos++] = kHex[bytes[i] & 0xf];
  }
  napi_value result;
  if (napi_create_string_latin1(env, text, sizeof(text), &result) != napi_ok) return nullptr;
  return result;
}

napi_value IsUtf8(napi_env env, napi_callback_info info) { return CheckBytes(env, info, true); }
napi_value IsAsciiFn(napi_env env, napi_callback_info info) {
  return CheckBytes(env, info, false);
}

}  // namespace

extern "C" napi_value mosaic_plugin_init(napi_env env, napi_value exports) {
  InstanceData* data = new InstanceData();
  {
    napi_value global, string_ctor, proto, fn;
    if (napi_get_global(env, &global) == napi_ok &&
        napi_get_named_property(env, global, "String", &string_ctor) == napi_ok &&
        napi_get_named_property(env, string_ctor, "prototype", &proto) == napi_ok &&
        napi_get_named_property(env, proto, "charCodeAt", &fn) == napi_ok) {
      napi_create_reference(env, fn, 1, &data->char_code_at);
    }
  }
  if (napi_set_instance_data(env, data, DeleteInstanceData, nullptr) != napi_ok) {
    DeleteInstanceData(env, data, nullptr);
    return Fail(env);
  }
  Tables();
  HasSsse3();
  HasAvx2();
  HasAvx512Vbmi();

  const napi_property_descriptor props[] = {
#define FN(name, fn) {name, nullptr, fn, nullptr, nullptr, nullptr, napi_enumerable, nullptr}
      FN("byteLengthUtf8", ByteLengthUtf8),
      FN("slice", SliceAny),
      FN("utf8Slice", SliceEnc<kEncUtf8>),
      FN("ucs2Slice", SliceEnc<kEncUcs2>),
      FN("latin1Slice", SliceEnc<kEncLatin1>),
      FN("asciiSlice", SliceEnc<kEncAscii>),
      FN("hexSlice", SliceEnc<kEncHex>),
      FN("base64Slice", SliceEnc<kEncBase64>),
      FN("base64urlSlice", SliceEnc<kEncBase64Url>),
      FN("utf8Write", WriteEnc<kEncUtf8>),
      FN("ucs2Write", WriteEnc<kEncUcs2>),
      FN("latin1Write", WriteEnc<kEncLatin1>),
      FN("hexWrite", WriteEnc<kEncHex>),
      FN("base64Write", WriteEnc<kEncBase64>),
      FN("utf8WritePooled", Utf8WritePooled),
      FN("utf8Create", Utf8Create),
      FN("compare", Compare),
      FN("compareRange", CompareRange),
      FN("fill", Fill),
      FN("indexOfString", IndexOfString),
      FN("indexOfBuffer", IndexOfBuffer),
      FN("indexOfNumber", IndexOfNumber),
      FN("swap16", Swap16),
      FN("swap32", Swap32),
      FN("swap64", Swap64),
      FN("isUtf8", IsUtf8),
      FN("isAscii", IsAsciiFn),
      FN("randomUUID", RandomUuid),
#undef FN
  };
  napi_value zero_fill;
  if (mosaic_get_runtime_api()->get_zero_fill_toggle(env, &zero_fill) != napi_ok ||
      napi_set_named_property(env, exports, "zeroFillToggle", zero_fill) != napi_ok ||
      napi_define_properties(env, exports, sizeof(props) / sizeof(props[0]), props) !=
          napi_ok) {
    return Fail(env);
  }
  return exports;
}
