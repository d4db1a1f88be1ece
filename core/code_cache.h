// V8 code caches for the embedded core JavaScript, produced at build time by
// running the stage-1 binary (`--build-code-cache`) and linked into the
// final one. A cache V8 rejects (other V8 version or flags) is ignored.
#ifndef MOSAIC_CORE_CODE_CACHE_H_
#define MOSAIC_CORE_CODE_CACHE_H_

#include <cstddef>
#include <cstdint>

namespace mosaic {

struct CodeCacheEntry {
  const char* id;
  const uint8_t* data;
  size_t length;
};

extern const CodeCacheEntry kCodeCache[];
extern const size_t kCodeCacheCount;

}  // namespace mosaic

#endif  // MOSAIC_CORE_CODE_CACHE_H_
