// glibc malloc settings for a process that allocates and frees many large
// Buffers.
#ifndef MOSAIC_CORE_MALLOC_TUNING_H_
#define MOSAIC_CORE_MALLOC_TUNING_H_

namespace mosaic {

// Fixes malloc's mmap and trim thresholds (see malloc_tuning.cc) unless the
// environment tunes malloc itself. Call first thing in main().
void TuneMalloc();

// Whether TuneMalloc() changed them: the runtime then gives free heap
// memory back after full garbage collections (TrimMalloc).
bool MallocTuned();
void TrimMalloc();

}  // namespace mosaic

#endif  // MOSAIC_CORE_MALLOC_TUNING_H_
