// The isolate's ArrayBuffer allocator: calloc/malloc like V8's default one,
// plus two ways to skip the memset for buffers the caller overwrites
// completely: a one-shot switch for native callers (Node-API's uninitialized
// buffers) and a field JavaScript can flip (the buffer plugin's pool and
// Buffer.allocUnsafe, through the runtime table's zero-fill toggle).
// Such buffers stay ordinary V8-allocated ArrayBuffer memory: V8 10.2 frees
// that with the scavenger, whereas memory handed to it with a custom deleter
// waited for full collections (9 mark-sweeps instead of 20 scavenges over a
// 64 MiB fs.createReadStream).
#ifndef MOSAIC_CORE_ARRAY_BUFFER_ALLOCATOR_H_
#define MOSAIC_CORE_ARRAY_BUFFER_ALLOCATOR_H_

#include <v8.h>

#include <cstdint>
#include <cstdlib>

namespace mosaic {

class ArrayBufferAllocator final : public v8::ArrayBuffer::Allocator {
 public:
  void* Allocate(size_t length) override {
    if (skip_zero_fill_ || zero_fill_field_ == 0) {
      skip_zero_fill_ = false;
      return malloc(length);
    }
    return calloc(length, 1);
  }
  void* AllocateUninitialized(size_t length) override { return malloc(length); }
  void Free(void* data, size_t) override { free(data); }

  // Main thread only: the very next Allocate() (the ArrayBuffer being
  // created) need not zero its memory.
  void SkipNextZeroFill() { skip_zero_fill_ = true; }
  void CancelSkipZeroFill() { skip_zero_fill_ = false; }

  // While this field is 0, Allocate() does not zero. JavaScript sets it
  // around one allocation and restores 1 in a `finally` (node's zeroFill).
  uint32_t* zero_fill_field() { return &zero_fill_field_; }

 private:
  bool skip_zero_fill_ = false;
  uint32_t zero_fill_field_ = 1;
};

}  // namespace mosaic

#endif  // MOSAIC_CORE_ARRAY_BUFFER_ALLOCATOR_H_
