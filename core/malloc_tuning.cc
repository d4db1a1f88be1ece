#include "core/malloc_tuning.h"

#include <malloc.h>

#include <cstdlib>
#include <cstring>

namespace mosaic {
namespace {

bool tuned = false;

}  // namespace

// Fixed thresholds instead of glibc's sliding ones. With those, once a
// freed Buffer has raised the mmap threshold to ~1 MiB, the trim threshold
// is only twice that: each garbage collection that frees a few such Buffers
// gives their pages back to the kernel and the next ones fault them in again
// (page faults were most of the time of a 1 MiB Buffer.concat). Here blocks
// below 4 MiB come from the heap and are reused, and larger ones get their
// own mappings, returned when freed. Free memory between live blocks, which
// trimming the top of the heap cannot return, goes back after full
// collections (TrimMalloc, scheduled by the runtime).
void TuneMalloc() {
  const char* tunables = getenv("GLIBC_TUNABLES");
  if ((tunables != nullptr && strstr(tunables, "glibc.malloc.") != nullptr) ||
      getenv("MALLOC_MMAP_THRESHOLD_") != nullptr || getenv("MALLOC_TRIM_THRESHOLD_") != nullptr) {
    return;
  }
  tuned = mallopt(M_MMAP_THRESHOLD, 4 << 20) == 1 && mallopt(M_TRIM_THRESHOLD, 16 << 20) == 1;
}

bool MallocTuned() { return tuned; }

void TrimMalloc() { malloc_trim(0); }

}  // namespace mosaic
