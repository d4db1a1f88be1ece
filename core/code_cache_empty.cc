// The stage-1 binary has no code cache yet (it is what produces one).
#include "core/code_cache.h"

namespace mosaic {

extern const CodeCacheEntry kCodeCache[] = {{nullptr, nullptr, 0}};
extern const size_t kCodeCacheCount = 0;

}  // namespace mosaic
