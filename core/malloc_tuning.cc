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
// is only twice that: each garbage collection that frees the Buffers made
// since the last one gives their pages back to the kernel, and the next
// ones fault them in again (page faults were most of the time of a 1 MiB
// Buffer.concat, and 213 of the 256 pages of each 1 MiB base64 decode).
// Here blocks below 32 MiB come from the heap and up to 64 MiB of freed
// heap is kept for reuse -- the most glibc's sliding thresholds reach -- and
// all free memory goes back to the kernel a second after full collections
// (TrimMalloc, scheduled by the runtime), so an idle process is not bigger.
void TuneMalloc() {
  const char* tunables = getenv("GLIBC_TUNABLES");
  if ((tunables != nullptr && strstr(tunables, "glibc.malloc.") != nullptr) ||
      getenv("MALLOC_MMAP_THRESHOLD_") != nullptr || getenv("MALLOC_TRIM_THRESHOLD_") != nullptr) {
    return;
  }
  tuned = mallopt(M_MMAP_THRESHOLD, 32 << 20) == 1 && mallopt(M_TRIM_THRESHOLD, 64 << 20) == 1;
}

bool MallocTuned() { return tuned; }

void TrimMalloc() { malloc_trim(0); }

}  // namespace mosaic
